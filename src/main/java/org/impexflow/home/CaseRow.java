package org.impexflow.home;

import java.time.Instant;

/**
 * One line of the declarant's home table: an export declaration (DEI, DEC) or an import authorisation
 * (AI), with the status label in the page's language and the address of its page.
 */
public record CaseRow(String type, String number, Instant filedAt, String status, String statusLabel,
        String medicineName, String strength, String pharmaceuticalForm, Instant decidedAt, String href) {
}
