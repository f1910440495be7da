package org.impexflow.importauthorisation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuthorisationEventRepository extends JpaRepository<AuthorisationEvent, Long> {

    List<AuthorisationEvent> findByCaseIdOrderByOccurredAtAscIdAsc(Long caseId);
}
