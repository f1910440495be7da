package org.impexflow.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One security event: what happened, to whom, by whom, when and from which address. */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

    static final int MAX_DETAIL = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant occurredAt;
    @Enumerated(EnumType.STRING)
    private SecurityEventKind kind;
    private String actor;
    private String subject;
    private String source;
    private String detail;

    protected SecurityEvent() {
    }

    SecurityEvent(Instant occurredAt, SecurityEventKind kind, String actor, String subject, String source,
            String detail) {
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.actor = cut(actor, 255);
        this.subject = cut(subject, 255);
        this.source = cut(source, 100);
        this.detail = cut(detail, MAX_DETAIL);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public SecurityEventKind getKind() {
        return kind;
    }

    public String getActor() {
        return actor;
    }

    public String getSubject() {
        return subject;
    }

    public String getSource() {
        return source;
    }

    public String getDetail() {
        return detail;
    }
}
