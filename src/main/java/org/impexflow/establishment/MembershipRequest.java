package org.impexflow.establishment;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A request of an account to join an existing establishment, decided by its managers or ANSM support. */
@Entity
@Table(name = "membership_request")
public class MembershipRequest {

    /** Where a request stands. */
    public enum Status {
        PENDING,
        APPROVED,
        REFUSED,
        CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String userId;
    private Long establishmentId;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Instant requestedAt;
    private Instant decidedAt;
    private String decidedBy;
    private String reason;
    private String processInstanceId;

    protected MembershipRequest() {
    }

    MembershipRequest(String userId, Long establishmentId, Instant requestedAt) {
        this.userId = userId;
        this.establishmentId = establishmentId;
        this.status = Status.PENDING;
        this.requestedAt = requestedAt;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void decide(Status outcome, String by, String why, Instant at) {
        if (status != Status.PENDING) {
            throw new IllegalStateException("Membership request " + id + " is already " + status);
        }
        this.status = outcome;
        this.decidedBy = by;
        this.reason = why;
        this.decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getUserId() {
        return userId;
    }

    public Long getEstablishmentId() {
        return establishmentId;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getReason() {
        return reason;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
