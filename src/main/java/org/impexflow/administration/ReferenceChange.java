package org.impexflow.administration;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One change of the reference data: who, when, what (subject and key), the value before and after, and
 * why. Written once, never changed: no setter, and Hibernate ignores any change ({@link Immutable}).
 */
@Entity
@Table(name = "reference_change")
@Immutable
public class ReferenceChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant changedAt;
    private String changedBy;
    private String subject;
    private String subjectKey;
    private String beforeValue;
    private String afterValue;
    private String reason;

    protected ReferenceChange() {
    }

    ReferenceChange(Instant changedAt, String changedBy, String subject, String subjectKey, String beforeValue,
            String afterValue, String reason) {
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.subject = subject;
        this.subjectKey = subjectKey;
        this.beforeValue = beforeValue;
        this.afterValue = afterValue;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getSubject() {
        return subject;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public String getBeforeValue() {
        return beforeValue;
    }

    public String getAfterValue() {
        return afterValue;
    }

    public String getReason() {
        return reason;
    }
}
