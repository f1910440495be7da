package org.impexflow.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.impexflow.account.Accounts;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.EstablishmentType;
import org.impexflow.establishment.Establishments;
import org.impexflow.narcotics.NarcoticsOperators;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TestEstablishments;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 19: the reference lists of ANSM's administrators besides the countries: who opens them, a row
 * added and changed with its reason in the audit log, refusals naming their field with nothing stored,
 * the CSV export and its load all or nothing, the rules of each list, and an audit log nobody edits.
 */
@ImpexflowSpringTest
class ReferenceListPageTests {

    static final String ROOT = "/ansm/referentiel";
    static final String AUTHORITIES = ROOT + "/autorites";

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Establishments establishments;
    @Autowired
    NarcoticsOperators operators;
    @Autowired
    ReferenceChanges changes;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void onlyReferenceAdministratorsAndCamundaAdminOpenTheLists() {
        WebSession anonymous = new WebSession("http://127.0.0.1:" + port);
        assertThat(anonymous.get(AUTHORITIES).redirectsTo("/login")).isTrue();
        for (String group : List.of("declarants", "ansm-reviewers", "ansm-support", "ansm-narcotics",
                "process-analysts")) {
            WebSession session = TestAccounts.loggedIn(port, accounts, "someone", group);
            for (String path : List.of(ROOT, AUTHORITIES, AUTHORITIES + ".csv", ROOT + "/etablissements")) {
                assertThat(session.get(path).status()).as(group + " " + path).isEqualTo(403);
            }
            assertThat(session.submit("/verification", AUTHORITIES, row("ZW", "X", "", "x@y.example", "en", "Motif"))
                    .status()).as(group + " posts").isEqualTo(403);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM importing_authority WHERE country_code = 'ZW'",
                Long.class)).isZero();
        WebSession camundaAdmin = TestAccounts.loggedIn(port, accounts, "admin", "camunda-admin");
        assertThat(camundaAdmin.get(AUTHORITIES).status()).isEqualTo(200);
        assertThat(camundaAdmin.get("/verification").body()).as("the header links to the index")
                .contains("href=\"" + ROOT + "\"", "Référentiels");
    }

    @Test
    void anAdministratorLandsOnTheIndexWhichLinksEveryListInFrenchAndEnglish() {
        WebSession admin = administrator();
        assertThat(admin.get("/accueil").redirectsTo(ROOT)).isTrue();
        String index = admin.get(ROOT).body();
        assertThat(index).contains("Pays et appartenances", "Autorités des pays importateurs", "Établissements",
                "Opérateurs de stupéfiants", "Gestionnaires des opérateurs", "Lignes préremplies des opérateurs",
                "Autorisations d&#39;importation et d&#39;exportation de stupéfiants",
                "Dates limites exceptionnelles de la déclaration annuelle", "Médicaments stupéfiants");
        for (String slug : List.of("pays", "autorites", "etablissements", "stupefiants-operateurs",
                "stupefiants-managers", "stupefiants-lignes", "stupefiants-autorisations", "echeances",
                "medicaments-stupefiants")) {
            assertThat(index).contains("href=\"" + ROOT + "/" + slug + "\"");
            WebSession.Page page = admin.get(ROOT + "/" + slug);
            assertThat(page.status()).as(slug).isEqualTo(200);
            assertThat(page.body()).as(slug).contains("Motif du changement", "Exporter (CSV)");
        }
        assertThat(admin.get(AUTHORITIES + "?lang=en").body()).contains("Importing countries&#39; authorities",
                "Reason for the change", "Language");
        WebSession.Page unknown = admin.get(ROOT + "/inconnue");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("impexflow").doesNotContain("Whitelabel");
    }

    @Test
    void anAuthorityAddedThenChangedWithItsReasonsIsLoggedWithWhoWhenBeforeAfterWhy() {
        String who = TestAccounts.person(accounts, "referentiel", "ansm-admins");
        WebSession admin = TestAccounts.loggedIn(port, who);
        WebSession.Page added = admin.submit(AUTHORITIES, AUTHORITIES, row("LR", "Liberia Medicines Authority",
                "Monrovia", "lmhra@lr.example", "en", "Nouvelle autorité"));
        assertThat(added.status()).isEqualTo(302);
        assertThat(admin.get(AUTHORITIES + "?q=MONROVIA").body()).as("searchable by any field, case ignored")
                .contains("Ligne enregistrée.", "Liberia Medicines Authority", "lmhra@lr.example", "anglais");
        WebSession.Page changed = admin.submit(AUTHORITIES, AUTHORITIES, row("lr", "Liberia Medicines and Health Products Regulatory Authority",
                "Monrovia", "LMHRA@lr.example", "fr", "Nom complet"));
        assertThat(changed.status()).isEqualTo(302);
        assertThat(jdbc.queryForMap("SELECT name, email, language FROM importing_authority WHERE country_code = 'LR'"))
                .containsEntry("NAME", "Liberia Medicines and Health Products Regulatory Authority")
                .containsEntry("EMAIL", "lmhra@lr.example")
                .containsEntry("LANGUAGE", "fr");
        List<ReferenceChange> log = changes.findBySubjectAndSubjectKeyOrderByIdAsc("importing_authority", "LR");
        assertThat(log).hasSize(2);
        assertThat(log.get(0).getBeforeValue()).isNull();
        assertThat(log.get(0).getChangedBy()).isEqualTo(who);
        assertThat(log.get(1).getBeforeValue()).isEqualTo(log.get(0).getAfterValue()).contains("language=en");
        assertThat(log.get(1).getAfterValue()).contains("name=Liberia Medicines and Health Products Regulatory Authority", "language=fr");
        assertThat(log.get(1).getReason()).isEqualTo("Nom complet");
        assertThat(admin.get(AUTHORITIES).body()).as("the page shows its log").contains("Nom complet", who);
        assertThat(admin.submit(AUTHORITIES, AUTHORITIES, row("LR", "Liberia Medicines and Health Products Regulatory Authority",
                "Monrovia", "lmhra@lr.example", "fr", "Sans changement")).status()).isEqualTo(302);
        assertThat(changes.findBySubjectAndSubjectKeyOrderByIdAsc("importing_authority", "LR"))
                .as("a row saved as it was changes nothing and logs nothing").hasSize(2);
    }

    @Test
    void eachRefusalNamesItsFieldAndStoresNothing() {
        WebSession admin = administrator();
        assertRefused(admin, row("ZZ", "Nom", "", "a@b.example", "fr", "Motif"), "country_code-error",
                "Pays (code ISO) : ZZ n&#39;est pas un pays connu.");
        assertRefused(admin, row("ZM", "", "", "a@b.example", "fr", "Motif"), "name-error", "Nom : obligatoire.");
        assertRefused(admin, row("FR", "Ministère", "", "a@b.example", "fr", "Motif"), "country_code-error",
                "d&#39;où partent les exportations");
        assertRefused(admin, row("ZM", "Nom", "", "pas une adresse", "fr", "Motif"), "email-error",
                "Courriel : adresse électronique invalide");
        assertRefused(admin, row("ZM", "Nom", "", "a@b.example", "de", "Motif"), "language-error",
                "Langue : une valeur parmi fr, en.");
        assertRefused(admin, row("ZM", "Nom", "", "a@b.example", "fr", " "), "reason-error",
                "Motif du changement : obligatoire.");
        assertRefused(admin, row("ZM", "N".repeat(301), "", "a@b.example", "fr", "Motif"), "name-error",
                "Nom : au plus 300 caractères.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM importing_authority WHERE country_code IN ('ZZ', 'ZM', 'FR')",
                Long.class)).isZero();
        assertThat(changes.findBySubjectAndSubjectKeyOrderByIdAsc("importing_authority", "ZM")).isEmpty();
    }

    @Test
    void theExportLoadsBackUnchangedAndAFileWithOneBadLineIsRefusedWhole() {
        WebSession admin = administrator();
        byte[] exported = admin.download(AUTHORITIES + ".csv");
        String text = new String(exported, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFcountry_code;name;address;email;language\r\n").contains("\r\nSN;");
        WebSession.Page reloaded = upload(admin, AUTHORITIES, text, "Relecture de l'export");
        assertThat(reloaded.status()).isEqualTo(302);
        assertThat(admin.get(AUTHORITIES).body()).contains("Fichier chargé : 0 ligne(s) ajoutée(s) ou modifiée(s)");

        String file = "country_code;name;address;email;language\r\n"
                + "ZA;South African Health Products Regulatory Authority;Pretoria;sahpra@za.example;en\r\n"
                + "KE;Pharmacy and Poisons Board;Nairobi;ppb@ke.example;sw\r\n"
                + "UG;National Drug Authority;Kampala;pas-une-adresse;en\r\n";
        WebSession.Page refused = upload(admin, AUTHORITIES, file, "Reprise des autorités");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Fichier refusé : rien n&#39;a été enregistré.",
                "Ligne 3, colonne language : Langue : une valeur parmi fr, en.",
                "Ligne 4, colonne email : Courriel : adresse électronique invalide (pas-une-adresse).");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM importing_authority WHERE country_code IN ('ZA', 'KE', 'UG')",
                Long.class)).as("not even the good line").isZero();

        WebSession.Page loaded = upload(admin, AUTHORITIES, file.replace(";sw\r\n", ";en\r\n")
                .replace("pas-une-adresse", "nda@ug.example"), "Reprise des autorités");
        assertThat(loaded.status()).isEqualTo(302);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM importing_authority WHERE country_code IN ('ZA', 'KE', 'UG')",
                Long.class)).isEqualTo(3);
        assertThat(changes.findBySubjectAndSubjectKeyOrderByIdAsc("importing_authority", "KE")).singleElement()
                .satisfies(c -> assertThat(c.getReason()).isEqualTo("Reprise des autorités"));
    }

    @Test
    void aValueASpreadsheetWouldRunAsAFormulaIsExportedAsTextAndLoadsBackAsItWas() {
        WebSession admin = administrator();
        assertThat(admin.submit(AUTHORITIES, AUTHORITIES, row("BW", "=HYPERLINK(\"http://evil.example\";\"x\")",
                "-Gaborone", "bw@bw.example", "en", "Essai")).status()).isEqualTo(302);
        String csv = new String(admin.download(AUTHORITIES + ".csv"), StandardCharsets.UTF_8);
        assertThat(csv).contains("BW;\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"x\"\")\";'-Gaborone;bw@bw.example;en")
                .doesNotContain(";=HYPERLINK");
        assertThat(upload(admin, AUTHORITIES, csv, "Relecture").status()).isEqualTo(302);
        assertThat(jdbc.queryForMap("SELECT name, address FROM importing_authority WHERE country_code = 'BW'"))
                .containsEntry("NAME", "=HYPERLINK(\"http://evil.example\";\"x\")").containsEntry("ADDRESS", "-Gaborone");
    }

    @Test
    void anEstablishmentsTypeChangedByTheAdministratorDecidesWhoFilesAndItsRulesAreKept() {
        Establishment establishment = TestEstablishments.create(establishments, "Labo Référentiel");
        String member = TestAccounts.declarant(accounts, establishments, establishment);
        WebSession admin = administrator();
        String page = ROOT + "/etablissements";
        assertThat(admin.get(page + "?q=" + establishment.getSiret()).body()).contains("Labo Référentiel",
                member + " (membre)", "Établissement pharmaceutique");
        Map<String, String> form = establishment(establishment, "HOSPITAL_PHARMACY", "FR");
        assertThat(admin.submit(page, page, form).status()).isEqualTo(302);
        assertThat(establishments.byId(establishment.getId()).orElseThrow().getType())
                .isEqualTo(EstablishmentType.HOSPITAL_PHARMACY);
        assertThat(establishments.byId(establishment.getId()).orElseThrow().filesExportDeclarations()).isFalse();

        Map<String, String> abroadWithSiret = establishment(establishment, "PHARMACEUTICAL_ESTABLISHMENT", "BE");
        WebSession.Page refused = admin.submit(page, page, abroadWithSiret);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"siret-error\"", "un établissement situé hors de France n&#39;en a pas");
        Map<String, String> taken = establishment(establishment, "PHARMACEUTICAL_ESTABLISHMENT", "FR");
        taken.put("siret", org.impexflow.support.Declarations.DEMO_SIRET);
        assertThat(admin.submit(page, page, taken).body()).contains("est déjà celui d&#39;un autre établissement");
        Map<String, String> unknownId = establishment(establishment, "OTHER", "FR");
        unknownId.put("id", "999999999");
        assertThat(admin.submit(page, page, unknownId).body()).contains("id=\"id-error\"",
                "Aucune ligne n° 999999999 : laissez le numéro vide pour ajouter une ligne.", "voir le ou les champs signalés");
        Map<String, String> textId = establishment(establishment, "OTHER", "FR");
        textId.put("id", "abc");
        assertThat(admin.submit(page, page, textId).body()).contains("id=\"id-error\"",
                "un numéro de ligne (nombre entier positif) attendu, ou rien pour ajouter une ligne")
                .doesNotContain("9223372036854775807");
        Map<String, String> removal = establishment(establishment, "OTHER", "FR");
        removal.put("action", "remove");
        assertThat(admin.submit(page, page, removal).body()).contains("Les lignes de cette liste ne se suppriment pas.");
        assertThat(establishments.byId(establishment.getId()).orElseThrow().getType())
                .isEqualTo(EstablishmentType.HOSPITAL_PHARMACY);
    }

    @Test
    void anEstablishmentAddedOrRenamedByTheAdministratorIsFoundBySupportsSearch() {
        WebSession admin = administrator();
        String page = ROOT + "/etablissements";
        String siret = TestEstablishments.randomSiret();
        Map<String, String> added = fields("id", "", "siret", siret, "name", "Pharmacie Éléonore", "type",
                "HOSPITAL_PHARMACY", "address", "2 rue du Test", "postal_code", "69001", "city", "Lyon",
                "country_code", "FR", "reason", "Établissement connu d'IMPEXWEB");

        WebSession.Page saved = admin.submit(page, page, added);

        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        Establishment created = establishments.bySiret(siret).orElseThrow();
        assertThat(establishments.search("eleonore")).extracting(Establishment::getId).contains(created.getId());

        Map<String, String> renamed = establishment(created, "HOSPITAL_PHARMACY", "FR");
        renamed.put("name", "Pharmacie Hôtel-Dieu");
        assertThat(admin.submit(page, page, renamed).status()).isEqualTo(302);
        assertThat(establishments.search("hotel-dieu")).extracting(Establishment::getId).contains(created.getId());
        assertThat(establishments.search("eleonore")).extracting(Establishment::getId).doesNotContain(created.getId());
    }

    @Test
    void narcoticsListsFollowTheirRules() {
        Establishment establishment = TestEstablishments.create(establishments, "Opérateur Référentiel");
        String member = TestAccounts.declarant(accounts, establishments, establishment);
        String stranger = TestAccounts.person(accounts, "stranger", "declarants");
        String siret = establishment.getSiret();
        WebSession admin = administrator();

        String lines = ROOT + "/stupefiants-lignes";
        Map<String, String> line = fields("siret", siret, "nds_number", "nds-777", "kind", "SUBSTANCE", "name",
                "Morphine", "gtin", "", "cas", "57-27-2", "unit", "GRAM", "position", "1", "reason", "Essai");
        assertThat(admin.submit(lines, lines, line).body()).as("not an operator yet")
                .contains("id=\"siret-error\"", "n&#39;est pas un opérateur de stupéfiants");

        String operatorsPage = ROOT + "/stupefiants-operateurs";
        assertThat(admin.submit(operatorsPage, operatorsPage, fields("siret", siret, "registered_on", "2026-01-01",
                "reason", "Nouvel opérateur")).status()).isEqualTo(302);
        assertThat(operators.isOperator(establishment.getId())).isTrue();
        assertThat(admin.submit(lines, lines, line).status()).isEqualTo(302);
        assertThat(operators.items(establishment.getId(), NarcoticsOperators.Kind.SUBSTANCE, 2026))
                .singleElement().satisfies(item -> assertThat(item.ndsNumber()).isEqualTo("NDS-777"));
        Map<String, String> badGtin = new LinkedHashMap<>(line);
        badGtin.put("gtin", "123");
        assertThat(admin.submit(lines, lines, badGtin).body()).contains("id=\"gtin-error\"");

        String managers = ROOT + "/stupefiants-managers";
        assertThat(admin.submit(managers, managers, fields("user_id", stranger, "siret", siret, "reason", "Essai"))
                .body()).contains("id=\"user_id-error\"", "n&#39;est pas membre de l&#39;établissement");
        assertThat(admin.submit(managers, managers, fields("user_id", member, "siret", siret, "reason", "Désigné"))
                .status()).isEqualTo(302);
        assertThat(operators.isManager(establishment.getId(), member)).isTrue();

        String authorisations = ROOT + "/stupefiants-autorisations";
        assertThat(admin.submit(authorisations, authorisations, fields("siret", siret, "authorisation_number",
                "AI-STUP-2026-0001", "nds_number", "NDS-777", "direction", "IMPORT", "quantity", "12,5",
                "used_on", "2026-03-01", "reason", "Autorisation reçue")).status()).isEqualTo(302);
        assertThat(operators.authorised(establishment.getId(), NarcoticsOperators.Direction.IMPORT, 2026))
                .containsEntry("NDS-777", new java.math.BigDecimal("12.5"));

        Map<String, String> removeOperator = fields("siret", siret, "registered_on", "2026-01-01", "reason", "Fin",
                "action", "remove");
        assertThat(admin.submit(operatorsPage, operatorsPage, removeOperator).body())
                .contains("id=\"row-error\"", "Opérateur qui a encore 1 gestionnaire(s)");
        assertThat(operators.isOperator(establishment.getId())).isTrue();
        Map<String, String> removeManager = fields("user_id", member, "siret", siret, "reason", "Départ",
                "action", "remove");
        assertThat(admin.submit(managers, managers, removeManager).status()).isEqualTo(302);
        assertThat(operators.isManager(establishment.getId(), member)).isFalse();
        assertThat(changes.findBySubjectAndSubjectKeyOrderByIdAsc("narcotics_manager", member)).hasSize(2)
                .last().satisfies(c -> {
                    assertThat(c.getAfterValue()).isNull();
                    assertThat(c.getReason()).isEqualTo("Départ");
                });
    }

    @Test
    void aDeadlineFallsAfterItsYearAndNoLongerChangesOnceItsCampaignIsOpen() {
        WebSession admin = administrator();
        String page = ROOT + "/echeances";
        assertThat(admin.submit(page, page, fields("declared_year", "2091", "due_date", "2091-12-01", "reason",
                "Essai")).body()).contains("id=\"due_date-error\"",
                        "elle doit tomber après l&#39;année déclarée (2091)");
        assertThat(admin.submit(page, page, fields("declared_year", "2091", "due_date", "2092-03-31", "reason",
                "Report exceptionnel")).status()).isEqualTo(302);
        assertThat(operators.exceptionalDeadline(2091)).contains(java.time.LocalDate.of(2092, 3, 31));
        Integer openYear = jdbc.queryForList("SELECT declared_year FROM annual_declaration", Integer.class).stream()
                .findFirst().orElse(null);
        if (openYear != null) {
            assertThat(admin.submit(page, page, fields("declared_year", String.valueOf(openYear), "due_date",
                    (openYear + 1) + "-03-31", "reason", "Report")).body()).contains("id=\"declared_year-error\"",
                            "campagne est ouverte");
        }
    }

    @Test
    void aPageShowsTwoHundredRowsAtMostAndTheExportHasThemAll() {
        WebSession admin = administrator();
        StringBuilder file = new StringBuilder("declared_year;due_date;reason\r\n");
        for (int year = 2200; year <= 2400; year++) {
            file.append(year).append(';').append(year + 1).append("-03-01;Essai de volume\r\n");
        }
        assertThat(upload(admin, ROOT + "/echeances", file.toString(), "Volume").status()).isEqualTo(302);
        String page = admin.get(ROOT + "/echeances").body();
        assertThat(page).containsPattern("Les 200 premières lignes sur \\d+ : affinez la recherche");
        assertThat(page.split("class=\"edit\"", -1)).hasSize(201);
        assertThat(admin.get(ROOT + "/echeances?q=2399").body()).doesNotContain("id=\"more-rows\"")
                .contains("2400-03-01");
        assertThat(new String(admin.download(ROOT + "/echeances.csv"), StandardCharsets.UTF_8))
                .contains("\r\n2200;2201-03-01;", "\r\n2400;2401-03-01;");
    }

    @Test
    void theAuditLogRefusesChangesAndRemovalsInTheDatabaseItself() {
        administrator().submit(AUTHORITIES, AUTHORITIES, row("NA", "Ministry of Health", "", "moh@na.example", "en",
                "Pour le journal"));
        assertThat(changes.findBySubjectAndSubjectKeyOrderByIdAsc("importing_authority", "NA")).isNotEmpty();
        assertThatThrownBy(() -> jdbc.update("UPDATE reference_change SET reason = 'effacé' WHERE subject_key = 'NA'"))
                .rootCause().hasMessageContaining("append-only: UPDATE refused");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM reference_change WHERE subject_key = 'NA'"))
                .rootCause().hasMessageContaining("append-only: DELETE refused");
        assertThat(changes.findBySubjectAndSubjectKeyOrderByIdAsc("importing_authority", "NA")).singleElement()
                .satisfies(c -> assertThat(c.getReason()).isEqualTo("Pour le journal"));
    }

    private void assertRefused(WebSession admin, Map<String, String> form, String errorId, String message) {
        WebSession.Page refused = admin.submit(AUTHORITIES, AUTHORITIES, form);
        assertThat(refused.status()).as(errorId).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"" + errorId + "\"", message, "id=\"refused\"");
    }

    private static Map<String, String> establishment(Establishment e, String type, String country) {
        return fields("id", String.valueOf(e.getId()), "siret", e.getSiret(), "name", e.getName(), "type", type,
                "address", "1 rue du Test", "postal_code", "75001", "city", "Paris", "country_code", country,
                "reason", "Type vérifié auprès d'IMPEXWEB");
    }

    static Map<String, String> row(String country, String name, String address, String email, String language,
            String reason) {
        return fields("country_code", country, "name", name, "address", address, "email", email, "language",
                language, "reason", reason);
    }

    static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    static WebSession.Page upload(WebSession admin, String page, String file, String reason) {
        return admin.upload(page, page + "/import", Map.of("reason", reason), "file", "liste.csv",
                file.getBytes(StandardCharsets.UTF_8));
    }

    private WebSession administrator() {
        return TestAccounts.loggedIn(port, accounts, "referentiel", "ansm-admins");
    }
}
