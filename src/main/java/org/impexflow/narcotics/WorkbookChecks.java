package org.impexflow.narcotics;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The report of the workbook each person last checked, per operator and year
 * ({@code annual_declaration_check}): written by each check in place of the previous one, in a
 * transaction of its own (two checks of the same person at once: the last one written wins), read by
 * the page's "download the report".
 */
@Repository
class WorkbookChecks {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separateTransaction;

    WorkbookChecks(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.separateTransaction = new TransactionTemplate(transactionManager);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void keep(Long operatorId, int year, String userId, byte[] report) {
        Timestamp now = Timestamp.from(Instant.now());
        try {
            separateTransaction.executeWithoutResult(status -> {
                if (update(operatorId, year, userId, report, now) == 0) {
                    jdbc.update("INSERT INTO annual_declaration_check (establishment_id, declared_year, user_id, "
                            + "checked_at, report) VALUES (?, ?, ?, ?, ?)", operatorId, year, userId, now, report);
                }
            });
        } catch (DataIntegrityViolationException concurrentCheck) {
            separateTransaction.executeWithoutResult(status -> update(operatorId, year, userId, report, now));
        }
    }

    Optional<byte[]> last(Long operatorId, int year, String userId) {
        List<byte[]> reports = jdbc.query("SELECT report FROM annual_declaration_check WHERE establishment_id = ? "
                + "AND declared_year = ? AND user_id = ?", (rs, i) -> rs.getBytes(1), operatorId, year, userId);
        return reports.stream().findFirst();
    }

    private int update(Long operatorId, int year, String userId, byte[] report, Timestamp now) {
        return jdbc.update("UPDATE annual_declaration_check SET report = ?, checked_at = ? WHERE establishment_id = ? "
                + "AND declared_year = ? AND user_id = ?", report, now, operatorId, year, userId);
    }
}
