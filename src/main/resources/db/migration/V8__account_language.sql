-- the language of an account's mails and documents (fr or en), chosen on the pages (FR | EN) or at registration
ALTER TABLE account ADD COLUMN language VARCHAR(2) DEFAULT 'fr' NOT NULL;
