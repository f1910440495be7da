-- An establishment that ANSM support registered from a declaration received by e-mail: the contact
-- invited to create an account. Its account, the first of the establishment, becomes its manager.
ALTER TABLE establishment ADD COLUMN invited_contact_email VARCHAR(255);
