package org.impexflow.administration;

import static org.impexflow.administration.ReferenceField.choice;
import static org.impexflow.administration.ReferenceField.key;
import static org.impexflow.administration.ReferenceField.optional;
import static org.impexflow.administration.ReferenceField.required;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.impexflow.administration.ReferenceField.Kind;
import org.impexflow.administration.ReferenceTable.Use;
import org.impexflow.establishment.EstablishmentType;
import org.impexflow.narcotics.NarcoticsOperators;
import org.impexflow.narcotics.Unit;
import org.impexflow.reference.Languages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reference lists ANSM's administrators keep on {@code /ansm/referentiel} besides the countries: the
 * importing countries' authorities, the establishments, the narcotics operators with their Managers,
 * prefilled lines and authorisations, the annual declarations' exceptional deadlines, the narcotic
 * medicines with their maximum prescription durations, and the destinations that require a certificate
 * from the traveller's country of residence. Every decision reads these tables when it is
 * taken: a change applies at once, on every node (nothing is cached).
 */
@Configuration
class ReferenceListsConfiguration {

    private static final String OPERATOR = "SELECT COUNT(*) FROM narcotics_operator o JOIN establishment e "
            + "ON e.id = o.establishment_id WHERE e.siret = ?";

    @Bean
    @Order(1)
    ReferenceTable importingAuthoritiesList(JdbcTemplate jdbc, ReferenceValues values, Clock clock) {
        return new ReferenceTable("autorites", "importing_authority", List.of(
                key("country_code", Kind.COUNTRY, 2),
                required("name", Kind.TEXT, 300),
                optional("address", Kind.TEXT, 500),
                required("email", Kind.EMAIL, 255),
                choice("language", false, List.of("fr", "en"))), jdbc, values, clock)
                .stamped("updated_at", true)
                .rule((row, errors, language) -> {
                    if ("FR".equals(row.get("country_code"))) {
                        errors.put("country_code", Languages.text(language, "refList.error.franceExports"));
                    }
                })
                .removable();
    }

    @Bean
    @Order(2)
    ReferenceTable establishmentsList(JdbcTemplate jdbc, ReferenceValues values, Clock clock) {
        return new ReferenceTable("etablissements", "establishment", List.of(
                key("id", Kind.ID, 0),
                optional("siret", Kind.SIRET, 14),
                required("name", Kind.TEXT, 200),
                choice("type", false, Arrays.stream(EstablishmentType.values()).map(Enum::name).toList()),
                required("address", Kind.TEXT, 300),
                required("postal_code", Kind.TEXT, 20),
                required("city", Kind.TEXT, 100),
                required("country_code", Kind.COUNTRY, 2)), jdbc, values, clock)
                .stamped("created_at", false)
                // the name as support's search reads it (accents and case aside), as Establishment keeps it
                .derived("search_name", row -> Languages.searchable(row.get("name")))
                .shown("accounts", "SELECT CAST(establishment_id AS VARCHAR(20)), user_id || ' (' || role || ')' "
                        + "FROM establishment_member ORDER BY user_id")
                .rule((row, errors, language) -> {
                    boolean france = "FR".equals(row.get("country_code"));
                    if (france && row.get("siret").isEmpty()) {
                        errors.put("siret", Languages.text(language, "refList.error.siretInFrance"));
                    } else if (!france && !row.get("siret").isEmpty()) {
                        errors.put("siret", Languages.text(language, "refList.error.siretAbroad"));
                    } else if (france && jdbc.queryForObject("SELECT COUNT(*) FROM establishment WHERE siret = ? "
                            + "AND id <> ?", Long.class, row.get("siret"),
                            row.get("id").isEmpty() ? -1L : Long.parseLong(row.get("id"))) > 0) {
                        errors.put("siret", Languages.text(language, "refList.error.siretTaken", row.get("siret")));
                    }
                });
    }

    @Bean
    @Order(3)
    ReferenceTable narcoticsOperatorsList(JdbcTemplate jdbc, ReferenceValues values, Clock clock) {
        return new ReferenceTable("stupefiants-operateurs", "narcotics_operator", List.of(
                key("siret", Kind.ESTABLISHMENT, 14).in("establishment_id"),
                required("registered_on", Kind.DATE, 0)), jdbc, values, clock)
                .removable(new Use("SELECT COUNT(*) FROM narcotics_manager WHERE establishment_id = ?",
                        "refList.error.usedByManagers"),
                        new Use("SELECT COUNT(*) FROM narcotics_item WHERE establishment_id = ?",
                                "refList.error.usedByItems"),
                        new Use("SELECT COUNT(*) FROM narcotics_authorisation WHERE establishment_id = ?",
                                "refList.error.usedByAuthorisations"),
                        new Use("SELECT COUNT(*) FROM annual_declaration WHERE establishment_id = ?",
                                "refList.error.usedByDeclarations"),
                        new Use("SELECT COUNT(*) FROM annual_declaration_check WHERE establishment_id = ?",
                                "refList.error.usedByDeclarations"));
    }

    @Bean
    @Order(4)
    ReferenceTable narcoticsManagersList(JdbcTemplate jdbc, ReferenceValues values, Clock clock) {
        return new ReferenceTable("stupefiants-managers", "narcotics_manager", List.of(
                key("user_id", Kind.ACCOUNT, 255),
                required("siret", Kind.ESTABLISHMENT, 14).in("establishment_id")), jdbc, values, clock)
                .rule(operator(jdbc))
                .rule((row, errors, language) -> {
                    if (!errors.containsKey("siret") && jdbc.queryForObject("SELECT COUNT(*) FROM establishment_member m "
                            + "JOIN establishment e ON e.id = m.establishment_id WHERE m.user_id = ? AND e.siret = ?",
                            Long.class, row.get("user_id"), row.get("siret")) == 0) {
                        errors.put("user_id", Languages.text(language, "refList.error.notMember", row.get("user_id"),
                                row.get("siret")));
                    }
                })
                .removable();
    }

    @Bean
    @Order(5)
    ReferenceTable narcoticsItemsList(JdbcTemplate jdbc, ReferenceValues values, Clock clock) {
        return new ReferenceTable("stupefiants-lignes", "narcotics_item", List.of(
                key("siret", Kind.ESTABLISHMENT, 14).in("establishment_id"),
                key("nds_number", Kind.CODE, 40),
                choice("kind", false, names(NarcoticsOperators.Kind.values())),
                required("name", Kind.TEXT, 300),
                optional("gtin", Kind.CODE, 14),
                optional("cas", Kind.CODE, 20),
                choice("unit", false, names(Unit.values())),
                required("position", Kind.NUMBER, 10000)), jdbc, values, clock)
                .rule(operator(jdbc))
                .rule((row, errors, language) -> {
                    if (!row.get("gtin").isEmpty() && !row.get("gtin").matches("\\d{8}|\\d{12,14}")) {
                        errors.put("gtin", Languages.text(language, "refList.error.gtin", row.get("gtin")));
                    }
                })
                .removable();
    }

    @Bean
    @Order(6)
    ReferenceTable narcoticsAuthorisationsList(JdbcTemplate jdbc, ReferenceValues values, Clock clock) {
        return new ReferenceTable("stupefiants-autorisations", "narcotics_authorisation", List.of(
                key("siret", Kind.ESTABLISHMENT, 14).in("establishment_id"),
                key("authorisation_number", Kind.CODE, 40),
                key("nds_number", Kind.CODE, 40),
                choice("direction", false, names(NarcoticsOperators.Direction.values())),
                required("quantity", Kind.QUANTITY, 0),
                required("used_on", Kind.DATE, 0)), jdbc, values, clock)
                .rule(operator(jdbc))
                .removable();
    }

    @Bean
    @Order(7)
    ReferenceTable annualDeadlinesList(JdbcTemplate jdbc, ReferenceValues values, Clock clock) {
        return new ReferenceTable("echeances", "annual_declaration_deadline", List.of(
                key("declared_year", Kind.NUMBER, 2999),
                required("due_date", Kind.DATE, 0),
                required("reason", Kind.TEXT, 500)), jdbc, values, clock)
                .rule((row, errors, language) -> {
                    int year = Integer.parseInt(row.get("declared_year"));
                    if (!LocalDate.parse(row.get("due_date")).isAfter(LocalDate.of(year, 12, 31))) {
                        errors.put("due_date", Languages.text(language, "refList.error.dueInYear", year));
                    }
                    campaignStarted(jdbc, year, errors, language);
                })
                .removable(new Use("SELECT COUNT(*) FROM annual_declaration WHERE declared_year = ?",
                        "refList.error.campaignStarted"));
    }

    @Bean
    @Order(8)
    ReferenceTable narcoticMedicinesList(JdbcTemplate jdbc, ReferenceValues values, Clock clock) {
        return new ReferenceTable("medicaments-stupefiants", "narcotic_medicine", List.of(
                key("code", Kind.CODE, 40),
                required("name", Kind.TEXT, 300),
                required("max_prescription_days", Kind.NUMBER, 365)), jdbc, values, clock)
                .removable(new Use("SELECT COUNT(*) FROM transport_attestation WHERE medicine_code = ?",
                        "refList.error.usedByAttestations"));
    }

    /**
     * Whether a destination requires a certificate from the patient's country of residence: the traveller's
     * attestation request reads it ({@code travellers.DestinationCertificates}); France is never a destination.
     */
    @Bean
    @Order(9)
    ReferenceTable destinationCertificatesList(JdbcTemplate jdbc, ReferenceValues values, Clock clock) {
        return new ReferenceTable("certificats-destination", "destination_certificate", List.of(
                key("country_code", Kind.COUNTRY, 2),
                choice("certificate", false, List.of("REQUIRED", "NOT_REQUIRED")),
                required("source", Kind.TEXT, 500)), jdbc, values, clock)
                .stamped("updated_at", true)
                .rule((row, errors, language) -> {
                    if ("FR".equals(row.get("country_code"))) {
                        errors.put("country_code", Languages.text(language, "refList.error.franceIsResidence"));
                    }
                })
                .removable();
    }

    /** The row's establishment ({@code siret}) must be a narcotics operator. */
    private static ReferenceTable.RowRule operator(JdbcTemplate jdbc) {
        return (row, errors, language) -> {
            if (jdbc.queryForObject(OPERATOR, Long.class, row.get("siret")) == 0) {
                errors.put("siret", Languages.text(language, "refList.error.notOperator", row.get("siret")));
            }
        };
    }

    /** A year's deadline is written into its declarations when its campaign opens: after that it no longer changes. */
    private static void campaignStarted(JdbcTemplate jdbc, int year, Map<String, String> errors, Locale language) {
        Long declarations = jdbc.queryForObject("SELECT COUNT(*) FROM annual_declaration WHERE declared_year = ?",
                Long.class, year);
        if (declarations != null && declarations > 0) {
            errors.put("declared_year", Languages.text(language, "refList.error.campaignStarted", declarations));
        }
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }
}
