package org.impexflow.exportdeclaration;

import java.time.Instant;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

import org.impexflow.casefile.CaseEvent;

/** One dated line of a declaration's history (a status, a mail, a transmission): a line of {@code case_event}. */
@Entity
@DiscriminatorValue(ExportDeclaration.KIND)
public class DeclarationEvent extends CaseEvent {

    protected DeclarationEvent() {
    }

    DeclarationEvent(Long declarationId, DeclarationEventKind kind, DeclarationStatus status, Instant occurredAt, String actor, String detail) {
        super(declarationId, kind, status, occurredAt, actor, detail);
    }

    public DeclarationEventKind getKind() {
        return DeclarationEventKind.valueOf(getKindCode());
    }

    public DeclarationStatus getStatus() {
        return getStatusCode() == null ? null : DeclarationStatus.valueOf(getStatusCode());
    }
}
