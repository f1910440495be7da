-- the declarant's home table asks for its order led by the columns it filters on (establishment, then status:
-- DeclarationSearch.indexedOrder), so that the first page of 50 is read from these indexes instead of sorting
-- every case of the establishment; the status index also answers the counters by status on its own
DROP INDEX ix_export_declaration_establishment_status;
CREATE INDEX ix_export_declaration_establishment_status ON export_declaration (establishment_id, status, filed_at DESC, id DESC);
