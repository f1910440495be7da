package org.impexflow.narcotics;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AnnualDeclarationRepository extends JpaRepository<AnnualDeclaration, Long> {

    Optional<AnnualDeclaration> findByOperatorIdAndYear(Long operatorId, int year);

    List<AnnualDeclaration> findByOperatorIdOrderByYearDesc(Long operatorId);
}
