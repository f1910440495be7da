package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Rewrites one column of a table's rows with a value computed in Java from what each row holds, in
 * batches of updates, for the Java migrations (on H2 and PostgreSQL alike). Not a migration itself:
 * Flyway runs only the classes that implement its {@code JavaMigration}.
 */
final class BatchedRowUpdate {

    /** The new value of a row read by the query, or null to leave the row as it is. */
    @FunctionalInterface
    interface NewValue {
        String of(ResultSet row) throws SQLException;
    }

    private BatchedRowUpdate() {
    }

    /**
     * For each row of {@code query} (whose first column is the row's id), sets {@code column} of
     * {@code table} to the row's new value, {@code batch} updates at a time; the query's rows are
     * fetched {@code fetchSize} at a time (1 where a row holds a file).
     */
    static void run(Connection connection, String query, String table, String column, int fetchSize, int batch,
            NewValue newValue) throws SQLException {
        try (Statement read = connection.createStatement();
                PreparedStatement write = connection.prepareStatement(
                        "UPDATE " + table + " SET " + column + " = ? WHERE id = ?")) {
            read.setFetchSize(fetchSize);
            int pending = 0;
            try (ResultSet rows = read.executeQuery(query)) {
                while (rows.next()) {
                    String value = newValue.of(rows);
                    if (value == null) {
                        continue;
                    }
                    write.setString(1, value);
                    write.setObject(2, rows.getObject(1));
                    write.addBatch();
                    if (++pending == batch) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }
}
