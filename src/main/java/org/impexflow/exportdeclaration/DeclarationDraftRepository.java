package org.impexflow.exportdeclaration;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeclarationDraftRepository extends JpaRepository<DeclarationDraft, Long> {

    List<DeclarationDraft> findByEstablishmentIdOrderByUpdatedAtDesc(Long establishmentId);
}
