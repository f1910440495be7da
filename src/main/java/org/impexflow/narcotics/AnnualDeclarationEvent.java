package org.impexflow.narcotics;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One dated line of an annual declaration's history, kept per operator and year. */
@Entity
@Table(name = "annual_declaration_event")
public class AnnualDeclarationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "declaration_id")
    private Long declarationId;
    @Enumerated(EnumType.STRING)
    private AnnualDeclarationEventKind kind;
    @Enumerated(EnumType.STRING)
    private AnnualDeclarationStatus status;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String actor;
    private String detail;

    protected AnnualDeclarationEvent() {
    }

    AnnualDeclarationEvent(Long declarationId, AnnualDeclarationEventKind kind, AnnualDeclarationStatus status,
            Instant occurredAt, String actor, String detail) {
        this.declarationId = declarationId;
        this.kind = kind;
        this.status = status;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
    }

    public AnnualDeclarationEventKind getKind() {
        return kind;
    }

    public AnnualDeclarationStatus getStatus() {
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
