-- The importing authority confirms receipt of a validated export declaration through the link of the
-- mail it received: one token per e-mail transmission, kept as its SHA-256 only, usable once.
ALTER TABLE authority_transmission ADD COLUMN receipt_token_hash VARCHAR(64);
ALTER TABLE authority_transmission ADD COLUMN receipt_confirmed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE authority_transmission ADD COLUMN receipt_confirmed_by VARCHAR(300);
CREATE UNIQUE INDEX ux_authority_transmission_receipt_token ON authority_transmission (receipt_token_hash);
