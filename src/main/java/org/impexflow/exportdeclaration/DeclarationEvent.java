package org.impexflow.exportdeclaration;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.impexflow.casefile.CaseEvent;

/** One dated line of a declaration's history: a change of status, a mail sent, a transmission. */
@Entity
@Table(name = "declaration_event")
public class DeclarationEvent extends CaseEvent {

    @Column(name = "declaration_id")
    private Long declarationId;
    @Enumerated(EnumType.STRING)
    private DeclarationEventKind kind;
    @Enumerated(EnumType.STRING)
    private DeclarationStatus status;

    protected DeclarationEvent() {
    }

    DeclarationEvent(Long declarationId, DeclarationEventKind kind, DeclarationStatus status, Instant occurredAt,
            String actor, String detail) {
        super(occurredAt, actor, detail);
        this.declarationId = declarationId;
        this.kind = kind;
        this.status = status;
    }

    public DeclarationEventKind getKind() {
        return kind;
    }

    public DeclarationStatus getStatus() {
        return status;
    }
}
