package org.impexflow.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.account.Accounts;
import org.impexflow.casefile.CaseNumbering;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.importauthorisation.ImportAuthorisationProcess;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.Mails;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TestEstablishments;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Import authorisations on the declarant's pages: in the counters and the table beside the export
 * declarations, and the page of an authorisation where imports are recorded against its balance.
 */
@ImpexflowSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportAuthorisationPagesTests {

    private static final Pattern ROW = Pattern.compile("data-number=\"((?:AI-)?\\d{4}-\\d{2}-\\d{4})\"");

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Accounts accounts;
    @Autowired
    Establishments establishments;
    @Autowired
    JdbcTemplate jdbc;

    private String declaration;
    private String filedImport;
    private String grantedSeries;
    private WebSession session;
    private WebSession other;
    private String declarant;

    /** Once for the class, inside a test run (the coverage plugin records process events per test). */
    @BeforeEach
    void oneDeclarationAndTwoImportAuthorisations() {
        if (session != null) {
            return;
        }
        Establishment here = TestEstablishments.create(establishments, "Laboratoire Importateur");
        Establishment there = TestEstablishments.create(establishments, "Laboratoire Tiers");
        declarant = TestAccounts.declarant(accounts, establishments, here);
        String neighbour = TestAccounts.declarant(accounts, establishments, there);

        declaration = Declarations.fileAs(engine, declarant, Declarations.with(Declarations.dei(),
                "establishmentSiret", here.getSiret(), "declarantEmail", declarant, "medicineName", "Export Un"))
                .getBusinessKey();
        filedImport = request(declarant, here, "Import Deux", Map.of()).getBusinessKey();
        ProcessInstance series = request(declarant, here, "Import Trois", Map.of("quantityMode", "SERIES",
                "quantity", 1000L, "quantityUnit", "boîtes", "plannedOperations", 3L));
        grant(series);
        grantedSeries = series.getBusinessKey();

        session = new WebSession(base());
        session.logIn(declarant, TestAccounts.PASSWORD, TestAccounts.SECRET);
        other = new WebSession(base());
        other.logIn(neighbour, TestAccounts.PASSWORD, TestAccounts.SECRET);
    }

    @Test
    void countersAndTableHoldTheImportAuthorisationsBesideTheDeclarations() {
        String page = session.get("/mes-declarations").body();
        assertThat(counter(page, "filed-EXPORT_DECLARATION")).isEqualTo("1");
        assertThat(counter(page, "filed-IMPORT_AUTHORISATION")).isEqualTo("2");
        assertThat(counter(page, "decided-IMPORT_AUTHORISATION")).isEqualTo("1");
        assertThat(rows(page)).as("newest first, both kinds").containsExactly(grantedSeries, filedImport, declaration);
        assertThat(page).contains("Import Trois", "Accordée", "href=\"/mes-declarations/autorisations-importation/"
                + grantedSeries + "\"", "<td>AI</td>");

        assertThat(rows(session.get("/mes-declarations?type=AI").body())).containsExactly(grantedSeries, filedImport);
        assertThat(rows(session.get("/mes-declarations?type=DEI").body())).containsExactly(declaration);
        assertThat(rows(session.get("/mes-declarations?statut=GRANTED").body())).containsExactly(grantedSeries);
        assertThat(rows(session.get("/mes-declarations?statut=FILED").body())).containsExactly(filedImport, declaration);
        assertThat(rows(session.get("/mes-declarations?q=trois").body())).containsExactly(grantedSeries);
        assertThat(rows(session.get("/mes-declarations?tri=medicament&sens=asc").body()))
                .containsExactly(declaration, filedImport, grantedSeries);
        assertThat(rows(other.get("/mes-declarations").body())).isEmpty();
    }

    @Test
    void importsAreRecordedAgainstTheBalanceAndWhatExceedsItIsRefused() {
        String path = "/mes-declarations/autorisations-importation/" + grantedSeries;
        String page = session.get(path).body();
        assertThat(page).contains("Autorisation d&#39;importation N° " + grantedSeries, "Import Trois", "Accordée",
                "id=\"remaining\">1000 boîtes", "0 sur 3", "id=\"record-import\"");
        Matcher validUntil = Pattern.compile("id=\"valid-until\">Valable jusqu&#39;au (\\d{2}/\\d{2}/\\d{4}) inclus</p>")
                .matcher(page);
        assertThat(validUntil.find()).as("the validity in French").isTrue();
        assertThat(session.get(path + "?lang=en").body()).contains("id=\"valid-until\">Valid until "
                + validUntil.group(1) + " inclusive</p>");
        session.get(path + "?lang=fr");
        Matcher pdfLink = Pattern.compile("id=\"download-authorisation\" href=\"([^\"]+)\"").matcher(page);
        assertThat(pdfLink.find()).isTrue();
        String pdf = Mails.pdfText(session.download(pdfLink.group(1)));
        assertThat(pdf).contains(grantedSeries, "IMPORTATION AUTORISÉE PAR L'ANSM");
        Matcher code = Pattern.compile("\\b([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})\\b").matcher(pdf);
        assertThat(code.find()).as(pdf).isTrue();
        String verified = new WebSession(base()).get("/verification/" + code.group(1)).body();
        assertThat(verified).as("the public page, without login").contains("Autorisation d&#39;importation (AI)",
                grantedSeries, "Import Trois", "Pays de provenance", "Inde", "Valable jusqu&#39;au", "En vigueur")
                .doesNotContain("Accuser réception", "Pays de destination");
        String today = LocalDate.now(CaseNumbering.PARIS).toString();

        WebSession.Page recorded = session.submit(path, path + "/importations",
                Map.of("quantity", "400", "importedOn", today, "reference", "DAU 26FR1234"));
        assertThat(recorded.status()).isEqualTo(302);
        String after = session.get(path).body();
        assertThat(after).contains("Importation enregistrée : il reste 600 boîtes à importer.",
                "id=\"imported\">400 boîtes", "id=\"remaining\">600 boîtes", "1 sur 3", "DAU 26FR1234",
                "Importation enregistrée");

        WebSession.Page refused = session.submit(path, path + "/importations",
                Map.of("quantity", "700", "importedOn", today, "reference", ""));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Importation refusée, rien n&#39;a été enregistré",
                "id=\"quantity-error\"", "dépasse la quantité restant autorisée : 600 boîtes sur 1000",
                "value=\"700\"");
        WebSession.Page future = session.submit(path, path + "/importations",
                Map.of("quantity", "10", "importedOn", LocalDate.now(CaseNumbering.PARIS).plusDays(3).toString()));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.body()).contains("id=\"importedOn-error\"", "date future");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM import_operation o JOIN case_file a "
                + "ON a.id = o.authorisation_id WHERE a.case_number = ?", Long.class, grantedSeries))
                .as("the refused imports stored nothing").isEqualTo(1);
    }

    /**
     * The import form sent twice from one page at once (a double click) records one import; a new page of the
     * form records another. Its own authorisation and establishment: the other tests count this class's.
     */
    @Test
    void anImportSentTwiceFromOnePageIsRecordedOnce() throws Exception {
        Establishment here = TestEstablishments.create(establishments, "Laboratoire Double Clic");
        String user = TestAccounts.declarant(accounts, establishments, here);
        ProcessInstance series = request(user, here, "Import Double", Map.of("quantityMode", "SERIES",
                "quantity", 1000L, "quantityUnit", "boîtes", "plannedOperations", 4L));
        grant(series);
        WebSession clicker = new WebSession(base());
        clicker.logIn(user, TestAccounts.PASSWORD, TestAccounts.SECRET);
        String path = "/mes-declarations/autorisations-importation/" + series.getBusinessKey();
        Pattern submission = Pattern.compile("name=\"submission\" value=\"([0-9a-f-]{36})\"");
        Matcher token = submission.matcher(clicker.get(path).body());
        assertThat(token.find()).as("the page's token").isTrue();
        Map<String, String> form = Map.of("quantity", "100", "importedOn", LocalDate.now(CaseNumbering.PARIS).toString(),
                "reference", "DAU-2026-7788", "submission", token.group(1));

        java.util.concurrent.ExecutorService clicks = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (var answer : clicks.invokeAll(java.util.List.<java.util.concurrent.Callable<WebSession.Page>>of(
                    () -> clicker.submit(path, path + "/importations", form),
                    () -> clicker.submit(path, path + "/importations", form)))) {
                assertThat(answer.get().status()).as(answer.get().body()).isEqualTo(302);
            }
        } finally {
            clicks.shutdown();
        }
        assertThat(clicker.get(path).body()).contains("id=\"imported\">100 boîtes", "1 sur 4");

        Matcher next = submission.matcher(clicker.get(path).body());
        assertThat(next.find()).isTrue();
        assertThat(next.group(1)).as("a new page, a new token").isNotEqualTo(token.group(1));
        Map<String, String> again = new java.util.HashMap<>(form);
        again.put("submission", next.group(1));
        assertThat(clicker.submit(path, path + "/importations", again).status()).isEqualTo(302);
        assertThat(clicker.get(path).body()).contains("id=\"imported\">200 boîtes", "2 sur 4");
    }

    @Test
    void anImportRefusedOnTheEnglishPageSaysWhyInEnglish() {
        WebSession english = new WebSession(base());
        english.get("/login?lang=en");
        english.logIn(declarant, TestAccounts.PASSWORD, TestAccounts.SECRET);
        String path = "/mes-declarations/autorisations-importation/" + grantedSeries;

        WebSession.Page refused = english.submit(path + "?lang=en", path + "/importations",
                Map.of("quantity", "5000", "importedOn", "2020-01-01", "reference", "x".repeat(201)));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("<html lang=\"en\"", "exceeds the quantity still authorised: ",
                " boîtes of 1000", "before the authorisation, granted on ", "too long (200 characters at most)",
                "id=\"provenance\">India<")
                .doesNotContain("dépasse la quantité", "antérieure à l&#39;autorisation", "trop long");
        assertThat(english.submit(path, path + "/importations", Map.of("quantity", "douze", "importedOn",
                "demain")).body()).contains("a whole number is expected: douze", "a date is expected, as YYYY-MM-DD")
                .doesNotContain("nombre entier attendu");
    }

    @Test
    void aFiledRequestShowsWhereItStandsAndOtherEstablishmentsSeeNothing() {
        String page = session.get("/mes-declarations/autorisations-importation/" + filedImport).body();
        assertThat(page).contains("Déposée", "Décision attendue au plus tard le", "Import Deux", "Inde",
                "15 boîtes de 10 flacons – Une importation", "lettre-signee.pdf")
                .doesNotContain("id=\"record-import\"", "id=\"download-authorisation\"");
        assertThat(other.get("/mes-declarations/autorisations-importation/" + filedImport).status()).isEqualTo(404);
        assertThat(other.submit("/mes-declarations", "/mes-declarations/autorisations-importation/" + grantedSeries
                + "/importations", Map.of("quantity", "1", "importedOn", "2026-01-01")).status()).isEqualTo(404);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private ProcessInstance request(String declarant, Establishment establishment, String medicine,
            Map<String, Object> more) {
        Map<String, Object> variables = new java.util.HashMap<>(Declarations.with(Declarations.importRequest(),
                "establishmentSiret", establishment.getSiret(), "declarantEmail", declarant, "medicineName", medicine));
        variables.putAll(more);
        ProcessInstance pi = Declarations.startAs(engine, declarant, ImportAuthorisationProcess.KEY, variables);
        Declarations.runJobs(engine, pi.getId());
        return pi;
    }

    private void grant(ProcessInstance pi) {
        Task review = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(ImportAuthorisationProcess.Elements.REVIEW).singleResult();
        Declarations.as(engine, Declarations.REVIEWER, () -> {
            engine.getTaskService().claim(review.getId(), Declarations.REVIEWER);
            engine.getTaskService().complete(review.getId(), Map.of("reviewDecision", "GRANT"));
        });
        Declarations.runJobs(engine, pi.getId());
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static String counter(String page, String name) {
        Matcher m = Pattern.compile("data-counter=\"" + name + "\">([^<]*)<").matcher(page);
        assertThat(m.find()).as("counter " + name).isTrue();
        return m.group(1);
    }

    private static List<String> rows(String page) {
        return ROW.matcher(page).results().map(r -> r.group(1)).toList();
    }
}
