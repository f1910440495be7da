-- the home table's text search (number, medicine, strength, form) reads one lower-case column, kept in the
-- index of the default order: a search is then answered from the index, without reading the cases' rows
ALTER TABLE export_declaration ADD COLUMN search_text VARCHAR(720);
UPDATE export_declaration SET search_text = LOWER(declaration_number || ' ' || medicine_name || ' ' || strength || ' '
    || pharmaceutical_form);
ALTER TABLE export_declaration ALTER COLUMN search_text SET NOT NULL;
DROP INDEX ix_export_declaration_establishment_newest;
CREATE INDEX ix_export_declaration_establishment_newest
    ON export_declaration (establishment_id, filed_at DESC, id DESC, search_text);
