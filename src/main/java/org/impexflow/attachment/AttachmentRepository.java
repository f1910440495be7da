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

    /** How many files the person uploaded and has not joined to a case yet, and their total size in bytes. */
    @Query("select count(a), coalesce(sum(a.sizeBytes), 0) from Attachment a where a.ownerUserId = ?1"
            + " and a.declarationId is null and a.importAuthorisationId is null")
    List<Object[]> countUnused(String ownerUserId);
}
