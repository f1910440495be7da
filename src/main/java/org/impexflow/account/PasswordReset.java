package org.impexflow.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A "mot de passe oublié" link: only its hash is kept; it expires and serves once. */
@Entity
@Table(name = "password_reset")
class PasswordReset {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "user_id")
    private String userId;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "used_at")
    private Instant usedAt;
    @Column(name = "created_at")
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
