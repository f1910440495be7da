package org.impexflow.casefile;

import java.time.Instant;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;

/**
 * One line of a case's timeline, whatever the kind of case, in the one table {@code case_event}: the
 * case, when, who, what (the procedure's event kind code), the status it set if any, why (a detail cut to
 * its column's 4,000 characters) and, for a decision, its legal basis. A procedure's subclass names its
 * kind of case ({@code @DiscriminatorValue}) and reads the kind and status typed ({@link TypedCaseEvent}).
 */
@Entity
@Table(name = "case_event")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "case_kind", length = 40)
public abstract class CaseEvent {

    /** The longest detail the history keeps. */
    public static final int MAX_DETAIL = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long caseId;
    private String kind;
    private String status;
    private Instant occurredAt;
    private String actor;
    private String detail;
    private String legalBasis;

    protected CaseEvent() {
    }

    protected CaseEvent(Long caseId, Enum<?> kind, Enum<?> status, Instant occurredAt, String actor, String detail) {
        record(caseId, kind, status, occurredAt, actor, detail);
    }

    /** What the event says: for which case, what (and the status it set, if any), when, who and why. */
    void record(Long caseId, Enum<?> kind, Enum<?> status, Instant occurredAt, String actor, String detail) {
        this.caseId = caseId;
        this.kind = kind.name();
        this.status = status == null ? null : status.name();
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        this.legalBasis = DecisionBasis.of(status);
    }

    /** The legal basis of a decision or an act, recorded by the kernel. */
    CaseEvent withLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
        return this;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getKindCode() {
        return kind;
    }

    /** The status this event set, as the procedure's code, or null when it set none. */
    public String getStatusCode() {
        return status;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getDetail() {
        return detail;
    }

    /**
     * The detail as people read it on the case pages: without the Message-ID of a mail it names, which stays in
     * the stored detail for ANSM's traces (the case page's table of mails says who was sent what).
     */
    public String getReadableDetail() {
        return detail == null ? null : MESSAGE_ID.matcher(detail).replaceAll("");
    }

    private static final java.util.regex.Pattern MESSAGE_ID = java.util.regex.Pattern.compile("\\s*<[^<>\\s]+@[^<>\\s]+>");

    public String getLegalBasis() {
        return legalBasis;
    }
}
