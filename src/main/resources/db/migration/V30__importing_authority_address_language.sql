-- Issue 19: the importing countries' authorities as ANSM's administrators keep them (/ansm/referentiel/autorites):
-- a postal address, and the language of the mails sent to them ('fr': the bilingual mail; 'en': English).
ALTER TABLE importing_authority ADD COLUMN address VARCHAR(500);
ALTER TABLE importing_authority ADD COLUMN language VARCHAR(2) DEFAULT 'fr' NOT NULL;
ALTER TABLE importing_authority ADD CONSTRAINT ck_importing_authority_language CHECK (language IN ('fr', 'en'));
