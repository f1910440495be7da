package org.impexflow.importauthorisation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.impexflow.casefile.CaseEvent;

/** One dated line of an import authorisation's history. */
@Entity
@Table(name = "import_authorisation_event")
public class AuthorisationEvent extends CaseEvent {

    @Column(name = "authorisation_id")
    private Long authorisationId;
    @Enumerated(EnumType.STRING)
    private AuthorisationEventKind kind;
    @Enumerated(EnumType.STRING)
    private AuthorisationStatus status;

    protected AuthorisationEvent() {
    }

    AuthorisationEvent(Long authorisationId, AuthorisationEventKind kind, AuthorisationStatus status,
            Instant occurredAt, String actor, String detail) {
        super(occurredAt, actor, detail);
        this.authorisationId = authorisationId;
        this.kind = kind;
        this.status = status;
    }

    public AuthorisationEventKind getKind() {
        return kind;
    }

    public AuthorisationStatus getStatus() {
        return status;
    }
}
