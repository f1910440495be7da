package org.impexflow.exportdeclaration;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ExportDeclarationRepository extends JpaRepository<ExportDeclaration, Long>,
        JpaSpecificationExecutor<ExportDeclaration> {

    @Query("select d.status, count(d) from ExportDeclaration d where d.establishmentId = ?1 group by d.status")
    List<Object[]> countByStatus(Long establishmentId);

    Optional<ExportDeclaration> findByNumber(String number);

    List<ExportDeclaration> findByEstablishmentIdOrderByFiledAtDesc(Long establishmentId);
}
