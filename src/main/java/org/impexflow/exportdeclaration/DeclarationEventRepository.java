package org.impexflow.exportdeclaration;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeclarationEventRepository extends JpaRepository<DeclarationEvent, Long> {

    // JPQL rather than a derived query: Hibernate keeps its translation (a derived query is translated again on
    // every call, measured in docs/benchmarks.md); this one runs on every filing
    @Query("select e from DeclarationEvent e where e.caseId = ?1 order by e.occurredAt, e.id")
    List<DeclarationEvent> findByCaseIdOrderByOccurredAtAscIdAsc(Long caseId);
}
