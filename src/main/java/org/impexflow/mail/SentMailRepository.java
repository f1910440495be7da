package org.impexflow.mail;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SentMailRepository extends JpaRepository<SentMail, Long> {

    Optional<SentMail> findByDedupKey(String dedupKey);

    List<SentMail> findByDedupKeyStartingWithAndDedupKeyContainingOrderBySentAtAscIdAsc(String prefix, String part);
}
