package org.impexflow.verification;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The code of one validated document (subject type and id say which). */
@Entity
@Table(name = "verification_code")
class VerificationCode {

    @Id
    private String code;
    private String subjectType;
    private Long subjectId;
    private Instant issuedAt;

    protected VerificationCode() {
    }

    VerificationCode(String code, String subjectType, Long subjectId, Instant issuedAt) {
        this.code = code;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.issuedAt = issuedAt;
    }

    String getCode() {
        return code;
    }

    String getSubjectType() {
        return subjectType;
    }

    Long getSubjectId() {
        return subjectId;
    }

    Instant getIssuedAt() {
        return issuedAt;
    }
}
