package org.impexflow.importauthorisation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One dated line of an import authorisation's history. */
@Entity
@Table(name = "import_authorisation_event")
public class AuthorisationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "authorisation_id")
    private Long authorisationId;
    @Enumerated(EnumType.STRING)
    private AuthorisationEventKind kind;
    @Enumerated(EnumType.STRING)
    private AuthorisationStatus status;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String actor;
    private String detail;

    protected AuthorisationEvent() {
    }

    AuthorisationEvent(Long authorisationId, AuthorisationEventKind kind, AuthorisationStatus status,
            Instant occurredAt, String actor, String detail) {
        this.authorisationId = authorisationId;
        this.kind = kind;
        this.status = status;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
    }

    public AuthorisationEventKind getKind() {
        return kind;
    }

    public AuthorisationStatus getStatus() {
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
}
