package org.impexflow.exportdeclaration;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuthorityTransmissionRepository extends JpaRepository<AuthorityTransmission, Long> {

    List<AuthorityTransmission> findByDeclarationId(Long declarationId);
}
