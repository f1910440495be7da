package org.impexflow.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a phase of the benchmark wrote, table by table. On PostgreSQL, the rows inserted, updated and
 * deleted (its statistics of each table) and the transactions committed in the database; on H2, only the
 * rows each table gained (a row inserted and deleted again, such as a job, does not show).
 */
final class TableWrites {

    private final JdbcTemplate jdbc;
    private final boolean postgres;
    private final Map<String, long[]> before;
    private final long commitsBefore;

    private TableWrites(JdbcTemplate jdbc, boolean postgres) {
        this.jdbc = jdbc;
        this.postgres = postgres;
        this.before = counts();
        this.commitsBefore = commits();
    }

    static TableWrites from(JdbcTemplate jdbc, boolean postgres) {
        return new TableWrites(jdbc, postgres);
    }

    /** Prints the tables written per unit (e.g. per filing) and returns {rows per unit, commits per unit}. */
    double[] print(String unit, long units) {
        if (postgres) {
            // the statistics of a transaction reach the shared counters within a second of its end
            sleep(1500);
        }
        Map<String, long[]> after = counts();
        long commits = commits() - commitsBefore;
        long total = 0;
        System.out.printf(Locale.ROOT, "  rows written per %s (%d %ss)%s:%n", unit, units, unit,
                postgres ? ", inserted / updated / deleted" : ", rows gained");
        for (Map.Entry<String, long[]> table : after.entrySet()) {
            long[] was = before.getOrDefault(table.getKey(), new long[3]);
            long[] now = table.getValue();
            long sum = 0;
            StringBuilder parts = new StringBuilder();
            for (int i = 0; i < now.length; i++) {
                long delta = now[i] - was[i];
                sum += delta;
                parts.append(i == 0 ? "" : " / ").append(String.format(Locale.ROOT, "%.1f", (double) delta / units));
            }
            if (sum != 0) {
                System.out.printf(Locale.ROOT, "    %-32s %s%n", table.getKey(), parts);
            }
            total += sum;
        }
        return new double[] {(double) total / units, postgres ? (double) commits / units : Double.NaN};
    }

    private Map<String, long[]> counts() {
        Map<String, long[]> counts = new LinkedHashMap<>();
        if (postgres) {
            jdbc.query("SELECT relname, n_tup_ins, n_tup_upd, n_tup_del FROM pg_stat_user_tables ORDER BY relname",
                    rs -> {
                        counts.put(rs.getString(1).toUpperCase(Locale.ROOT),
                                new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                    });
            return counts;
        }
        List<String> tables = jdbc.queryForList("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE "
                + "TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME", String.class);
        for (String table : tables) {
            counts.put(table, new long[] {jdbc.queryForObject("SELECT COUNT(*) FROM \"" + table + "\"", Long.class)});
        }
        return counts;
    }

    private long commits() {
        return postgres ? jdbc.queryForObject("SELECT xact_commit FROM pg_stat_database WHERE datname = "
                + "current_database()", Long.class) : 0;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
