package org.impexflow.exportdeclaration;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

/** Dates as French users read them, in Paris time. */
final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH)
            .withZone(DeclarationNumbering.PARIS);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm",
            Locale.FRENCH).withZone(DeclarationNumbering.PARIS);

    private Dates() {
    }

    static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    static String day(Date date) {
        return date == null ? "" : day(date.toInstant());
    }

    static String dayTime(Instant instant) {
        return instant == null ? "" : DAY_TIME.format(instant);
    }
}
