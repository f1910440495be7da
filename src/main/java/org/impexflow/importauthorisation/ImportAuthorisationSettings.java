package org.impexflow.importauthorisation;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code impexflow.import-authorisation.*}: the review period, the time given to answer a request for
 * complement, and how long before that deadline the declarant is reminded.
 */
@ConfigurationProperties("impexflow.import-authorisation")
record ImportAuthorisationSettings(Period reviewDue, Period complementDue, Duration complementReminderBefore) {

    ImportAuthorisationSettings {
        reviewDue = reviewDue == null ? Period.ofDays(30) : reviewDue;
        complementDue = complementDue == null ? Period.ofDays(30) : complementDue;
        complementReminderBefore = complementReminderBefore == null ? Duration.ofDays(7) : complementReminderBefore;
    }
}
