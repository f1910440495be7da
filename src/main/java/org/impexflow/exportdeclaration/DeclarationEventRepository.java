package org.impexflow.exportdeclaration;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeclarationEventRepository extends JpaRepository<DeclarationEvent, Long> {

    List<DeclarationEvent> findByCaseIdOrderByOccurredAtAscIdAsc(Long caseId);
}
