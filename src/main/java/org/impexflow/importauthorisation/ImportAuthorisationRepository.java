package org.impexflow.importauthorisation;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ImportAuthorisationRepository extends JpaRepository<ImportAuthorisation, Long>,
        JpaSpecificationExecutor<ImportAuthorisation> {

    Optional<ImportAuthorisation> findByNumber(String number);

    /** The authorisation, its row locked until the end of the transaction: imports are recorded one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from ImportAuthorisation a where a.number = :number")
    Optional<ImportAuthorisation> lockByNumber(@Param("number") String number);

    @Query("select a from ImportAuthorisation a where a.establishmentId = :establishmentId"
            + " order by a.filedAt desc, a.id desc")
    List<ImportAuthorisation> newestOf(@Param("establishmentId") Long establishmentId, Pageable page);
}
