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
    private String firstName;
    private String lastName;
    private String passwordHash;
    @Column(name = "code_secret")
    private String encryptedCode;
    private String linkToken;
    private Instant codeExpiresAt;
    private int failedCodes;
    private Instant verifiedAt;
    private String processInstanceId;
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
