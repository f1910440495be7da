package org.impexflow.registration;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A registration waiting for its e-mail to be verified and the CGU to be accepted. */
@Entity
@Table(name = "pending_registration")
class PendingRegistration {

    @Id
    private String id;
    private String email;
    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name")
    private String lastName;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "code_secret")
    private String encryptedCode;
    @Column(name = "link_token")
    private String linkToken;
    @Column(name = "code_expires_at")
    private Instant codeExpiresAt;
    @Column(name = "failed_codes")
    private int failedCodes;
    @Column(name = "verified_at")
    private Instant verifiedAt;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "created_at")
    private Instant createdAt;

    protected PendingRegistration() {
    }

    PendingRegistration(String id, String email, String firstName, String lastName, String passwordHash,
            String encryptedCode, String linkToken, Instant codeExpiresAt, Instant createdAt) {
        this.id = id;
        this.email = email;
        this.firstName = firstName;
        this.lastName = lastName;
        this.passwordHash = passwordHash;
        this.encryptedCode = encryptedCode;
        this.linkToken = linkToken;
        this.codeExpiresAt = codeExpiresAt;
        this.createdAt = createdAt;
    }

    String getId() {
        return id;
    }

    String getEmail() {
        return email;
    }

    String getFirstName() {
        return firstName;
    }

    String getLastName() {
        return lastName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    String getEncryptedCode() {
        return encryptedCode;
    }

    String getLinkToken() {
        return linkToken;
    }

    Instant getCodeExpiresAt() {
        return codeExpiresAt;
    }

    int getFailedCodes() {
        return failedCodes;
    }

    boolean isVerified() {
        return verifiedAt != null;
    }

    void processInstance(String id) {
        this.processInstanceId = id;
    }

    int failCode() {
        return ++failedCodes;
    }

    void verified(Instant at) {
        this.verifiedAt = at;
    }
}
