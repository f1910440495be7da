package org.impexflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Period;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** A procedure's review periods are read under its own prefix, with the defaults for what is not set. */
class ReviewPeriodsTests {

    @Test
    void periodsSetUnderTheProcedurePrefixWinOverTheDefaults() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("impexflow.export-declaration.review-due", "P10D")
                .withProperty("impexflow.export-declaration.complement-reminder-before", "2d")
                .withProperty("impexflow.import-authorisation.complement-due", "P15D");

        ReviewPeriods export = ReviewPeriods.of(environment, "impexflow.export-declaration");
        assertThat(export.reviewDue()).isEqualTo(Period.ofDays(10));
        assertThat(export.complementDue()).isEqualTo(Period.ofDays(30));
        assertThat(export.complementReminderBefore()).isEqualTo(Duration.ofDays(2));

        ReviewPeriods imports = ReviewPeriods.of(environment, "impexflow.import-authorisation");
        assertThat(imports.reviewDue()).isEqualTo(Period.ofDays(30));
        assertThat(imports.complementDue()).isEqualTo(Period.ofDays(15));
        assertThat(imports.complementReminderBefore()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void nothingSetGivesTheDefaults() {
        assertThat(ReviewPeriods.of(new MockEnvironment(), "impexflow.travellers"))
                .isEqualTo(new ReviewPeriods(Period.ofDays(30), Period.ofDays(30), Duration.ofDays(7)));
    }
}
