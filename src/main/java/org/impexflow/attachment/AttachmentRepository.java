package org.impexflow.attachment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, String> {

    Optional<Attachment> findByReference(String reference);

    List<Attachment> findByDeclarationIdOrderByUploadedAt(Long declarationId);

    List<Attachment> findTop50ByOwnerUserIdAndDeclarationIdIsNullAndImportAuthorisationIdIsNullOrderByUploadedAtDesc(
            String ownerUserId);

    List<Attachment> findByImportAuthorisationIdOrderByUploadedAt(Long importAuthorisationId);
}
