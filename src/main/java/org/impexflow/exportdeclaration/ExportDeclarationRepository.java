package org.impexflow.exportdeclaration;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ExportDeclarationRepository extends JpaRepository<ExportDeclaration, Long>,
        JpaSpecificationExecutor<ExportDeclaration> {


    Optional<ExportDeclaration> findByNumber(String number);

    List<ExportDeclaration> findByEstablishmentIdOrderByFiledAtDesc(Long establishmentId);
}
