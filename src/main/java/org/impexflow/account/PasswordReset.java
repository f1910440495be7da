package org.impexflow.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A "mot de passe oublié" link: only its hash is kept; it expires and serves once. */
@Entity
@Table(name = "password_reset")
class PasswordReset {

    @Id
    private String tokenHash;
    private String userId;
    private Instant expiresAt;
    private Instant usedAt;
    private Instant createdAt;

    protected PasswordReset() {
    }

    PasswordReset(String tokenHash, String userId, Instant expiresAt, Instant createdAt) {
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.expiresAt = expiresAt;
        this.createdAt = createdAt;
    }

    String getUserId() {
        return userId;
    }

    boolean isUsable(Instant now) {
        return usedAt == null && expiresAt.isAfter(now);
    }
}
