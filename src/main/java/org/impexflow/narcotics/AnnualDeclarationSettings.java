package org.impexflow.narcotics;

import java.time.Duration;
import java.time.MonthDay;
import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code impexflow.narcotics.*}: the usual deadline (15 February of the next year; the exceptions are
 * data, table {@code annual_declaration_deadline}), the reminders before it, the review period, the
 * time given for corrections, and the time ANSM support has to follow up a late operator.
 */
@ConfigurationProperties("impexflow.narcotics")
record AnnualDeclarationSettings(MonthDay deadline, List<Duration> remindersBefore, Period reviewDue,
        Period correctionsDue, Period followUpDue) {

    AnnualDeclarationSettings {
        deadline = deadline == null ? MonthDay.of(2, 15) : deadline;
        remindersBefore = remindersBefore == null || remindersBefore.isEmpty()
                ? List.of(Duration.ofDays(30), Duration.ofDays(7), Duration.ofDays(1)) : List.copyOf(remindersBefore);
        reviewDue = reviewDue == null ? Period.ofDays(60) : reviewDue;
        correctionsDue = correctionsDue == null ? Period.ofDays(30) : correctionsDue;
        followUpDue = followUpDue == null ? Period.ofDays(7) : followUpDue;
    }
}
