package org.impexflow.attachment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttachmentRepository extends JpaRepository<Attachment, String> {

    Optional<Attachment> findByReference(String reference);

    // JPQL rather than a derived query: Hibernate keeps its translation (a derived query is translated again on
    // every call, measured in docs/benchmarks.md); this one runs on every filing
    @Query("select a from Attachment a where a.declarationId = ?1 order by a.uploadedAt")
    List<Attachment> findByDeclarationIdOrderByUploadedAt(Long declarationId);

    List<Attachment> findTop50ByOwnerUserIdAndDeclarationIdIsNullAndImportAuthorisationIdIsNullOrderByUploadedAtDesc(
            String ownerUserId);

    List<Attachment> findByImportAuthorisationIdOrderByUploadedAt(Long importAuthorisationId);
}
