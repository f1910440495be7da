package db.migration;

import java.sql.Connection;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.impexflow.attachment.Attachments;
import org.impexflow.attachment.FileType;
import org.impexflow.attachment.FileTypes;

/**
 * Every stored file keeps its SHA-256 and the type found by its content (docs/security.md, "Files"): the
 * submitted JARE workbooks ({@code annual_declaration.workbook_sha256}) and the travellers' prescriptions
 * ({@code transport_attestation.prescription_sha256}) get their hash, computed here for the rows that
 * hold bytes; the attachments (which had their hash already) get the type of their content, or
 * {@code application/octet-stream} when their content is of no type accepted now, whatever type was
 * claimed when they were stored. Hashes and types are computed in Java, the same code that writes new
 * rows, on H2 and PostgreSQL alike; rows are read one at a time.
 */
public class V25__File_hashes_and_detected_types extends BaseJavaMigration {

    private static final int BATCH = 100;
    private static final String UNKNOWN = "application/octet-stream";

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE annual_declaration ADD COLUMN workbook_sha256 VARCHAR(64)");
            statement.execute("ALTER TABLE transport_attestation ADD COLUMN prescription_sha256 VARCHAR(64)");
        }
        hash(connection, "annual_declaration", "workbook", "workbook_sha256");
        hash(connection, "transport_attestation", "prescription", "prescription_sha256");
        detectTypes(connection);
    }

    private static void hash(Connection connection, String table, String content, String target) throws Exception {
        BatchedRowUpdate.run(connection, "SELECT id, " + content + " FROM " + table + " WHERE " + content
                + " IS NOT NULL", table, target, 1, BATCH, row -> Attachments.sha256(row.getBytes(2)));
    }

    private static void detectTypes(Connection connection) throws Exception {
        BatchedRowUpdate.run(connection, "SELECT id, content_type, content FROM attachment", "attachment",
                "content_type", 1, BATCH, row -> {
                    String detected = FileTypes.detect(row.getBytes(3)).map(FileType::mediaType).orElse(UNKNOWN);
                    return detected.equals(row.getString(2)) ? null : detected;
                });
    }
}
