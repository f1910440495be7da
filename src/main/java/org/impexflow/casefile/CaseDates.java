package org.impexflow.casefile;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

/** Dates as French users read them, in Paris time. */
public final class CaseDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH)
            .withZone(CaseNumbering.PARIS);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm",
            Locale.FRENCH).withZone(CaseNumbering.PARIS);

    private CaseDates() {
    }

    public static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    public static String day(Date date) {
        return date == null ? "" : day(date.toInstant());
    }

    public static String day(java.time.LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public static String dayTime(Instant instant) {
        return instant == null ? "" : DAY_TIME.format(instant);
    }
}
