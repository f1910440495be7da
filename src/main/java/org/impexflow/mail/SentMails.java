package org.impexflow.mail;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mails sent about something, read from their keys: a key names its purpose, then what it is about
 * ({@code AEE:2026-12-0001}, {@code AI-DECISION:AI-2026-12-0001}, {@code DA-ACK:12:1:manager@…}).
 */
@Component
public class SentMails {

    private final SentMailRepository repository;

    SentMails(SentMailRepository repository) {
        this.repository = repository;
    }

    /**
     * The mails whose key starts with {@code purposePrefix} and names {@code reference} right after its
     * purpose (alone or followed by more parts), oldest first.
     */
    @Transactional(readOnly = true)
    public List<SentMail> about(String purposePrefix, String reference) {
        return repository.findByDedupKeyStartingWithAndDedupKeyContainingOrderBySentAtAscIdAsc(purposePrefix,
                ":" + reference).stream().filter(mail -> names(mail.getDedupKey(), reference)).toList();
    }

    private static boolean names(String key, String reference) {
        int colon = key.indexOf(':');
        String rest = key.substring(colon + 1);
        return rest.equals(reference) || rest.startsWith(reference + ":");
    }
}
