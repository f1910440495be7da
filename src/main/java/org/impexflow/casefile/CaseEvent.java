package org.impexflow.casefile;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What every line of a case's history holds, whatever the kind of case: when, who, and a detail cut
 * to its column's 4,000 characters. Each kind of case adds its case, its kinds of event and statuses.
 */
@MappedSuperclass
public abstract class CaseEvent {

    /** The longest detail the history keeps. */
    public static final int MAX_DETAIL = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String actor;
    private String detail;

    protected CaseEvent() {
    }

    protected CaseEvent(Instant occurredAt, String actor, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
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
}
