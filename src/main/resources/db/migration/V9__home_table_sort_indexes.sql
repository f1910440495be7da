-- the declarant's home table sorted by medicine or by number: the page's ids are read in order from these
-- indexes (DeclarationRegister.search) instead of sorting every case of the establishment
CREATE INDEX ix_export_declaration_establishment_medicine ON export_declaration (establishment_id, medicine_name, id);
CREATE INDEX ix_export_declaration_establishment_number ON export_declaration (establishment_id, declaration_number, id);
