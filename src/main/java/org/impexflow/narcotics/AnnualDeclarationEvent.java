package org.impexflow.narcotics;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.impexflow.casefile.CaseEvent;

/** One dated line of an annual declaration's history, kept per operator and year. */
@Entity
@Table(name = "annual_declaration_event")
public class AnnualDeclarationEvent extends CaseEvent {

    @Column(name = "declaration_id")
    private Long declarationId;
    @Enumerated(EnumType.STRING)
    private AnnualDeclarationEventKind kind;
    @Enumerated(EnumType.STRING)
    private AnnualDeclarationStatus status;

    protected AnnualDeclarationEvent() {
    }

    AnnualDeclarationEvent(Long declarationId, AnnualDeclarationEventKind kind, AnnualDeclarationStatus status,
            Instant occurredAt, String actor, String detail) {
        super(occurredAt, actor, detail);
        this.declarationId = declarationId;
        this.kind = kind;
        this.status = status;
    }

    public AnnualDeclarationEventKind getKind() {
        return kind;
    }

    public AnnualDeclarationStatus getStatus() {
        return status;
    }
}
