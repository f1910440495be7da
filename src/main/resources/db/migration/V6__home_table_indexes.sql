-- the declarant's home: counters by status, and the default order (newest first) read from the index
CREATE INDEX ix_export_declaration_establishment_status ON export_declaration (establishment_id, status);
CREATE INDEX ix_export_declaration_establishment_newest ON export_declaration (establishment_id, filed_at DESC, id DESC);
