package db.migration;

import java.sql.Connection;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.impexflow.casefile.SearchText;

/**
 * Searches find a text whatever its accents and case ("artesunate" finds "Artésunate") on H2 and
 * PostgreSQL alike: the cases' {@code search_text} is stored without accents, and the establishments
 * get {@code search_name}. The text is normalised in Java ({@link SearchText#normalise}), the same
 * code that writes new rows, as neither database strips accents without an extension.
 */
public class V22__Accent_free_search extends BaseJavaMigration {

    private static final int BATCH = 1_000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE establishment ADD COLUMN search_name VARCHAR(200)");
        }
        normalise(connection, "establishment", "name", "search_name");
        normalise(connection, "export_declaration", "search_text", "search_text");
        normalise(connection, "import_authorisation", "search_text", "search_text");
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE establishment ALTER COLUMN search_name SET NOT NULL");
        }
    }

    /** Writes the normalised {@code source} into {@code target} where they differ, in batches. */
    private static void normalise(Connection connection, String table, String source, String target)
            throws Exception {
        boolean same = source.equals(target);
        BatchedRowUpdate.run(connection, "SELECT id, " + source + (same ? "" : ", " + target) + " FROM " + table,
                table, target, BATCH, BATCH, row -> {
                    String normalised = SearchText.normalise(row.getString(2));
                    return normalised.equals(row.getString(same ? 2 : 3)) ? null : normalised;
                });
    }
}
