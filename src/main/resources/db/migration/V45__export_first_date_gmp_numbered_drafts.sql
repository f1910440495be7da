-- Issue 20, export declarations (docs/processes/export-declaration.md):
-- the planned date of the first export, and the declarant's explanation when it was already past at filing;
-- manufacture under EU GMP: the manufacturer, the batch release site (its country is release_country) and the
-- EudraGMDP reference of the GMP certificate (or the certificate itself, an attachment of kind GMP_CERTIFICATE).
-- Declarations registered before have none of these: the columns stay empty for them.
ALTER TABLE export_declaration ADD COLUMN first_export_date DATE;
ALTER TABLE export_declaration ADD COLUMN first_export_explanation VARCHAR(2000);
ALTER TABLE export_declaration ADD COLUMN manufacturer_name VARCHAR(300);
ALTER TABLE export_declaration ADD COLUMN manufacturer_address VARCHAR(1000);
ALTER TABLE export_declaration ADD COLUMN manufacturer_country VARCHAR(2);
ALTER TABLE export_declaration ADD COLUMN release_site_name VARCHAR(300);
ALTER TABLE export_declaration ADD COLUMN release_site_address VARCHAR(1000);
ALTER TABLE export_declaration ADD COLUMN gmp_reference VARCHAR(100);

-- Drafts as in IMPEXWEB: a N° de fiche of their own series (BR-YYYY-MM-NNNN) given when first saved, and what
-- the declarant's home table shows, sorts and searches them by, beside the register's cases. A draft saved
-- before gets its number when next saved.
ALTER TABLE declaration_draft ADD COLUMN draft_number VARCHAR(20);
ALTER TABLE declaration_draft ADD COLUMN strength VARCHAR(200);
ALTER TABLE declaration_draft ADD COLUMN pharmaceutical_form VARCHAR(200);
ALTER TABLE declaration_draft ADD COLUMN search_text VARCHAR(1000);
CREATE UNIQUE INDEX ux_declaration_draft_number ON declaration_draft (draft_number);
