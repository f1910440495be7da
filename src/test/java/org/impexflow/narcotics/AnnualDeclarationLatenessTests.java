package org.impexflow.narcotics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * A declaration still to give says "En retard" from the end of its due day (Paris), on its page and in
 * the list, even before the deadline's timer has run (job executor stopped, node just started).
 */
class AnnualDeclarationLatenessTests {

    private final AnnualDeclaration declaration = new AnnualDeclaration(1L, 2025, LocalDate.of(2026, 2, 15),
            Instant.parse("2026-01-02T08:00:00Z"), "pi");

    @Test
    void stillToDeclareOnItsDueDayThenLateFromMidnightInParis() {
        assertThat(declaration.statusAt(Instant.parse("2026-02-15T22:59:59Z"))).isEqualTo(AnnualDeclarationStatus.OPEN);
        assertThat(declaration.isLateAt(Instant.parse("2026-02-15T22:59:59Z"))).isFalse();
        assertThat(declaration.statusAt(Instant.parse("2026-02-15T23:00:00Z"))).isEqualTo(AnnualDeclarationStatus.LATE);
        assertThat(declaration.statusAt(Instant.parse("2026-02-15T23:00:00Z")).label()).isEqualTo("En retard");
        assertThat(declaration.isLateAt(Instant.parse("2026-12-04T12:00:00Z"))).isTrue();
    }

    @Test
    void aLateDeclarationStaysLateOnceMarked() {
        declaration.markLate();
        assertThat(declaration.isLateAt(Instant.parse("2026-01-03T00:00:00Z"))).isTrue();
        assertThat(declaration.statusAt(Instant.parse("2026-01-03T00:00:00Z"))).isEqualTo(AnnualDeclarationStatus.LATE);
    }

    @Test
    void aSubmissionIsLateOnlyWhenItCameAfterTheDeadline() {
        assertThat(declaration.isSubmittedLate()).as("nothing submitted").isFalse();
        declaration.submit("JARE.xlsx", new byte[] {1}, null, "manager", Instant.parse("2026-02-15T22:59:59Z"));
        assertThat(declaration.isSubmittedLate()).as("on its due day, Paris time").isFalse();

        AnnualDeclaration after = new AnnualDeclaration(1L, 2025, LocalDate.of(2026, 2, 15),
                Instant.parse("2026-01-02T08:00:00Z"), "pi");
        after.submit("JARE.xlsx", new byte[] {1}, null, "manager", Instant.parse("2026-02-15T23:00:00Z"));
        assertThat(after.isSubmittedLate()).as("past the deadline, before its timer ran").isTrue();

        AnnualDeclaration marked = new AnnualDeclaration(1L, 2025, LocalDate.of(2026, 2, 15),
                Instant.parse("2026-01-02T08:00:00Z"), "pi");
        marked.markLate();
        marked.submit("JARE.xlsx", new byte[] {1}, null, "manager", Instant.parse("2026-02-20T10:00:00Z"));
        assertThat(marked.isSubmittedLate()).isTrue();
    }
}
