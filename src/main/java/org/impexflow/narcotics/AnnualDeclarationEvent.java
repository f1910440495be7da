package org.impexflow.narcotics;

import java.time.Instant;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

import org.impexflow.casefile.CaseEvent;

/** One dated line of an annual declaration's history: a line of {@code case_event}. */
@Entity
@DiscriminatorValue(AnnualDeclaration.KIND)
public class AnnualDeclarationEvent extends CaseEvent {

    protected AnnualDeclarationEvent() {
    }

    AnnualDeclarationEvent(Long declarationId, AnnualDeclarationEventKind kind, AnnualDeclarationStatus status, Instant occurredAt, String actor, String detail) {
        super(declarationId, kind, status, occurredAt, actor, detail);
    }

    public AnnualDeclarationEventKind getKind() {
        return AnnualDeclarationEventKind.valueOf(getKindCode());
    }

    public AnnualDeclarationStatus getStatus() {
        return getStatusCode() == null ? null : AnnualDeclarationStatus.valueOf(getStatusCode());
    }
}
