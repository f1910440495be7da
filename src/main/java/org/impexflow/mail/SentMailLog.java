package org.impexflow.mail;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of sent mails, written in a transaction of its own right after the SMTP server
 * accepted the mail: if the job that sent it rolls back afterwards, the retry still sees it.
 */
@Component
class SentMailLog {

    private final SentMailRepository repository;

    SentMailLog(SentMailRepository repository) {
        this.repository = repository;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public Optional<SentMail> find(String dedupKey) {
        return repository.findByDedupKey(dedupKey);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String dedupKey, String recipient, String subject, String messageId) {
        repository.save(new SentMail(dedupKey, truncate(recipient, 500), truncate(subject, 500), messageId,
                Instant.now()));
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
