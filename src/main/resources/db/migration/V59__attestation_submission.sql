-- the random token of the request form a traveller sent (a page of the form has one): a request sent twice by
-- a double click or a reload is found by it and filed once
ALTER TABLE transport_attestation ADD COLUMN submission_token VARCHAR(36);
CREATE INDEX ix_transport_attestation_submission ON transport_attestation (submission_token);
