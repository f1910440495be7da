package org.impexflow.travellers;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TransportAttestationEventRepository extends JpaRepository<TransportAttestationEvent, Long> {

    List<TransportAttestationEvent> findByCaseIdOrderByOccurredAtAscIdAsc(Long caseId);
}
