-- the random token of the page an import was recorded from: the same page sent twice (a double click) records
-- one import
ALTER TABLE import_operation ADD COLUMN submission_token VARCHAR(36);
CREATE INDEX ix_import_operation_submission ON import_operation (authorisation_id, submission_token);
