package org.impexflow.exportdeclaration;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExportDeclarationRepository extends JpaRepository<ExportDeclaration, Long> {

    Optional<ExportDeclaration> findByNumber(String number);

    List<ExportDeclaration> findByEstablishmentIdOrderByFiledAtDesc(Long establishmentId);

    Page<ExportDeclaration> findByEstablishmentIdOrderByFiledAtDescIdDesc(Long establishmentId, Pageable page);
}
