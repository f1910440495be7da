-- the documents an operator joins to its annual narcotics declaration: which one each file is
-- (a code of impexflow.narcotics.documents.types); the file is linked to the case by declaration_id
ALTER TABLE attachment ADD COLUMN document_type VARCHAR(40);
