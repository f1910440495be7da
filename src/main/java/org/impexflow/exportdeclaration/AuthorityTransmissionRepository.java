package org.impexflow.exportdeclaration;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuthorityTransmissionRepository extends JpaRepository<AuthorityTransmission, Long> {

    List<AuthorityTransmission> findByDeclarationId(Long declarationId);

    Optional<AuthorityTransmission> findByReceiptTokenHash(String receiptTokenHash);

    /** Confirms the receipt unless it already is: 1 when this call confirmed it, 0 otherwise. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AuthorityTransmission t set t.receiptConfirmedAt = :at, t.receiptConfirmedBy = :by "
            + "where t.id = :id and t.receiptConfirmedAt is null")
    int confirmOnce(@Param("id") Long id, @Param("at") Instant at, @Param("by") String by);
}
