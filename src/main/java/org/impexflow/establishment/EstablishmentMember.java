package org.impexflow.establishment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "establishment_member")
class EstablishmentMember {

    @Id
    @Column(name = "user_id")
    private String userId;
    @Column(name = "establishment_id")
    private Long establishmentId;

    protected EstablishmentMember() {
    }

    EstablishmentMember(String userId, Long establishmentId) {
        this.userId = userId;
        this.establishmentId = establishmentId;
    }

    Long getEstablishmentId() {
        return establishmentId;
    }
}
