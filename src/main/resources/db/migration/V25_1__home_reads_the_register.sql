-- The declarant's home table reads the register alone (case_file): what each case is listed as, written by
-- its procedure (the type shown and filtered by, the medicine, its strength and form), copied here from the
-- detail tables for the cases filed before.
ALTER TABLE case_file ADD COLUMN case_type VARCHAR(10);
ALTER TABLE case_file ADD COLUMN subject VARCHAR(300);
ALTER TABLE case_file ADD COLUMN subject_strength VARCHAR(200);
ALTER TABLE case_file ADD COLUMN subject_form VARCHAR(200);

UPDATE case_file SET
    case_type = (SELECT d.declaration_type FROM export_declaration d WHERE d.id = case_file.id),
    subject = (SELECT d.medicine_name FROM export_declaration d WHERE d.id = case_file.id),
    subject_strength = (SELECT d.strength FROM export_declaration d WHERE d.id = case_file.id),
    subject_form = (SELECT d.pharmaceutical_form FROM export_declaration d WHERE d.id = case_file.id)
WHERE kind = 'EXPORT_DECLARATION';
UPDATE case_file SET
    case_type = 'AI',
    subject = (SELECT a.medicine_name FROM import_authorisation a WHERE a.id = case_file.id),
    subject_strength = (SELECT a.strength FROM import_authorisation a WHERE a.id = case_file.id),
    subject_form = (SELECT a.pharmaceutical_form FROM import_authorisation a WHERE a.id = case_file.id)
WHERE kind = 'IMPORT_AUTHORISATION';
UPDATE case_file SET case_type = number_series WHERE case_type IS NULL AND number_series IS NOT NULL;

-- the home table's filter by type and its sort by medicine, within the establishment
CREATE INDEX ix_case_file_establishment_type ON case_file (establishment_id, case_type, filed_at DESC, id DESC);
CREATE INDEX ix_case_file_establishment_subject ON case_file (establishment_id, subject, id);
-- the counters and the filters' values: the establishment's cases by kind, type and status, decided or not,
-- read from this index alone
CREATE INDEX ix_case_file_establishment_counts ON case_file (establishment_id, kind, case_type, status, decided_at);
