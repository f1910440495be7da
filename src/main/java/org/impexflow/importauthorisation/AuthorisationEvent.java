package org.impexflow.importauthorisation;

import java.time.Instant;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

import org.impexflow.casefile.CaseEvent;

/** One dated line of an import authorisation's history: a line of {@code case_event}. */
@Entity
@DiscriminatorValue(ImportAuthorisation.KIND)
public class AuthorisationEvent extends CaseEvent {

    protected AuthorisationEvent() {
    }

    AuthorisationEvent(Long authorisationId, AuthorisationEventKind kind, AuthorisationStatus status, Instant occurredAt, String actor, String detail) {
        super(authorisationId, kind, status, occurredAt, actor, detail);
    }

    public AuthorisationEventKind getKind() {
        return AuthorisationEventKind.valueOf(getKindCode());
    }

    public AuthorisationStatus getStatus() {
        return getStatusCode() == null ? null : AuthorisationStatus.valueOf(getStatusCode());
    }
}
