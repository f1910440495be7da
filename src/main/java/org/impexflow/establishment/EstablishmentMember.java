package org.impexflow.establishment;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An account that belongs to an establishment (an e-mail belongs to one establishment only). */
@Entity
@Table(name = "establishment_member")
public class EstablishmentMember {

    @Id
    private String userId;
    private Long establishmentId;
    @Enumerated(EnumType.STRING)
    private EstablishmentRole role;
    private Instant joinedAt;

    protected EstablishmentMember() {
    }

    EstablishmentMember(String userId, Long establishmentId, EstablishmentRole role, Instant joinedAt) {
        this.userId = userId;
        this.establishmentId = establishmentId;
        this.role = role;
        this.joinedAt = joinedAt;
    }

    public String getUserId() {
        return userId;
    }

    public Long getEstablishmentId() {
        return establishmentId;
    }

    public EstablishmentRole getRole() {
        return role;
    }

    public boolean isManager() {
        return role == EstablishmentRole.MANAGER;
    }

    /** When the account joined; unknown for accounts that joined before it was recorded. */
    public Instant getJoinedAt() {
        return joinedAt;
    }

    void setRole(EstablishmentRole role) {
        this.role = role;
    }
}
