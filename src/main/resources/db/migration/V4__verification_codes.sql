-- the code printed (and QR-encoded) on a validated document; it opens the public verification page
CREATE TABLE verification_code (
    code         VARCHAR(12)  NOT NULL PRIMARY KEY,
    subject_type VARCHAR(40)  NOT NULL,
    subject_id   BIGINT       NOT NULL,
    issued_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_verification_subject UNIQUE (subject_type, subject_id)
);
