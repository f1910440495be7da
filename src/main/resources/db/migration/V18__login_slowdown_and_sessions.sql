-- Issue 16, points 6 and 9: failed logins slow down their source instead of locking the account
-- (the counters are in memory, see LoginThrottle); only wrong TOTP codes lock the second factor, until
-- support lifts it. Each account remembers the addresses it logged in from, whose attempts are not
-- slowed down by failures from elsewhere, and a session epoch that ends its sessions when it changes.
ALTER TABLE account DROP COLUMN failed_passwords;
ALTER TABLE account DROP COLUMN locked_until;
ALTER TABLE account ADD COLUMN locked_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ADD COLUMN session_epoch INTEGER DEFAULT 0 NOT NULL;

CREATE TABLE account_login_source (
    user_id         VARCHAR(255) NOT NULL REFERENCES account (user_id),
    source          VARCHAR(100) NOT NULL,
    last_success_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, source)
);
