-- The reference data's audit log cannot be changed or emptied, by the application or anyone else with the
-- application's rights: a trigger refuses every UPDATE and DELETE (PostgreSQL: db/vendor/postgresql, same version).
CREATE TRIGGER reference_change_append_only BEFORE UPDATE, DELETE ON reference_change FOR EACH ROW
    CALL 'org.impexflow.administration.AppendOnlyTrigger';
