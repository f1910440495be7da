-- The medicine an export declaration or an import authorisation is about is its case's subject in the
-- register (case_file.subject, subject_strength, subject_form, V25_1; docs/architecture.md, "The case
-- register"): the detail tables no longer keep a second copy. Any case whose subject is not set yet takes
-- it from its detail row first, so that nothing is lost.
UPDATE case_file SET subject = (SELECT d.medicine_name FROM export_declaration d WHERE d.id = case_file.id),
    subject_strength = (SELECT d.strength FROM export_declaration d WHERE d.id = case_file.id),
    subject_form = (SELECT d.pharmaceutical_form FROM export_declaration d WHERE d.id = case_file.id)
    WHERE kind = 'EXPORT_DECLARATION' AND subject IS NULL;
UPDATE case_file SET subject = (SELECT a.medicine_name FROM import_authorisation a WHERE a.id = case_file.id),
    subject_strength = (SELECT a.strength FROM import_authorisation a WHERE a.id = case_file.id),
    subject_form = (SELECT a.pharmaceutical_form FROM import_authorisation a WHERE a.id = case_file.id)
    WHERE kind = 'IMPORT_AUTHORISATION' AND subject IS NULL;

DROP INDEX ix_export_declaration_medicine;
ALTER TABLE export_declaration DROP COLUMN medicine_name;
ALTER TABLE export_declaration DROP COLUMN strength;
ALTER TABLE export_declaration DROP COLUMN pharmaceutical_form;
ALTER TABLE import_authorisation DROP COLUMN medicine_name;
ALTER TABLE import_authorisation DROP COLUMN strength;
ALTER TABLE import_authorisation DROP COLUMN pharmaceutical_form;
