package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The second half of V23 (one case register): the processes under way and their history hold a case's
 * id in a variable ({@code authorisationId}, {@code annualDeclarationId}, {@code attestationId}, and the
 * prescription's link): they get the case's new id. Then the annual declarations' deadline is written
 * to {@code case_file.due_at}, {@code case_file}'s identity restarts above the ids taken over, and the
 * id map goes. The engine's tables are absent from a database it has not yet started on: nothing to do then.
 */
public class V23_1__Case_ids_in_processes extends BaseJavaMigration {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Pattern PRESCRIPTION_URL = Pattern.compile("(.*/ansm/voyageurs/attestations/)(\\d+)(/ordonnance)");

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        for (String[] variable : new String[][] {{"import_authorisation", "authorisationId"},
                {"annual_declaration", "annualDeclarationId"}, {"transport_attestation", "attestationId"}}) {
            Map<Long, Long> ids = ids(connection, variable[0]);
            if (ids.isEmpty()) {
                continue;
            }
            if (exists(connection, "ACT_RU_VARIABLE")) {
                remapLong(connection, "ACT_RU_VARIABLE", "TYPE_", variable[1], ids);
            }
            if (exists(connection, "ACT_HI_VARINST")) {
                remapLong(connection, "ACT_HI_VARINST", "VAR_TYPE_", variable[1], ids);
            }
            if (variable[0].equals("transport_attestation")) {
                for (String table : new String[] {"ACT_RU_VARIABLE", "ACT_HI_VARINST"}) {
                    if (exists(connection, table)) {
                        remapUrl(connection, table, ids);
                    }
                }
            }
        }
        dueDates(connection);
        long next;
        try (Statement statement = connection.createStatement();
                ResultSet max = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM case_file")) {
            max.next();
            next = max.getLong(1);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE case_file ALTER COLUMN id RESTART WITH " + next);
            statement.execute("DROP TABLE case_id_map");
        }
    }

    private static Map<Long, Long> ids(Connection connection, String table) throws Exception {
        Map<Long, Long> ids = new HashMap<>();
        try (PreparedStatement read = connection.prepareStatement(
                "SELECT old_id, case_id FROM case_id_map WHERE old_table = ? AND old_id <> case_id")) {
            read.setString(1, table);
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getLong(1), rows.getLong(2));
                }
            }
        }
        return ids;
    }

    private static boolean exists(Connection connection, String table) throws Exception {
        DatabaseMetaData metaData = connection.getMetaData();
        for (String name : new String[] {table, table.toLowerCase()}) {
            try (ResultSet tables = metaData.getTables(null, null, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void remapLong(Connection connection, String table, String typeColumn, String name,
            Map<Long, Long> ids) throws Exception {
        Map<String, Long> rows = new HashMap<>();
        try (PreparedStatement read = connection.prepareStatement("SELECT ID_, LONG_ FROM " + table + " WHERE NAME_ = ? AND "
                + typeColumn + " = 'long' AND LONG_ IS NOT NULL")) {
            read.setString(1, name);
            try (ResultSet found = read.executeQuery()) {
                while (found.next()) {
                    Long to = ids.get(found.getLong(2));
                    if (to != null) {
                        rows.put(found.getString(1), to);
                    }
                }
            }
        }
        try (PreparedStatement write = connection.prepareStatement(
                "UPDATE " + table + " SET LONG_ = ?, TEXT_ = ? WHERE ID_ = ?")) {
            for (Map.Entry<String, Long> row : rows.entrySet()) {
                write.setLong(1, row.getValue());
                write.setString(2, row.getValue().toString());
                write.setString(3, row.getKey());
                write.addBatch();
            }
            write.executeBatch();
        }
    }

    private static void remapUrl(Connection connection, String table, Map<Long, Long> ids) throws Exception {
        Map<String, String> rows = new HashMap<>();
        try (PreparedStatement read = connection.prepareStatement(
                "SELECT ID_, TEXT_ FROM " + table + " WHERE NAME_ = 'prescriptionUrl' AND TEXT_ IS NOT NULL")) {
            try (ResultSet found = read.executeQuery()) {
                while (found.next()) {
                    Matcher url = PRESCRIPTION_URL.matcher(found.getString(2));
                    if (url.matches() && ids.containsKey(Long.parseLong(url.group(2)))) {
                        rows.put(found.getString(1), url.group(1) + ids.get(Long.parseLong(url.group(2))) + url.group(3));
                    }
                }
            }
        }
        try (PreparedStatement write = connection.prepareStatement("UPDATE " + table + " SET TEXT_ = ? WHERE ID_ = ?")) {
            for (Map.Entry<String, String> row : rows.entrySet()) {
                write.setString(1, row.getValue());
                write.setString(2, row.getKey());
                write.addBatch();
            }
            write.executeBatch();
        }
    }

    /** An annual declaration is due at the start of the day after its due date, Paris time (AnnualDeadlines). */
    private static void dueDates(Connection connection) throws Exception {
        Map<Long, LocalDate> dates = new HashMap<>();
        try (Statement read = connection.createStatement();
                ResultSet rows = read.executeQuery("SELECT id, due_date FROM annual_declaration")) {
            while (rows.next()) {
                dates.put(rows.getLong(1), rows.getObject(2, LocalDate.class));
            }
        }
        try (PreparedStatement write = connection.prepareStatement("UPDATE case_file SET due_at = ? WHERE id = ?")) {
            for (Map.Entry<Long, LocalDate> row : dates.entrySet()) {
                write.setObject(1, row.getValue().plusDays(1).atStartOfDay(PARIS).toOffsetDateTime());
                write.setLong(2, row.getKey());
                write.addBatch();
            }
            write.executeBatch();
        }
    }
}
