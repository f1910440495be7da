package org.impexflow.casefile;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The periods of a procedure's review, read from {@code impexflow.<procedure>.*}: when the review is due
 * after the filing (30 days unless set), the time given to answer a request for complement (30 days), and
 * how long before that deadline the declarant is reminded (7 days).
 */
public record ReviewPeriods(Period reviewDue, Period complementDue, Duration complementReminderBefore) {

    public ReviewPeriods {
        reviewDue = reviewDue == null ? Period.ofDays(30) : reviewDue;
        complementDue = complementDue == null ? Period.ofDays(30) : complementDue;
        complementReminderBefore = complementReminderBefore == null ? Duration.ofDays(7) : complementReminderBefore;
    }

    /** The periods set under {@code prefix}, e.g. {@code impexflow.export-declaration}, defaults for the rest. */
    public static ReviewPeriods of(Environment environment, String prefix) {
        return Binder.get(environment).bind(prefix, ReviewPeriods.class)
                .orElseGet(() -> new ReviewPeriods(null, null, null));
    }
}
