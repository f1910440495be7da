package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;

import org.flywaydb.core.Flyway;
import org.impexflow.support.RealFiles;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * V25 on a database that holds files already: the workbooks and prescriptions get their SHA-256, the
 * attachments the type of their content, whatever was claimed when they were stored.
 */
class FileHashesMigrationTests {

    @Test
    void storedFilesGetTheirHashAndTheTypeOfTheirContent() throws Exception {
        SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:files-migration;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("22").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO establishment (id, siret, name, search_name, type, address, postal_code, city, "
                + "country_code, created_at) VALUES (1, '42112345600012', 'Labo', 'labo', 'LABORATORY', '1 rue', "
                + "'75001', 'Paris', 'FR', ?)", now);
        jdbc.update("INSERT INTO narcotics_operator (establishment_id, registered_on) VALUES (1, DATE '2020-01-01')");
        byte[] workbook = RealFiles.xlsx();
        jdbc.update("INSERT INTO annual_declaration (id, establishment_id, declared_year, status, due_date, late, "
                + "opened_at, submission_round, workbook_name, workbook, version) VALUES (1, 1, 2024, 'SUBMITTED', "
                + "DATE '2025-04-15', FALSE, ?, 1, 'JARE.xlsx', ?, 0)", now, workbook);
        jdbc.update("INSERT INTO annual_declaration (id, establishment_id, declared_year, status, due_date, late, "
                + "opened_at, submission_round, version) VALUES (2, 1, 2025, 'OPEN', DATE '2026-02-15', FALSE, ?, 0, 0)",
                now);
        byte[] prescription = RealFiles.jpeg();
        jdbc.update("INSERT INTO transport_attestation (id, attestation_number, last_name, first_name, birth_date, "
                + "residence_address, email, language, destination_country, departure_date, return_date, "
                + "medicine_code, daily_dose, quantity_days, prescriber, prescription_name, prescription_type, "
                + "prescription, status, filed_at, version) VALUES (1, 'AT-2025-0001', 'Martin', 'Alice', "
                + "DATE '1980-05-17', 'Lyon', 'a@test.example', 'fr', 'TH', DATE '2026-01-10', DATE '2026-01-20', "
                + "'OXYCODONE', '2 cp', 10, 'Dr X', 'ordonnance.jpg', 'image/jpeg', ?, 'FILED', ?, 0)",
                prescription, now);
        attachment(jdbc, "a1", "certificat.pdf", "application/pdf", RealFiles.exe());
        attachment(jdbc, "a2", "scan.png", "application/octet-stream", RealFiles.png());
        attachment(jdbc, "a3", "lettre.pdf", "application/pdf", RealFiles.pdf());

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        assertThat(jdbc.queryForList("SELECT workbook_sha256 FROM annual_declaration ORDER BY id", String.class))
                .containsExactly(sha256(workbook), null);
        assertThat(jdbc.queryForObject("SELECT prescription_sha256 FROM transport_attestation", String.class))
                .isEqualTo(sha256(prescription));
        assertThat(jdbc.queryForList("SELECT content_type FROM attachment ORDER BY id", String.class))
                .as("a program named .pdf is no longer served as a PDF")
                .containsExactly("application/octet-stream", "image/png", "application/pdf");
        jdbc.execute("DROP ALL OBJECTS");
    }

    private static void attachment(JdbcTemplate jdbc, String id, String name, String type, byte[] content)
            throws Exception {
        jdbc.update("INSERT INTO attachment (id, reference, file_name, content_type, size_bytes, sha256, content, "
                + "uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, "PJ-" + id, name, type, content.length,
                sha256(content), content, Timestamp.from(Instant.now()));
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
