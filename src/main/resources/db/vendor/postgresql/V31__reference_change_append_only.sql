-- The reference data's audit log cannot be changed or emptied, by the application or anyone else with the
-- application's rights: triggers refuse every UPDATE, DELETE and TRUNCATE (H2: db/vendor/h2, same version).
CREATE FUNCTION reference_change_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'reference_change is append-only: % refused', TG_OP;
END
$$;
CREATE TRIGGER reference_change_append_only BEFORE UPDATE OR DELETE ON reference_change
    FOR EACH ROW EXECUTE FUNCTION reference_change_append_only();
CREATE TRIGGER reference_change_no_truncate BEFORE TRUNCATE ON reference_change
    FOR EACH STATEMENT EXECUTE FUNCTION reference_change_append_only();
