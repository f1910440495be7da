package org.impexflow.importauthorisation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImportOperationRepository extends JpaRepository<ImportOperation, Long> {

    List<ImportOperation> findByAuthorisationIdOrderByImportedOnAscIdAsc(Long authorisationId);

    boolean existsByAuthorisationIdAndSubmissionToken(Long authorisationId, String submissionToken);
}
