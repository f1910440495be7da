package org.impexflow.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.impexflow.account.Accounts;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.exportdeclaration.DeclarationDrafts;
import org.impexflow.exportdeclaration.DeclarationRegister;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TestEstablishments;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Drafts on the declarant's pages: saved incomplete, resumed, refused without loss, filed, discarded; private. */
@ImpexflowSpringTest
class DraftsPageTests {

    private static final String NEW = "/mes-declarations/brouillons/nouveau";
    private static final String POST = "/mes-declarations/brouillons";
    private static final Pattern DRAFT = Pattern.compile("/mes-declarations/brouillons/(\\d+)");

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Accounts accounts;
    @Autowired
    Establishments establishments;
    @Autowired
    DeclarationDrafts drafts;
    @Autowired
    DeclarationRegister register;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private Establishment establishment;
    private String declarant;
    private WebSession session;

    @BeforeEach
    void aDeclarantOfTheirOwnEstablishment() {
        establishment = TestEstablishments.create(establishments, "Laboratoire Brouillon");
        declarant = TestAccounts.declarant(accounts, establishments, establishment);
        session = new WebSession("http://127.0.0.1:" + port);
        session.logIn(declarant, TestAccounts.PASSWORD, TestAccounts.SECRET);
    }

    @Test
    void anIncompleteDraftIsSavedResumedAndNeverSeenByTheEngine() {
        long instances = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
        WebSession.Page saved = session.submit(NEW, POST, Map.of("action", "enregistrer", "declarationType", "DEI",
                "medicineName", "Brouillon Un", "destinationCountry", "SN"));
        assertThat(saved.status()).isEqualTo(302);
        String path = saved.location().replaceAll("\\?.*", "");
        Matcher id = DRAFT.matcher(path);
        assertThat(id.find()).isTrue();

        String page = session.get(saved.location()).body();
        assertThat(page).contains("Brouillon enregistré.", "value=\"Brouillon Un\"", "value=\"SN\" selected=\"selected\"");
        String home = session.get("/mes-declarations").body();
        assertThat(home).contains("Brouillon Un", "data-draft=\"" + id.group(1) + "\"", "En brouillon");
        assertThat(home).as("a draft is not filed: no case to count").doesNotContain("data-counter=\"filed-");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count())
                .as("a draft is not a process instance: ANSM does not see it").isEqualTo(instances);

        WebSession.Page again = session.submit(path, POST, Map.of("action", "enregistrer", "id", id.group(1),
                "medicineName", "Brouillon Un", "strength", "5 mg"));
        assertThat(again.location()).contains(path);
        assertThat(drafts.ofEstablishment(establishment.getId())).singleElement()
                .satisfies(d -> assertThat(drafts.fields(d)).containsEntry("strength", "5 mg"));
    }

    /**
     * As in IMPEXWEB, a draft has its N° de fiche from its first save, in the drafts' own series, and keeps it;
     * the declaration filed from it takes the register's next number.
     */
    @Test
    void aDraftGetsItsNumberWhenFirstSavedAndKeepsIt() {
        Map<String, String> fields = complete();
        String id = String.valueOf(save(fields));
        String path = "/mes-declarations/brouillons/" + id;
        String number = drafts.find(Long.valueOf(id), establishment.getId()).orElseThrow().getNumber();
        String month = java.time.ZonedDateTime.now(org.impexflow.casefile.CaseNumbering.PARIS)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM"));
        assertThat(number).matches("BR-" + month + "-\\d{4}");
        assertThat(session.get(path).body()).contains("N° de fiche " + number);

        fields.put("id", id);
        fields.put("strength", "10 mg");
        session.submit(path, POST, fields);
        assertThat(drafts.find(Long.valueOf(id), establishment.getId()).orElseThrow().getNumber())
                .as("saved again, same number").isEqualTo(number);
        assertThat(session.get("/mes-declarations").body()).contains("data-number=\"" + number + "\"");

        fields.put("action", "deposer");
        WebSession.Page filed = session.submit(path, POST, fields);
        assertThat(filed.location()).as(filed.body()).matches(".*/mes-declarations/" + month + "-\\d{4}");
        assertThat(session.get(filed.location()).body()).as("the declarant's page of the case").contains(
                "Fabricant Démo SAS, 12 rue des Usines, 45000 Orléans, France", "FR/GMP/2025/0042",
                org.impexflow.casefile.CaseDates.day(java.time.LocalDate.parse(Declarations.plannedFirstExport())));
    }

    /**
     * Drafts stand in the home table among the cases, "En brouillon", sorted and filtered as the cases are (by
     * status, type, text and column), in French and English, counted in no counter of filed declarations.
     */
    @Test
    void draftsAreListedInTheHomeTableAndSortedAndFilteredLikeAnyCase() {
        Declarations.fileAs(engine, declarant, Declarations.with(Declarations.dei(), "establishmentSiret",
                establishment.getSiret(), "declarantEmail", declarant, "medicineName", "Beta Déposé"));
        saveDraft("DEI", "Alpha Brouillon");
        saveDraft("DEC", "Gamma Brouillon");

        String all = session.get("/mes-declarations").body();
        assertThat(all).contains("Alpha Brouillon", "Beta Déposé", "Gamma Brouillon",
                "<option value=\"DRAFT\">En brouillon</option>");
        assertThat(all).containsPattern("data-counter=\"filed-EXPORT_DECLARATION\">1<");
        assertThat(order("/mes-declarations?tri=medicament&sens=asc")).containsExactly("Alpha Brouillon",
                "Beta Déposé", "Gamma Brouillon");
        assertThat(order("/mes-declarations?tri=medicament&sens=desc")).containsExactly("Gamma Brouillon",
                "Beta Déposé", "Alpha Brouillon");
        assertThat(order("/mes-declarations?statut=DRAFT&tri=medicament&sens=asc")).containsExactly(
                "Alpha Brouillon", "Gamma Brouillon");
        assertThat(order("/mes-declarations?statut=FILED")).containsExactly("Beta Déposé");
        assertThat(order("/mes-declarations?type=DEC")).containsExactly("Gamma Brouillon");
        assertThat(order("/mes-declarations?q=alpha")).containsExactly("Alpha Brouillon");
        assertThat(order("/mes-declarations?q=brouillon&statut=DRAFT&tri=medicament&sens=desc"))
                .containsExactly("Gamma Brouillon", "Alpha Brouillon");
        assertThat(session.get("/mes-declarations?statut=DRAFT").body()).contains("Dossiers – total 2");

        String english = session.get("/mes-declarations?lang=en&statut=DRAFT").body();
        assertThat(english).contains("<option value=\"DRAFT\" selected=\"selected\">Draft</option>",
                "Delete the draft");
        session.get("/mes-declarations?lang=fr");
    }

    /**
     * A text searched over cases and drafts counts them all, past the first page: the cases beyond the page
     * and the draft are in the total, and the second page holds the rest.
     */
    @Test
    void aTextSearchedOverCasesAndDraftsCountsThemAllPastTheFirstPage() {
        for (int i = 1; i <= 26; i++) {
            Declarations.fileAs(engine, declarant, Declarations.with(Declarations.dei(), "establishmentSiret",
                    establishment.getSiret(), "declarantEmail", declarant, "medicineName", "Lotier " + i));
        }
        saveDraft("DEI", "Lotier Brouillon");
        assertThat(session.get("/mes-declarations?q=lotier&taille=25").body()).contains("Dossiers – total 27",
                "Page 1 sur 2");
        String second = session.get("/mes-declarations?q=lotier&taille=25&page=2&tri=medicament&sens=asc").body();
        assertThat(Pattern.compile("<tr data-number=").matcher(second).results().count()).isEqualTo(2);
        assertThat(second).contains("Lotier Brouillon");
    }

    /** The establishment deletes its draft from the home table; another establishment gets 404 and deletes nothing. */
    @Test
    void aDraftIsDeletedFromTheHomeTableByItsEstablishmentOnly() {
        Long id = saveDraft("DEI", "À supprimer");
        String delete = "/mes-declarations/brouillons/" + id + "/suppression";

        Establishment neighbour = TestEstablishments.create(establishments, "Laboratoire d'à côté");
        WebSession other = new WebSession("http://127.0.0.1:" + port);
        other.logIn(TestAccounts.declarant(accounts, establishments, neighbour), TestAccounts.PASSWORD,
                TestAccounts.SECRET);
        assertThat(other.submit(NEW, delete, Map.of()).status()).isEqualTo(404);
        assertThat(other.get(delete).status()).isEqualTo(404);
        assertThat(drafts.find(id, establishment.getId())).as("still there").isPresent();

        // the table's link asks first, on a page of its own: nothing is deleted by following it
        assertThat(session.get("/mes-declarations").body()).contains("class=\"delete-draft\" href=\"" + delete + "\"");
        WebSession.Page asked = session.get(delete);
        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.body()).contains("<h1>Supprimer le brouillon ?</h1>", "À supprimer",
                "supprimés définitivement", "id=\"confirm-delete\"", "action=\"" + delete + "\"",
                "id=\"keep-draft\" href=\"/mes-declarations\"");
        assertThat(session.get(delete + "?lang=en").body()).contains("<h1>Delete the draft?</h1>", "Delete for good",
                "No, keep the draft");
        session.get("/mes-declarations?lang=fr");
        assertThat(drafts.find(id, establishment.getId())).as("still there once asked").isPresent();

        WebSession.Page deleted = session.submit(delete, delete, Map.of());
        assertThat(deleted.location()).endsWith("/mes-declarations");
        assertThat(session.get("/mes-declarations").body()).contains("Brouillon abandonné.").doesNotContain("À supprimer");
        assertThat(drafts.find(id, establishment.getId())).isEmpty();
        assertThat(session.submit("/mes-declarations", delete, Map.of()).status()).as("already gone").isEqualTo(404);
    }

    /**
     * ANSM never sees a draft: no process instance, so nothing in Tasklist nor among Cockpit's variables; no case of
     * the register, so neither ANSM's case pages nor the analysts' counters have it.
     */
    @Test
    void ansmNeverSeesADraft() {
        WebSession analyst = new WebSession("http://127.0.0.1:" + port);
        analyst.logIn(TestAccounts.person(accounts, "analyst", org.impexflow.access.Groups.ANALYSTS),
                TestAccounts.PASSWORD, TestAccounts.SECRET);
        com.fasterxml.jackson.databind.JsonNode before = figures(analyst);
        long tasks = engine.getTaskService().createTaskQuery().count();
        long instances = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
        long cases = jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Long.class);

        Map<String, String> fields = complete();
        fields.put("medicineName", "Brouillon Confidentiel");
        fields.put("action", "enregistrer");
        session.submit(NEW, POST, fields);
        Long id = drafts.ofEstablishment(establishment.getId()).get(0).getId();

        assertThat(engine.getTaskService().createTaskQuery().count()).as("Tasklist").isEqualTo(tasks);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .variableValueEquals("medicineName", "Brouillon Confidentiel").count()).as("Cockpit's variables").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Long.class)).as("the register").isEqualTo(cases);
        com.fasterxml.jackson.databind.JsonNode after = figures(analyst);
        assertThat(after.get("filed").asLong()).as("the register's counters").isEqualTo(before.get("filed").asLong());
        assertThat(after.get("pending").asLong()).isEqualTo(before.get("pending").asLong());

        WebSession reviewer = new WebSession("http://127.0.0.1:" + port);
        reviewer.logIn(TestAccounts.person(accounts, "reviewer", org.impexflow.access.Groups.REVIEWERS),
                TestAccounts.PASSWORD, TestAccounts.SECRET);
        assertThat(reviewer.get(org.impexflow.casefile.CasePages.PATH + id).body()).as("ANSM's case page")
                .doesNotContain("Brouillon Confidentiel");
        assertThat(reviewer.get("/mes-declarations/brouillons/" + id).status()).as("the draft's page").isIn(403, 404);
        assertThat(analyst.get("/tableau-de-bord").body()).doesNotContain("Brouillon Confidentiel");
    }

    @Test
    void aRefusedFilingNamesTheFieldsAndKeepsTheDraft() {
        WebSession.Page refused = session.submit(NEW, POST, Map.of("action", "deposer", "declarationType", "DEI",
                "medicineName", "Brouillon Incomplet"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("La déclaration n&#39;est pas déposée", "value=\"Brouillon Incomplet\"",
                "class=\"field-error\"");
        assertThat(drafts.ofEstablishment(establishment.getId())).singleElement()
                .satisfies(d -> assertThat(d.getMedicineName()).isEqualTo("Brouillon Incomplet"));
        assertThat(register.ofEstablishment(establishment.getId())).isEmpty();
    }

    @Test
    void aCompleteDraftIsFiledLikeAnyDeclarationAndLeavesTheDrafts() {
        Map<String, String> fields = complete();
        fields.put("action", "enregistrer");
        WebSession.Page saved = session.submit(NEW, POST, fields);
        String path = saved.location().replaceAll("\\?.*", "");
        String id = path.substring(path.lastIndexOf('/') + 1);

        fields.put("action", "deposer");
        fields.put("id", id);
        WebSession.Page filed = session.submit(path, POST, fields);
        assertThat(filed.status()).isEqualTo(302);
        assertThat(filed.location()).matches(".*/mes-declarations/\\d{4}-\\d{2}-\\d{4}");
        String number = filed.location().substring(filed.location().lastIndexOf('/') + 1);
        assertThat(session.get(filed.location()).body()).contains("Déclaration déposée et enregistrée",
                "Brouillon Complet");
        assertThat(register.byNumber(number).orElseThrow().getEstablishmentId()).isEqualTo(establishment.getId());
        assertThat(register.byNumber(number).orElseThrow().getDeclarantEmail()).isEqualTo(declarant);
        assertThat(drafts.ofEstablishment(establishment.getId())).isEmpty();
    }

    @Test
    void aChangeToAValidatedDeclarationIsADecPrefilledFromTheVersionInForceAndTheReviewerSeesTheDifferences() {
        Map<String, Object> dei = Declarations.with(Declarations.dei(), "establishmentSiret", establishment.getSiret(),
                "declarantEmail", declarant, "medicineName", "Version Un");
        org.camunda.bpm.engine.runtime.ProcessInstance first = Declarations.fileAs(engine, declarant, dei);
        Declarations.decide(engine, first, "VALIDATE");
        String number = first.getBusinessKey();

        WebSession.Page draft = session.submit("/mes-declarations/" + number,
                "/mes-declarations/" + number + "/modification", Map.of());
        assertThat(draft.status()).isEqualTo(302);
        String path = draft.location();
        String id = path.substring(path.lastIndexOf('/') + 1);
        Map<String, String> fields = drafts.fields(drafts.find(Long.valueOf(id), establishment.getId()).orElseThrow());
        assertThat(fields).containsEntry("declarationType", "DEC").containsEntry("amendedDeclarationNumbers", number)
                .containsEntry("medicineName", "Version Un").containsEntry("strength", "20 mg / 120 mg")
                .containsEntry("destinationCountry", "SN").containsKey("earlierDeclarationCopies")
                .containsEntry("manufacturerName", "Fabricant Démo SAS").containsEntry("gmpReference", "FR/GMP/2025/0042")
                .as("the first export's date is the DEC's own").doesNotContainKey("firstExportDate");
        assertThat(session.get(path).body()).contains("value=\"DEC\" selected=\"selected\"", "value=\"" + number + "\"");

        Map<String, String> changed = new HashMap<>(fields);
        changed.put("strength", "40 mg / 240 mg");
        changed.put("firstExportDate", Declarations.plannedFirstExport());
        changed.put("action", "deposer");
        changed.put("id", id);
        WebSession.Page filed = session.submit(path, POST, changed);
        assertThat(filed.location()).as(filed.body()).matches(".*/mes-declarations/\\d{4}-\\d{2}-\\d{4}");
        String dec = filed.location().substring(filed.location().lastIndexOf('/') + 1);
        assertThat(register.amendedNumbers(dec)).containsExactly(number);

        org.camunda.bpm.engine.task.Task review = engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(dec).taskDefinitionKey("Task_ReviewDeclaration").singleResult();
        String summary = (String) engine.getTaskService().getVariable(review.getId(), "declarationSummary");
        assertThat(summary).contains("Modifications par rapport à la version en vigueur N° " + number,
                "**Dosage :** " + org.impexflow.casefile.Markdown.escape("20 mg / 120 mg") + " → **"
                        + org.impexflow.casefile.Markdown.escape("40 mg / 240 mg") + "**").doesNotContain("**Nom ou code du médicament :** Version Un →");
    }

    /**
     * Two DECs of one version filed from the case page; once one is validated, the other's page says it was
     * closed without a ruling on the merits, names the version in force and offers to amend that one.
     */
    @Test
    void aDecClosedBecauseAnotherWasValidatedNamesTheVersionInForceAndOffersToAmendIt() {
        org.camunda.bpm.engine.runtime.ProcessInstance first = Declarations.fileAs(engine, declarant,
                Declarations.with(Declarations.dei(), "establishmentSiret", establishment.getSiret(),
                        "declarantEmail", declarant, "medicineName", "Version Chaîne"));
        Declarations.decide(engine, first, "VALIDATE");
        String number = first.getBusinessKey();
        String validated = decOf(number);
        String closed = decOf(number);
        Declarations.decide(engine, engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(validated).singleResult(), "VALIDATE");

        String page = session.get("/mes-declarations/" + closed).body();
        assertThat(page).contains("Classée sans suite le ", "l&#39;ANSM n&#39;a pas statué sur le fond",
                "la N° " + validated + ", a été visée pendant l&#39;instruction de celle-ci",
                "action=\"/mes-declarations/" + validated + "/modification\"").doesNotContain("Décision de l&#39;ANSM le");
        assertThat(session.get("/mes-declarations/" + closed + "?lang=en").body())
                .contains("Closed without follow-up on ", "No. " + validated + ", was validated while this one");
        session.get("/mes-declarations?lang=fr");
        assertThat(session.get("/mes-declarations/" + validated).body()).as("the version in force says nothing of it")
                .doesNotContain("id=\"overtaken-by\"");
    }

    /** Files a DEC of {@code number} from its case page's « Déclarer une modification »; the DEC's number. */
    private String decOf(String number) {
        String path = session.submit("/mes-declarations/" + number, "/mes-declarations/" + number + "/modification",
                Map.of()).location();
        String id = path.substring(path.lastIndexOf('/') + 1);
        Map<String, String> fields = new HashMap<>(drafts.fields(drafts.find(Long.valueOf(id), establishment.getId())
                .orElseThrow()));
        fields.put("firstExportDate", Declarations.plannedFirstExport());
        fields.put("action", "deposer");
        fields.put("id", id);
        String filed = session.submit(path, POST, fields).location();
        return filed.substring(filed.lastIndexOf('/') + 1);
    }

    @Test
    void aDraftIsDiscarded() {
        WebSession.Page saved = session.submit(NEW, POST, Map.of("action", "enregistrer", "medicineName", "Jetable"));
        String path = saved.location().replaceAll("\\?.*", "");
        String id = path.substring(path.lastIndexOf('/') + 1);
        WebSession.Page asked = session.submit(path, POST, Map.of("action", "abandonner", "id", id));
        assertThat(asked.location()).as("asked first").endsWith("/mes-declarations/brouillons/" + id + "/suppression");
        assertThat(drafts.ofEstablishment(establishment.getId())).as("not deleted yet").isNotEmpty();
        String confirmation = "/mes-declarations/brouillons/" + id + "/suppression";
        assertThat(session.get(confirmation).body()).contains("Jetable", "Supprimer définitivement");
        WebSession.Page discarded = session.submit(confirmation, confirmation, Map.of());
        assertThat(discarded.location()).endsWith("/mes-declarations");
        assertThat(session.get("/mes-declarations").body()).contains("Brouillon abandonné.").doesNotContain("Jetable");
        assertThat(drafts.ofEstablishment(establishment.getId())).isEmpty();
    }

    @Test
    void anotherEstablishmentNeverSeesOrTouchesADraft() {
        WebSession.Page saved = session.submit(NEW, POST, Map.of("action", "enregistrer", "medicineName", "Privé"));
        String path = saved.location().replaceAll("\\?.*", "");
        String id = path.substring(path.lastIndexOf('/') + 1);

        Establishment neighbour = TestEstablishments.create(establishments, "Laboratoire Voisin");
        WebSession other = new WebSession("http://127.0.0.1:" + port);
        other.logIn(TestAccounts.declarant(accounts, establishments, neighbour), TestAccounts.PASSWORD,
                TestAccounts.SECRET);
        assertThat(other.get(path).status()).isEqualTo(404);
        assertThat(other.get("/mes-declarations").body()).doesNotContain("Privé");
        long instances = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
        // the answer of a draft that is gone: nothing of the draft shown, nothing changed, saved or filed
        for (String action : List.of("abandonner", "enregistrer", "deposer")) {
            WebSession.Page refused = other.submit(NEW, POST, Map.of("action", action, "id", id,
                    "medicineName", "Écrasé"));
            assertThat(refused.status()).as(action).isEqualTo(409);
            assertThat(refused.body()).as(action).contains("Ce brouillon n&#39;existe plus", "value=\"Écrasé\"")
                    .doesNotContain("Privé");
        }
        assertThat(drafts.ofEstablishment(establishment.getId())).singleElement()
                .satisfies(d -> assertThat(drafts.fields(d)).containsEntry("medicineName", "Privé"));
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
    }

    /**
     * A draft filed or deleted meanwhile (in another tab, or back after filing it): what was typed comes back,
     * unsaved, nothing is filed twice, and saving it makes a new draft.
     */
    @Test
    void aDraftGoneMeanwhileKeepsWhatWasTypedAndFilesNothing() {
        Long id = saveDraft("DEI", "Parti Ailleurs");
        String delete = "/mes-declarations/brouillons/" + id + "/suppression";
        session.submit(delete, delete, Map.of());
        long instances = engine.getHistoryService().createHistoricProcessInstanceQuery().count();

        Map<String, String> typed = new HashMap<>(complete());
        typed.put("id", id.toString());
        typed.put("medicineName", "Saisie Gardée");
        typed.put("action", "deposer");
        WebSession.Page gone = session.submit(NEW, POST, typed);
        assertThat(gone.status()).isEqualTo(409);
        assertThat(gone.body()).contains("Ce brouillon n&#39;existe plus", "value=\"Saisie Gardée\"",
                "<input type=\"hidden\" name=\"id\" value=\"\">");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).as("nothing filed")
                .isEqualTo(instances);
        assertThat(drafts.ofEstablishment(establishment.getId())).isEmpty();
        session.get("/mes-declarations?lang=en");
        assertThat(session.submit(NEW, POST, Map.of("action", "enregistrer", "id", id.toString(),
                "medicineName", "x")).body()).contains("This draft no longer exists", "value=\"x\"");
        session.get("/mes-declarations?lang=fr");

        typed.remove("id");
        typed.put("action", "enregistrer");
        WebSession.Page saved = session.submit(NEW, POST, typed);
        assertThat(saved.status()).isEqualTo(302);
        assertThat(drafts.ofEstablishment(establishment.getId())).singleElement()
                .satisfies(d -> assertThat(drafts.fields(d)).containsEntry("medicineName", "Saisie Gardée"));
    }

    @Test
    void aValueLongerThanItsFieldIsRefusedByName() {
        WebSession.Page refused = session.submit(NEW, POST, Map.of("action", "enregistrer",
                "medicineName", "x".repeat(301)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Au plus 300 caractères.", "Le brouillon n&#39;est pas enregistré")
                .as("nothing was kept: the page does not say it was").doesNotContain("gardée dans le brouillon");
        assertThat(drafts.ofEstablishment(establishment.getId())).isEmpty();
    }

    /** The analysts' figures of the register, as the dashboard gives them. */
    private static com.fasterxml.jackson.databind.JsonNode figures(WebSession analyst) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(analyst.get("/tableau-de-bord/chiffres")
                    .body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Saves a new draft of that type and medicine; its id. */
    private Long saveDraft(String type, String medicine) {
        return save(new HashMap<>(Map.of("declarationType", type, "medicineName", medicine)));
    }

    /** Saves these fields as a new draft ("Enregistrer le brouillon"); its id. */
    private Long save(Map<String, String> fields) {
        fields.put("action", "enregistrer");
        String path = session.submit(NEW, POST, fields).location().replaceAll("\\?.*", "");
        return Long.valueOf(path.substring(path.lastIndexOf('/') + 1));
    }

    /** The medicines of the home table's lines, in their order on the page. */
    private java.util.List<String> order(String path) {
        String body = session.get(path).body();
        Matcher cells = Pattern.compile("(Alpha Brouillon|Beta Déposé|Gamma Brouillon)</td>").matcher(body);
        java.util.List<String> found = new java.util.ArrayList<>();
        while (cells.find()) {
            found.add(cells.group(1));
        }
        return found;
    }

    private Map<String, String> complete() {
        Map<String, String> fields = new HashMap<>();
        Declarations.dei().forEach((name, value) -> fields.put(name, String.valueOf(value)));
        fields.remove("establishmentSiret");
        fields.remove("declarantEmail");
        fields.put("medicineName", "Brouillon Complet");
        return fields;
    }
}
