package org.impexflow.administration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.impexflow.support.ImpexflowSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 19: administrators adding overlapping periods of one country and kind at the same instant: one is
 * stored, every other is refused naming the overlap (the country's row is locked while its memberships
 * change). Each round, its own decade from the year 1000, where nothing else looks.
 */
@ImpexflowSpringTest
class MembershipConcurrencyTests {

    private static final int ADMINISTRATORS = 6;
    private static final int ROUNDS = Integer.getInteger("membershipConcurrency.rounds", 5);

    @Autowired
    MembershipAdministration administration;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void overlappingPeriodsAddedAtTheSameInstantLeaveOneStored() throws Exception {
        String country = "PE";
        for (int round = 0; round < ROUNDS; round++) {
            int decade = 1000 + 10 * round;
            CyclicBarrier together = new CyclicBarrier(ADMINISTRATORS);
            ExecutorService pool = Executors.newFixedThreadPool(ADMINISTRATORS);
            List<Future<Map<String, String>>> answers = new ArrayList<>();
            for (int i = 0; i < ADMINISTRATORS; i++) {
                String from = "%04d-01-01".formatted(decade + i);
                String until = "%04d-01-01".formatted(decade + 9);
                answers.add(pool.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return administration.add(new MembershipAdministration.PeriodInput(country, "SCHENGEN", from, until,
                            "Texte d'essai"), "Essai simultané", "referentiel@ansm.example", Locale.FRENCH);
                }));
            }
            int stored = 0;
            for (Future<Map<String, String>> answer : answers) {
                Map<String, String> errors = answer.get(30, TimeUnit.SECONDS);
                if (errors.isEmpty()) {
                    stored++;
                } else {
                    assertThat(errors.get("validFrom")).contains("chevauche");
                }
            }
            pool.shutdown();
            assertThat(stored).as("round " + round).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM country_membership WHERE country_code = ? "
                    + "AND kind = 'SCHENGEN' AND valid_from >= ? AND valid_from < ?", Long.class, country,
                    java.sql.Date.valueOf(decade + "-01-01"), java.sql.Date.valueOf((decade + 10) + "-01-01")))
                    .isEqualTo(1);
        }
    }
}
