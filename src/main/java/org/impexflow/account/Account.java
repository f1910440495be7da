package org.impexflow.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The credentials of a login: password hash, second factor, lock-out, activity. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    private String userId;
    private String passwordHash;
    private boolean technical;
    private boolean active;
    @Column(name = "totp_secret")
    private String encryptedTotpSecret;
    private Instant totpEnrolledAt;
    private long totpLastStep;
    private int failedCodes;
    /** When wrong TOTP codes locked the second factor; only support lifts it. */
    private Instant lockedAt;
    /** Changed when every session of the account must end (password reset, support). */
    private int sessionEpoch;
    private Instant createdAt;
    private Instant deactivatedAt;
    @Version
    private long version;
    /** The language of the account's mails and documents: {@code fr} or {@code en}. */
    private String language = "fr";

    protected Account() {
    }

    Account(String userId, String passwordHash, boolean technical) {
        this.userId = userId;
        this.passwordHash = passwordHash;
        this.technical = technical;
        this.active = true;
        this.createdAt = Instant.now();
    }

    public String getUserId() {
        return userId;
    }

    public java.util.Locale getLanguage() {
        return org.impexflow.reference.Languages.of(language);
    }

    void setLanguage(java.util.Locale locale) {
        this.language = org.impexflow.reference.Languages.of(locale).getLanguage();
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isTechnical() {
        return technical;
    }

    public boolean isActive() {
        return active;
    }

    String getEncryptedTotpSecret() {
        return encryptedTotpSecret;
    }

    public boolean isTotpEnrolled() {
        return totpEnrolledAt != null;
    }

    public Instant getTotpEnrolledAt() {
        return totpEnrolledAt;
    }

    long getTotpLastStep() {
        return totpLastStep;
    }

    public int getFailedCodes() {
        return failedCodes;
    }

    /** When wrong TOTP codes locked the account, or null. */
    public Instant getLockedAt() {
        return lockedAt;
    }

    /** Locked by wrong TOTP codes: the password step says so, and only support lifts it. */
    public boolean isLocked() {
        return lockedAt != null;
    }

    int getSessionEpoch() {
        return sessionEpoch;
    }

    /** Every session opened before ends at its next request. */
    void endSessions() {
        sessionEpoch++;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDeactivatedAt() {
        return deactivatedAt;
    }

    void changePassword(String hash) {
        this.passwordHash = hash;
    }

    /** A new secret, not yet confirmed by a first code. */
    void startTotpEnrolment(String encryptedSecret) {
        this.encryptedTotpSecret = encryptedSecret;
        this.totpEnrolledAt = null;
        this.totpLastStep = 0;
    }

    /** The first code from the app; the wrong codes of the same session are forgiven. */
    void confirmTotp(long step, Instant at, int forgiven) {
        this.totpEnrolledAt = at;
        this.totpLastStep = step;
        forgive(forgiven);
    }

    /** A right code; the wrong codes typed before it in the same session are forgiven, not the others. */
    void useTotpStep(long step, int forgiven) {
        this.totpLastStep = step;
        forgive(forgiven);
    }

    private void forgive(int forgiven) {
        this.failedCodes = Math.max(0, failedCodes - Math.max(0, forgiven));
    }

    void removeTotp() {
        this.encryptedTotpSecret = null;
        this.totpEnrolledAt = null;
        this.totpLastStep = 0;
        this.failedCodes = 0;
    }

    /** Counts a wrong code (not forgiven by a right one from its session); returns true when the account becomes locked. */
    boolean failCode(int limit, Instant now) {
        failedCodes++;
        if (failedCodes >= limit && lockedAt == null) {
            lockedAt = now;
            return true;
        }
        return false;
    }

    void unlock() {
        lockedAt = null;
        failedCodes = 0;
    }

    void deactivate(Instant at) {
        active = false;
        deactivatedAt = at;
    }
}
