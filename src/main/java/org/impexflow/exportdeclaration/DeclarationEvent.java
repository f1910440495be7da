package org.impexflow.exportdeclaration;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One dated line of a declaration's history: a change of status, a mail sent, a transmission. */
@Entity
@Table(name = "declaration_event")
public class DeclarationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "declaration_id")
    private Long declarationId;
    @Enumerated(EnumType.STRING)
    private DeclarationEventKind kind;
    @Enumerated(EnumType.STRING)
    private DeclarationStatus status;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String actor;
    private String detail;

    protected DeclarationEvent() {
    }

    DeclarationEvent(Long declarationId, DeclarationEventKind kind, DeclarationStatus status, Instant occurredAt,
            String actor, String detail) {
        this.declarationId = declarationId;
        this.kind = kind;
        this.status = status;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
    }

    public DeclarationEventKind getKind() {
        return kind;
    }

    public DeclarationStatus getStatus() {
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
