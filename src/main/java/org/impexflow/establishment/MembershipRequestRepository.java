package org.impexflow.establishment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipRequestRepository extends JpaRepository<MembershipRequest, Long> {

    Optional<MembershipRequest> findFirstByUserIdAndStatus(String userId, MembershipRequest.Status status);

    Optional<MembershipRequest> findFirstByUserIdOrderByIdDesc(String userId);

    List<MembershipRequest> findByEstablishmentIdAndStatusOrderByIdAsc(Long establishmentId,
            MembershipRequest.Status status);

    Optional<MembershipRequest> findByProcessInstanceId(String processInstanceId);
}
