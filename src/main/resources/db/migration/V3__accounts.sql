-- Accounts: credentials and second factor of each login (the engine's identity service keeps the
-- users' names and groups). Passwords are hashed (bcrypt); TOTP secrets are encrypted (AES-GCM).
CREATE TABLE account (
    user_id          VARCHAR(255) NOT NULL PRIMARY KEY,
    password_hash    VARCHAR(200) NOT NULL,
    technical        BOOLEAN      NOT NULL,
    active           BOOLEAN      NOT NULL,
    totp_secret      VARCHAR(300),
    totp_enrolled_at TIMESTAMP WITH TIME ZONE,
    totp_last_step   BIGINT       NOT NULL,
    failed_passwords INTEGER      NOT NULL,
    failed_codes     INTEGER      NOT NULL,
    locked_until     TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    deactivated_at   TIMESTAMP WITH TIME ZONE,
    version          BIGINT       NOT NULL
);

-- a registration between the form and the account: removed when it expires or is refused
CREATE TABLE pending_registration (
    id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
    email               VARCHAR(255) NOT NULL UNIQUE,
    first_name          VARCHAR(100) NOT NULL,
    last_name           VARCHAR(100) NOT NULL,
    password_hash       VARCHAR(200) NOT NULL,
    code_secret         VARCHAR(300) NOT NULL,
    link_token          VARCHAR(64)  NOT NULL UNIQUE,
    code_expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    failed_codes        INTEGER      NOT NULL,
    verified_at         TIMESTAMP WITH TIME ZONE,
    process_instance_id VARCHAR(64),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE password_reset (
    token_hash VARCHAR(64)     NOT NULL PRIMARY KEY,
    user_id    VARCHAR(255) NOT NULL REFERENCES account (user_id),
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_password_reset_user ON password_reset (user_id);

-- "Informations complémentaires", given once after the first login
CREATE TABLE account_information (
    user_id          VARCHAR(255) NOT NULL PRIMARY KEY REFERENCES account (user_id),
    last_name        VARCHAR(100) NOT NULL,
    first_name       VARCHAR(100) NOT NULL,
    email            VARCHAR(255) NOT NULL,
    phone            VARCHAR(30)  NOT NULL,
    quality          VARCHAR(40)  NOT NULL,
    establishment_id BIGINT       NOT NULL REFERENCES establishment (id),
    validated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by       VARCHAR(255)
);

ALTER TABLE establishment ADD COLUMN address_complement VARCHAR(300);
