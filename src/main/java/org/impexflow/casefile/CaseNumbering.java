package org.impexflow.casefile;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Numbers cases {@code [SERIES-]YYYY-MM-NNNN}: a series of its own per kind of case (none for export
 * declarations, {@code AI} for import authorisations), year and month of filing (Paris time), then the
 * sequence in that month. The counter row of the month is incremented in the filing's own transaction: two
 * filings at the same instant wait for each other on that row, and a filing that rolls back gives
 * its number back, so the register has no gaps.
 */
@Component
public class CaseNumbering {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("yyyy-MM");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separateTransaction;

    CaseNumbering(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.separateTransaction = new TransactionTemplate(transactionManager);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The next number of the series in the month of {@code filedAt}; call inside the filing's
     * transaction. {@code series} is null or empty for the export declarations' numbers.
     */
    public String next(String series, ZonedDateTime filedAt) {
        String month = filedAt.withZoneSameInstant(PARIS).format(PERIOD);
        String period = series == null || series.isEmpty() ? month : series + "-" + month;
        if (increment(period) == 0) {
            createCounter(period);
            if (increment(period) == 0) {
                throw new IllegalStateException("No counter for " + period);
            }
        }
        Integer value = jdbc.queryForObject("SELECT last_value FROM declaration_sequence WHERE period = ?",
                Integer.class, period);
        if (value > 9999) {
            throw new IllegalStateException("More than 9999 cases in " + period);
        }
        return "%s-%04d".formatted(period, value);
    }

    private int increment(String period) {
        return jdbc.update("UPDATE declaration_sequence SET last_value = last_value + 1 WHERE period = ?", period);
    }

    /** The first filing of a month creates its counter, committed at once; a concurrent one may win. */
    private void createCounter(String period) {
        try {
            separateTransaction.executeWithoutResult(status -> jdbc.update(
                    "INSERT INTO declaration_sequence (period, last_value) VALUES (?, 0)", period));
        } catch (DataIntegrityViolationException alreadyCreated) {
            // another filing created it first: fine
        }
    }
}
