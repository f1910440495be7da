package org.impexflow.home;

import java.time.Instant;

/**
 * One line of the declarant's home table, whatever the kind of case (its type, e.g. DEI, DEC, AI, or none),
 * with the status label in the page's language and the address of its page (none when the declarant has
 * no page for that kind); or a draft of a declaration ({@code draftId}), not filed: no filing date, status
 * "En brouillon", its page the draft's.
 */
public record CaseRow(String kind, String type, String number, Instant filedAt, String status, String statusLabel,
        String medicineName, String strength, String pharmaceuticalForm, Instant decidedAt, String href,
        Long draftId) {
}
