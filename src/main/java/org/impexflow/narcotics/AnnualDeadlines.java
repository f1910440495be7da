package org.impexflow.narcotics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;

import org.impexflow.casefile.CaseNumbering;
import org.springframework.stereotype.Component;

/**
 * When a year's declaration is due, and when its Managers are reminded: 15 February of the next year
 * unless an exception is on record; the deadline passes at midnight (Paris) after that day; the
 * reminders leave the configured durations before it.
 */
@Component
record AnnualDeadlines(AnnualDeclarationSettings settings, NarcoticsOperators operators) {

    LocalDate dueDate(int year) {
        return operators.exceptionalDeadline(year).orElse(settings.deadline().atYear(year + 1));
    }

    /** The instant the deadline passes: the end of the due day. */
    static Instant deadline(LocalDate dueDate) {
        return dueDate.plusDays(1).atStartOfDay(CaseNumbering.PARIS).toInstant();
    }

    /** The next reminder after {@code now}, if any is left before the deadline. */
    Optional<Instant> nextReminder(LocalDate dueDate, Instant now) {
        Instant deadline = deadline(dueDate);
        return settings.remindersBefore().stream().map(deadline::minus).filter(at -> at.isAfter(now))
                .filter(at -> at.isBefore(deadline)).sorted().findFirst();
    }

    /**
     * The reminder timer, always after {@code now} (the engine's clock): the next reminder, or when none
     * is left a day after the deadline or after now, whichever is later, so that the deadline fires first
     * even when it has already passed (a timer in the past fires at once: the loop would never end).
     */
    Date reminderTimer(LocalDate dueDate, Instant now) {
        Instant deadline = deadline(dueDate);
        Instant noneLeft = (now.isAfter(deadline) ? now : deadline).plus(Duration.ofDays(1));
        return Date.from(nextReminder(dueDate, now).orElse(noneLeft));
    }

    Date afterDays(java.time.Period period, Instant now) {
        return Date.from(now.atZone(CaseNumbering.PARIS).plus(period).toInstant());
    }
}
