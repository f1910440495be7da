package org.impexflow.audit;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SecurityEventRepository extends JpaRepository<SecurityEvent, Long> {

    List<SecurityEvent> findBySubjectOrderByIdAsc(String subject);

    Page<SecurityEvent> findAllByOrderByIdDesc(Pageable page);

    /** Newest first; an account matches as the subject or as the one who acted. */
    @Query(value = "SELECT e FROM SecurityEvent e WHERE (:account IS NULL OR e.subject = :account OR e.actor = :account)"
            + " AND (:kind IS NULL OR e.kind = :kind) ORDER BY e.id DESC",
            countQuery = "SELECT COUNT(e) FROM SecurityEvent e WHERE (:account IS NULL OR e.subject = :account"
                    + " OR e.actor = :account) AND (:kind IS NULL OR e.kind = :kind)")
    Page<SecurityEvent> search(String account, SecurityEventKind kind, Pageable page);
}
