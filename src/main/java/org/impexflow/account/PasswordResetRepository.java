package org.impexflow.account;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PasswordResetRepository extends JpaRepository<PasswordReset, String> {

    long countByUserIdAndCreatedAtAfter(String userId, Instant since);

    /** Every link of the account not used yet stops working. */
    @Modifying
    @Query("UPDATE PasswordReset r SET r.usedAt = :at WHERE r.userId = :userId AND r.usedAt IS NULL")
    int voidAll(String userId, Instant at);
}
