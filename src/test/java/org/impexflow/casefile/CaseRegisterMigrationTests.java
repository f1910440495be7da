package org.impexflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.impexflow.support.LocalPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V23 moves every case into {@code case_file}: a database at V22 with one case of each kind (whose ids
 * collide), their events, files, imports, stocks and verification codes is migrated, and nothing is
 * lost or left pointing at another case. On H2, and on PostgreSQL when tools/postgres/start.sh runs one
 * on 127.0.0.1 (database {@code impexflow_migration}, created by that script).
 */
class CaseRegisterMigrationTests {

    @Test
    void anH2DatabaseAtV22IsMigratedWithoutLosingACase() throws Exception {
        SingleConnectionDataSource h2 = new SingleConnectionDataSource(
                "jdbc:h2:mem:kernel-migration;DB_CLOSE_DELAY=-1", "sa", "", true);
        migrateAndCheck(h2, "h2");
    }

    @Test
    void aPostgresqlDatabaseAtV22IsMigratedWithoutLosingACase() throws Exception {
        SingleConnectionDataSource postgres = LocalPostgres.database("impexflow_migration");
        Flyway.configure().dataSource(postgres).cleanDisabled(false).load().clean();
        migrateAndCheck(postgres, "postgresql");
    }

    private static void migrateAndCheck(DataSource database, String vendor) {
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("22").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        jdbc.update("INSERT INTO establishment (id, name, type, address, postal_code, city, country_code, created_at, "
                + "search_name) VALUES (7, 'Labo', 'MANUFACTURER', '1 rue', '75001', 'Paris', 'FR', CURRENT_TIMESTAMP, 'labo')");
        jdbc.update("INSERT INTO narcotics_operator (establishment_id, registered_on) VALUES (7, CURRENT_DATE)");
        for (int id = 1; id <= 2; id++) {
            jdbc.update("INSERT INTO export_declaration (id, declaration_number, declaration_type, establishment_id, "
                    + "declarant_email, filed_by, medicine_name, active_substances, strength, pharmaceutical_form, "
                    + "presentation, route_of_administration, therapeutic_indications, has_french_ma, release_country, "
                    + "destination_country, importer_name, importer_address, no_ma_reason, contains_animal_origin, "
                    + "status, filed_at, decided_at, decision_comment, in_force, process_instance_id, version, search_text) "
                    + "VALUES (?, ?, ?, 7, 'd@labo.fr', 'd@labo.fr', 'Artésunate', 'a', '50 mg', 'comprimé', 'p', 'orale', "
                    + "'t', TRUE, 'FR', 'SN', 'Imp', 'Dakar', 'NOT_MARKETED', FALSE, ?, TIMESTAMP '2025-01-0" + id
                    + " 10:00:00', TIMESTAMP '2025-01-05 10:00:00', 'vu', ?, 'pi-e" + id + "', 3, 'x')",
                    id, "2025-01-000" + id, id == 1 ? "DEI" : "DEC", "VALIDATED", id == 2);
        }
        jdbc.update("UPDATE export_declaration SET superseded_by_id = 2 WHERE id = 1");
        jdbc.update("INSERT INTO declaration_amendment (declaration_id, amended_declaration_id) VALUES (2, 1)");
        jdbc.update("INSERT INTO declaration_event (declaration_id, kind, status, occurred_at, actor, detail) "
                + "VALUES (2, 'VALIDATED', 'VALIDATED', TIMESTAMP '2025-01-06 09:00:00', 'rev', 'ok')");
        jdbc.update("INSERT INTO authority_transmission (declaration_id, channel, recipient_name, transmitted_at) "
                + "VALUES (2, 'EMAIL', 'Autorité', CURRENT_TIMESTAMP)");
        jdbc.update("INSERT INTO import_authorisation (id, authorisation_number, establishment_id, declarant_email, "
                + "provenance_country, origin_country, medicine_name, active_substances, pharmaceutical_form, strength, "
                + "route_of_administration, quantity_mode, quantity, quantity_unit, planned_operations, purpose, "
                + "manufacturer, release_site, status, filed_at, decided_at, valid_until, search_text, version) VALUES "
                + "(1, 'AI-2025-01-0001', 7, 'd@labo.fr', 'DE', 'DE', 'Morphine', 'm', 'forme', '10 mg', 'orale', 'TOTAL', "
                + "100, 'boîtes', 2, 'MARKET', 'Fab', 'Site', 'GRANTED', TIMESTAMP '2025-01-02 10:00:00', "
                + "TIMESTAMP '2025-01-03 10:00:00', DATE '2026-01-03', 'ai', 0)");
        jdbc.update("INSERT INTO import_authorisation_event (authorisation_id, kind, status, occurred_at, actor) "
                + "VALUES (1, 'GRANTED', 'GRANTED', TIMESTAMP '2025-01-03 10:00:00', 'rev')");
        jdbc.update("INSERT INTO import_operation (authorisation_id, quantity, imported_on, recorded_at, recorded_by) "
                + "VALUES (1, 40, DATE '2025-02-01', CURRENT_TIMESTAMP, 'd@labo.fr')");
        jdbc.update("INSERT INTO attachment (id, reference, file_name, content_type, size_bytes, sha256, content, "
                + "uploaded_at, import_authorisation_id) VALUES ('a1', 'R1', 'ai.pdf', 'application/pdf', 1, 'h', "
                + "?, CURRENT_TIMESTAMP, 1)", (Object) new byte[] {0x25});
        jdbc.update("INSERT INTO verification_code (code, subject_type, subject_id, issued_at) VALUES "
                + "('CODEAI', 'IMPORT_AUTHORISATION', 1, CURRENT_TIMESTAMP), "
                + "('CODEDE', 'EXPORT_DECLARATION', 1, CURRENT_TIMESTAMP), "
                + "('CODEAT', 'TRANSPORT_ATTESTATION', 1, CURRENT_TIMESTAMP)");
        jdbc.update("INSERT INTO annual_declaration (id, establishment_id, declared_year, status, due_date, late, "
                + "opened_at, submission_round, version) VALUES (1, 7, 2024, 'ACCEPTED', DATE '2025-04-15', FALSE, "
                + "TIMESTAMP '2025-01-01 00:00:00', 1, 0)");
        jdbc.update("INSERT INTO annual_declaration_stock (declaration_id, nds_number, closing_stock) VALUES (1, 'N1', 5)");
        jdbc.update("INSERT INTO transport_attestation (id, attestation_number, last_name, first_name, birth_date, "
                + "residence_address, email, language, destination_country, departure_date, return_date, medicine_code, "
                + "daily_dose, quantity_days, prescriber, prescription_name, prescription_type, prescription, status, "
                + "filed_at, version) VALUES (1, 'AT-2025-01-0001', 'Dupont', 'Léa', DATE '1980-01-01', 'Paris', "
                + "'l@x.fr', 'fr', 'US', DATE '2025-03-01', DATE '2025-03-10', 'OXYCODONE', '1/j', 10, 'Dr', 'o.pdf', "
                + "'application/pdf', ?, 'ISSUED', TIMESTAMP '2025-01-04 10:00:00', 0)", (Object) new byte[] {0x25});

        // as the application configures Flyway: the common migrations and its database's own (application.yml)
        Flyway.configure().dataSource(database).locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .load().migrate();

        List<Map<String, Object>> cases = jdbc.queryForList(
                "SELECT id, kind, case_number, status, in_force, replaced_by_id, establishment_id FROM case_file ORDER BY id");
        assertThat(cases).extracting(c -> c.get("kind")).containsExactly("EXPORT_DECLARATION", "EXPORT_DECLARATION",
                "IMPORT_AUTHORISATION", "ANNUAL_DECLARATION", "TRANSPORT_ATTESTATION");
        assertThat(cases).extracting(c -> ((Number) c.get("id")).longValue()).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(cases.get(0).get("replaced_by_id")).isEqualTo(2L);
        assertThat(cases).extracting(c -> c.get("in_force")).containsExactly(false, true, true, true, true);
        assertThat(jdbc.queryForList("SELECT amended_case_id FROM case_amendment WHERE case_id = 2", Long.class))
                .containsExactly(1L);
        assertThat(jdbc.queryForObject("SELECT status_since FROM case_file WHERE id = 2", java.sql.Timestamp.class)
                .toInstant()).isEqualTo(java.time.Instant.parse("2025-01-06T09:00:00Z"));
        // the medicine is the case's subject (V25_1), kept once (V27_1)
        assertThat(jdbc.queryForMap("SELECT subject, subject_strength, subject_form FROM case_file WHERE id = 2"))
                .containsEntry("SUBJECT", "Artésunate").containsEntry("SUBJECT_STRENGTH", "50 mg")
                .containsEntry("SUBJECT_FORM", "comprimé");
        assertThat(jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE LOWER(table_name) IN "
                + "('export_declaration', 'import_authorisation') AND LOWER(column_name) = 'medicine_name'")).isEmpty();
        assertThat(jdbc.queryForObject("SELECT quantity FROM import_authorisation WHERE id = 3", Long.class))
                .isEqualTo(100L);
        assertThat(jdbc.queryForObject("SELECT authorisation_id FROM import_operation", Long.class)).isEqualTo(3L);
        assertThat(jdbc.queryForList("SELECT case_id || ' ' || case_kind || ' ' || kind || ' ' || actor FROM case_event "
                + "ORDER BY id", String.class)).containsExactly("2 EXPORT_DECLARATION VALIDATED rev",
                        "3 IMPORT_AUTHORISATION GRANTED rev");
        assertThat(jdbc.queryForObject("SELECT import_authorisation_id FROM attachment", Long.class)).isEqualTo(3L);
        assertThat(jdbc.queryForObject("SELECT declaration_id FROM annual_declaration_stock", Long.class))
                .isEqualTo(4L);
        assertThat(jdbc.queryForObject("SELECT declared_year FROM annual_declaration WHERE id = 4", Integer.class))
                .isEqualTo(2024);
        assertThat(jdbc.queryForObject("SELECT due_at FROM case_file WHERE id = 4", java.sql.Timestamp.class)
                .toInstant()).isEqualTo(java.time.Instant.parse("2025-04-15T22:00:00Z"));
        assertThat(jdbc.queryForObject("SELECT last_name FROM transport_attestation WHERE id = 5", String.class))
                .isEqualTo("Dupont");
        assertThat(jdbc.queryForMap("SELECT * FROM verification_code WHERE code = 'CODEAI'").get("subject_id"))
                .isEqualTo(3L);
        assertThat(jdbc.queryForObject("SELECT subject_id FROM verification_code WHERE code = 'CODEDE'", Long.class))
                .isEqualTo(1L);
        assertThat(jdbc.queryForObject("SELECT subject_id FROM verification_code WHERE code = 'CODEAT'", Long.class))
                .isEqualTo(5L);
        assertThat(jdbc.queryForObject("SELECT declaration_id FROM authority_transmission", Long.class)).isEqualTo(2L);
        // the identity goes on above the ids taken over
        jdbc.update("INSERT INTO case_file (kind, status, status_since, filed_at, in_force, version) "
                + "VALUES ('TRANSPORT_ATTESTATION', 'FILED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, FALSE, 0)");
        assertThat(jdbc.queryForObject("SELECT MAX(id) FROM case_file", Long.class)).isEqualTo(6L);

        // the reference data's audit log refuses changes and removals in the database itself (V31 of each vendor)
        jdbc.update("INSERT INTO reference_change (changed_at, changed_by, subject, subject_key, reason) "
                + "VALUES (CURRENT_TIMESTAMP, 'admin', 'importing_authority', 'SN', 'Essai')");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("UPDATE reference_change SET reason = 'x'"))
                .rootCause().hasMessageContaining("append-only: UPDATE refused");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("DELETE FROM reference_change"))
                .rootCause().hasMessageContaining("append-only: DELETE refused");
        if (vendor.equals("postgresql")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("TRUNCATE reference_change"))
                    .rootCause().hasMessageContaining("append-only: TRUNCATE refused");
        }
        assertThat(jdbc.queryForObject("SELECT reason FROM reference_change", String.class)).isEqualTo("Essai");
    }
}
