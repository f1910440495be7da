package org.impexflow.establishment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EstablishmentMemberRepository extends JpaRepository<EstablishmentMember, String> {

    List<EstablishmentMember> findByEstablishmentIdOrderByUserIdAsc(Long establishmentId);

    long countByEstablishmentIdAndRole(Long establishmentId, EstablishmentRole role);
}
