package org.impexflow.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.impexflow.access.Groups;
import org.impexflow.account.Accounts;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TestEstablishments;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "Mes déclarations" through its pages, logged in as people are: counters, filters, sorting, pages,
 * the case page and its downloads; and a declarant never sees another establishment's cases.
 */
@ImpexflowSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyDeclarationsPageTests {

    private static final Pattern ROW = Pattern.compile("data-number=\"(\\d{4}-\\d{2}-\\d{4})\"");

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Accounts accounts;
    @Autowired
    Establishments establishments;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    org.impexflow.verification.VerificationCodes verificationCodes;

    private String declarant;
    private String alpha;
    private String beta;
    private String gamma;
    private String delta;
    private WebSession session;
    private WebSession other;

    /** Once for the class, inside a test run (the coverage plugin records process events per test). */
    @BeforeEach
    void threeCasesHereAndOneInAnotherEstablishment() {
        if (session != null) {
            return;
        }
        Establishment here = establishment("Laboratoire Accueil");
        Establishment there = establishment("Laboratoire Voisin");
        declarant = TestAccounts.declarant(accounts, establishments, here);
        String neighbour = TestAccounts.declarant(accounts, establishments, there);

        alpha = file(declarant, here, "Alpha Accueil Artésunate").getBusinessKey();
        ProcessInstance b = file(declarant, here, "Beta Accueil");
        Declarations.decide(engine, b, "VALIDATE");
        beta = b.getBusinessKey();
        ProcessInstance g = file(declarant, here, "Gamma Accueil");
        Declarations.decide(engine, g, "REQUEST_COMPLEMENT");
        gamma = g.getBusinessKey();
        delta = file(neighbour, there, "Delta Voisin").getBusinessKey();

        session = new WebSession(base());
        WebSession.Page login = session.logIn(declarant, TestAccounts.PASSWORD, TestAccounts.SECRET);
        assertThat(login.location()).as("a declarant lands on their home page").endsWith("/mes-declarations");
        other = new WebSession(base());
        other.logIn(neighbour, TestAccounts.PASSWORD, TestAccounts.SECRET);
    }

    @Test
    void countersAndTableShowTheEstablishmentsCasesOnly() {
        String page = session.get("/mes-declarations").body();
        assertThat(counter(page, "filed-EXPORT_DECLARATION")).isEqualTo("3");
        assertThat(counter(page, "decided-EXPORT_DECLARATION")).isEqualTo("1");
        assertThat(page).as("no import authorisation: no counter of them").doesNotContain("filed-IMPORT_AUTHORISATION");
        assertThat(rows(page)).containsExactly(gamma, beta, alpha);
        assertThat(page).contains("Dossiers – total 3", "Laboratoire Accueil", "Alpha Accueil", "Validée",
                "Complément demandé", "Déposée").doesNotContain("Delta Voisin", delta);
        assertThat(rows(other.get("/mes-declarations").body())).containsExactly(delta);
    }

    @Test
    void filtersByStatusTypeAndText() {
        assertThat(rows(session.get("/mes-declarations?statut=VALIDATED").body())).containsExactly(beta);
        assertThat(rows(session.get("/mes-declarations?q=gAMMa").body())).containsExactly(gamma);
        assertThat(rows(session.get("/mes-declarations?q=" + alpha).body())).containsExactly(alpha);
        assertThat(rows(session.get("/mes-declarations?q=Delta").body())).isEmpty();
        // accents and case aside
        assertThat(rows(session.get("/mes-declarations?q=artesunate").body())).containsExactly(alpha);
        assertThat(rows(session.get("/mes-declarations?q=ART%C3%89SUNATE").body())).containsExactly(alpha);
        assertThat(rows(session.get("/mes-declarations?type=DEI&q=beta").body())).containsExactly(beta);
        String none = session.get("/mes-declarations?type=DEI&q=introuvable").body();
        assertThat(rows(none)).isEmpty();
        assertThat(none).contains("Aucune déclaration ne correspond.");
        assertThat(rows(session.get("/mes-declarations?type=DEC").body()))
                .as("a type the establishment has no case of is not offered, and ignored").hasSize(3);
        assertThat(rows(session.get("/mes-declarations?statut=NOPE&type=XYZ").body()))
                .as("unknown filter values are ignored").hasSize(3);
    }

    @Test
    void sortsByAnyColumnBothWays() {
        assertThat(rows(session.get("/mes-declarations?tri=medicament&sens=asc").body()))
                .containsExactly(alpha, beta, gamma);
        assertThat(rows(session.get("/mes-declarations?tri=medicament&sens=desc").body()))
                .containsExactly(gamma, beta, alpha);
        assertThat(rows(session.get("/mes-declarations?tri=numero&sens=asc").body()))
                .containsExactly(alpha, beta, gamma);
        assertThat(rows(session.get("/mes-declarations?tri=id;drop&sens=asc").body()))
                .as("an unknown column sorts by filing date").hasSize(3);
    }

    /**
     * A chain of three versions: the first was replaced by the second, itself replaced since. Its page and the
     * public verification page name the version in force at the end of the chain (they named the second, « en
     * vigueur », when it no longer was), or say that none is.
     */
    @Test
    void aVersionReplacedTwiceNamesTheVersionInForceOfItsChain() {
        Establishment chained = establishment("Laboratoire Chaîne");
        String chainDeclarant = TestAccounts.declarant(accounts, establishments, chained);
        String[] versions = new String[3];
        for (int i = 0; i < versions.length; i++) {
            ProcessInstance version = file(chainDeclarant, chained, "Version " + i);
            Declarations.decide(engine, version, "VALIDATE");
            versions[i] = version.getBusinessKey();
        }
        // as validations of DECs leave the register (ExportDeclarationProcessTests walk them): 0 <- 1 <- 2
        replace(versions[0], versions[1]);
        replace(versions[1], versions[2]);
        WebSession chainSession = new WebSession(base());
        chainSession.logIn(chainDeclarant, TestAccounts.PASSWORD, TestAccounts.SECRET);
        long firstId = jdbc.queryForObject("SELECT id FROM case_file WHERE case_number = ?", Long.class, versions[0]);
        String code = verificationCodes.issue(org.impexflow.exportdeclaration.ExportDeclaration.KIND, firstId);
        WebSession anyone = new WebSession(base());

        assertThat(chainSession.get("/mes-declarations/" + versions[0]).body()).contains("Remplacée par la déclaration N° "
                + versions[1] + ", elle-même remplacée depuis : la version en vigueur est la N° " + versions[2] + ".")
                .doesNotContain(versions[1] + ", en vigueur");
        assertThat(chainSession.get("/mes-declarations/" + versions[1]).body())
                .contains("Remplacée par la déclaration N° " + versions[2] + ", en vigueur.");
        assertThat(chainSession.get("/mes-declarations?tri=numero&sens=asc").body()).as("the home table")
                .contains("<span>Validée, remplacée par le N° " + versions[1] + "</span>",
                        "<span>Validée, remplacée par le N° " + versions[2] + "</span>", "<span>Validée</span>");
        assertThat(anyone.get("/verification/" + code).body()).contains("Remplacée par une déclaration plus récente",
                "déclaration en vigueur N° " + versions[2]).doesNotContain("en vigueur N° " + versions[1]);

        // the last version is no longer in force (an act after its decision): nobody is told of one in force
        jdbc.update("UPDATE case_file SET in_force = FALSE WHERE case_number = ?", versions[2]);
        assertThat(text(chainSession.get("/mes-declarations/" + versions[0]))).contains("Remplacée par la déclaration N° "
                + versions[1] + " ; aucune version de cette chaîne n'est en vigueur aujourd'hui.");
        assertThat(text(anyone.get("/verification/" + code))).contains("Remplacée par une déclaration plus récente", " : "
                + "aucune version de cette déclaration n'est en vigueur aujourd'hui").doesNotContain("déclaration en vigueur N°");
    }

    private static String text(WebSession.Page page) {
        return org.springframework.web.util.HtmlUtils.htmlUnescape(page.body());
    }

    private void replace(String earlier, String by) {
        jdbc.update("UPDATE case_file SET in_force = FALSE, replaced_by_id = (SELECT id FROM case_file WHERE "
                + "case_number = ?) WHERE case_number = ?", by, earlier);
    }

    @Test
    void pagesOfTwentyFiveFiftyOrAHundred() {
        Establishment busy = establishment("Laboratoire Chargé");
        String busyDeclarant = TestAccounts.declarant(accounts, establishments, busy);
        for (int i = 0; i < 27; i++) {
            file(busyDeclarant, busy, "Produit %02d".formatted(i));
        }
        WebSession busySession = new WebSession(base());
        busySession.logIn(busyDeclarant, TestAccounts.PASSWORD, TestAccounts.SECRET);
        String first = busySession.get("/mes-declarations?taille=25&tri=medicament&sens=asc").body();
        assertThat(rows(first)).hasSize(25);
        assertThat(first).contains("Page 1 sur 2", "Produit 00", "Produit 24", "Page suivante")
                .doesNotContain("Produit 25");
        String second = busySession.get("/mes-declarations?taille=25&tri=medicament&sens=asc&page=2").body();
        assertThat(rows(second)).hasSize(2);
        assertThat(second).contains("Page 2 sur 2", "Produit 25", "Produit 26", "Page précédente");
        assertThat(rows(busySession.get("/mes-declarations").body())).hasSize(27);
    }

    @Test
    void pageNumbersOutOfRangeAnswerBadRequest() {
        // three cases: one page whatever its size
        for (String page : new String[] {"0", "-1", "2", "10001", "2147483647", "-2147483648", "99999999999", "abc",
                "1e3"}) {
            assertThat(session.get("/mes-declarations?page=" + page).status()).as("page " + page).isEqualTo(400);
            assertThat(session.get("/mes-declarations?taille=25&q=Accueil&page=" + page).status()).as("page " + page)
                    .isEqualTo(400);
        }
        assertThat(session.get("/mes-declarations?taille=abc").status()).isEqualTo(400);
        assertThat(session.get("/mes-declarations?page=1").status()).isEqualTo(200);
        // a search that finds nothing has its one (empty) page
        assertThat(session.get("/mes-declarations?q=introuvable&page=1").status()).isEqualTo(200);
    }

    /**
     * An establishment with more cases than the cap of the count: a text search says "more than 1,000"
     * and pages on as long as its pages are full; the counters and the unfiltered total stay exact (they
     * come from the counts by status). The cases are copies of a filed one, written in SQL: filing 1,001
     * through the process would take a minute.
     */
    @Test
    void aSearchPastTheCountCapSaysMoreThanAndPagesOn() {
        Establishment big = establishment("Laboratoire Volumineux");
        String bigDeclarant = TestAccounts.declarant(accounts, establishments, big);
        String model = file(bigDeclarant, big, "Volume 0000").getBusinessKey();
        int copies = CaseTable.COUNT_CAP + 10;
        jdbc.update("""
                INSERT INTO case_file (kind, case_number, establishment_id, filed_by, status, status_since, filed_at,
                    in_force, version, search_text, case_type, subject, subject_strength, subject_form)
                SELECT kind, '1999-' || LPAD(CAST(MOD(x, 12) + 1 AS VARCHAR), 2, '0') || '-' || LPAD(CAST(x AS VARCHAR), 4, '0'),
                    establishment_id, filed_by, status, status_since, DATEADD('DAY', -x, filed_at), in_force, 0, '',
                    case_type, 'Volume ' || LPAD(CAST(x AS VARCHAR), 4, '0'), subject_strength, subject_form
                FROM case_file, SYSTEM_RANGE(1, ?) WHERE case_number = ?""", copies, model);
        jdbc.update("""
                INSERT INTO export_declaration (id, declaration_type, declarant_email, active_substances,
                    presentation, route_of_administration, therapeutic_indications,
                    has_french_ma, release_country, destination_country, importer_name, importer_address, no_ma_reason,
                    no_ma_details, contains_animal_origin)
                SELECT c.id, d.declaration_type, d.declarant_email,
                    d.active_substances, d.presentation, d.route_of_administration,
                    d.therapeutic_indications, d.has_french_ma, d.release_country, d.destination_country,
                    d.importer_name, d.importer_address, d.no_ma_reason, d.no_ma_details, d.contains_animal_origin
                FROM case_file c, export_declaration d
                WHERE c.search_text = '' AND d.id = (SELECT id FROM case_file WHERE case_number = ?)""", model);
        // as the register writes it
        jdbc.update("UPDATE case_file SET search_text = LOWER(case_number || ' ' || subject || ' ' || subject_strength"
                + " || ' ' || subject_form) WHERE search_text = ''");
        WebSession bigSession = new WebSession(base());
        bigSession.logIn(bigDeclarant, TestAccounts.PASSWORD, TestAccounts.SECRET);

        String all = bigSession.get("/mes-declarations?taille=100").body();
        assertThat(all).contains("Dossiers – total " + french(copies + 1), "Page 1 sur 11");
        assertThat(counter(all, "filed-EXPORT_DECLARATION")).isEqualTo(String.valueOf(copies + 1));
        assertThat(rows(all)).hasSize(100).startsWith(model);

        String search = bigSession.get("/mes-declarations?q=volume&taille=100").body();
        assertThat(search).contains("Dossiers – plus de " + french(1000) + " résultats", "Page 1", "Page suivante")
                .doesNotContain("Page 1 sur");
        assertThat(rows(search)).hasSize(100).startsWith(model);
        String last = bigSession.get("/mes-declarations?q=volume&taille=100&page=11").body();
        assertThat(rows(last)).as("the 1,011 matches, 100 a page: 11 on the 11th").hasSize(11);
        assertThat(last).doesNotContain("Page suivante");
        String few = bigSession.get("/mes-declarations?q=volume%20001").body();
        assertThat(rows(few)).as("Volume 0010 to 0019").hasSize(10);
        assertThat(few).as("under the cap the total is exact").contains("Dossiers – total 10").doesNotContain("Page suivante");
    }

    /** A number as the French pages write it (the thousands separated by a narrow space). */
    private static String french(long number) {
        return java.text.NumberFormat.getIntegerInstance(java.util.Locale.FRENCH).format(number);
    }

    @Test
    void casePageShowsTheDeclarationItsHistoryAndItsDocuments() {
        String validated = session.get("/mes-declarations/" + beta).body();
        assertThat(validated).contains("Déclaration N° " + beta, "Beta Accueil", "Sénégal", "Validée",
                "Déclaration déposée et enregistrée", "Accusé d&#39;enregistrement électronique (AEE) envoyé",
                "Déclaration visée", "Décision de l&#39;ANSM le", "id=\"download-validated\"", "/aee.pdf")
                .as("a mail's Message-ID is not for the declarant").doesNotContainPattern("&lt;[^&\\s]+@[^&\\s]+&gt;");
        Matcher copy = Pattern.compile("id=\"download-validated\" href=\"([^\"]+)\"").matcher(validated);
        assertThat(copy.find()).isTrue();
        WebSession.Page pdf = session.get(copy.group(1));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");

        WebSession.Page aee = session.get("/mes-declarations/" + beta + "/aee.pdf");
        assertThat(aee.status()).isEqualTo(200);
        assertThat(aee.body()).startsWith("%PDF");

        String open = session.get("/mes-declarations/" + alpha).body();
        assertThat(open).contains("Décision attendue au plus tard le", "Rien n&#39;est attendu de vous")
                .doesNotContain("id=\"download-validated\"");
    }

    @Test
    void casePageLinksToWhatTheDeclarantHasToDoInTasklist() {
        String page = session.get("/mes-declarations/" + gamma).body();
        String taskId = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(gamma)
                .taskAssignee(declarant).singleResult().getId();
        assertThat(page).contains("Complément demandé", "Fournir le complément",
                "/camunda/app/tasklist/default/#/?task=" + taskId);
    }

    @Test
    void anotherEstablishmentsCasesAreNotFoundAndOthersAreKeptOut() {
        assertThat(other.get("/mes-declarations/" + alpha).status()).isEqualTo(404);
        assertThat(other.get("/mes-declarations/" + beta + "/aee.pdf").status()).isEqualTo(404);
        assertThat(rows(other.get("/mes-declarations?q=" + alpha).body())).isEmpty();
        assertThat(session.get("/mes-declarations/2000-01-0001").status()).isEqualTo(404);

        WebSession reviewer = new WebSession(base());
        reviewer.logIn(TestAccounts.person(accounts, "reviewer", Groups.REVIEWERS), TestAccounts.PASSWORD,
                TestAccounts.SECRET);
        assertThat(reviewer.get("/mes-declarations").status()).as("not a declarant of an establishment")
                .isEqualTo(403);
        WebSession.Page anonymous = new WebSession(base()).get("/mes-declarations/" + alpha);
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.location()).endsWith("/login");
    }

    @Test
    void englishOnRequest() {
        WebSession english = new WebSession(base());
        english.logIn(declarant, TestAccounts.PASSWORD, TestAccounts.SECRET);
        String table = english.get("/mes-declarations?lang=en").body();
        assertThat(table).contains("My declarations filed", "Validated", "Complement requested",
                "<option value=\"DEI\">IES</option>", "<td>IES</td>").doesNotContain("<td>DEI</td>");
        assertThat(english.get("/mes-declarations/" + beta).body()).as("the choice is remembered")
                .contains("Declaration No. " + beta, "Declaration filed and registered",
                        "Initial export statement (IES)", "Marketing authorisation not applied for in France")
                .doesNotContain("AMM non demandée en France");
        assertThat(accounts.find(declarant).orElseThrow().getLanguage()).as("the pages only: the mails' language "
                + "changes on Mes données (PersonalDataPageTests)").isEqualTo(java.util.Locale.FRENCH);
        assertThat(org.impexflow.support.Mails.pdfText(english.download("/mes-declarations/" + beta + "/aee.pdf")))
                .contains("Electronic acknowledgement of registration (AEE)", "Number", beta, "Strength",
                        "Country of destination")
                .doesNotContain("Accusé d'enregistrement");

        english.get("/mes-declarations?lang=fr");
        assertThat(org.impexflow.support.Mails.pdfText(english.download("/mes-declarations/" + beta + "/aee.pdf")))
                .contains("Accusé d'enregistrement électronique (AEE)", "N° de fiche", "Pays de destination");
    }

    private ProcessInstance file(String user, Establishment establishment, String medicine) {
        return Declarations.fileAs(engine, user, Declarations.with(Declarations.dei(), "establishmentSiret",
                establishment.getSiret(), "declarantEmail", user, "medicineName", medicine));
    }

    private Establishment establishment(String name) {
        return TestEstablishments.create(establishments, name);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static String counter(String page, String name) {
        Matcher m = Pattern.compile("data-counter=\"" + name + "\">(\\d+)<").matcher(page);
        assertThat(m.find()).as("counter " + name).isTrue();
        return m.group(1);
    }

    private static List<String> rows(String page) {
        return ROW.matcher(page).results().map(r -> r.group(1)).toList();
    }
}
