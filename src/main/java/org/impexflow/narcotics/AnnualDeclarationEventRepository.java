package org.impexflow.narcotics;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AnnualDeclarationEventRepository extends JpaRepository<AnnualDeclarationEvent, Long> {

    List<AnnualDeclarationEvent> findByCaseIdOrderByOccurredAtAscIdAsc(Long caseId);
}
