package org.impexflow.mail;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SentMailRepository extends JpaRepository<SentMail, Long> {

    // JPQL rather than a derived query: Hibernate keeps its translation (a derived query is translated again on
    // every call, measured in docs/benchmarks.md); this one runs for every mail
    @Query("select m from SentMail m where m.dedupKey = ?1")
    Optional<SentMail> findByDedupKey(String dedupKey);

    List<SentMail> findByDedupKeyStartingWithAndDedupKeyContainingOrderBySentAtAscIdAsc(String prefix, String part);
}
