package org.impexflow.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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
        assertThat(home).contains("Mes brouillons", "Brouillon Un", "data-draft=\"" + id.group(1) + "\"");
        assertThat(home).as("a draft is not filed: no case to count").doesNotContain("data-counter=\"filed-");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count())
                .as("a draft is not a process instance: ANSM does not see it").isEqualTo(instances);

        WebSession.Page again = session.submit(path, POST, Map.of("action", "enregistrer", "id", id.group(1),
                "medicineName", "Brouillon Un", "strength", "5 mg"));
        assertThat(again.location()).contains(path);
        assertThat(drafts.ofEstablishment(establishment.getId())).singleElement()
                .satisfies(d -> assertThat(drafts.fields(d)).containsEntry("strength", "5 mg"));
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
                .containsEntry("destinationCountry", "SN").containsKey("earlierDeclarationCopies");
        assertThat(session.get(path).body()).contains("value=\"DEC\" selected=\"selected\"", "value=\"" + number + "\"");

        Map<String, String> changed = new HashMap<>(fields);
        changed.put("strength", "40 mg / 240 mg");
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

    @Test
    void aDraftIsDiscarded() {
        WebSession.Page saved = session.submit(NEW, POST, Map.of("action", "enregistrer", "medicineName", "Jetable"));
        String path = saved.location().replaceAll("\\?.*", "");
        String id = path.substring(path.lastIndexOf('/') + 1);
        WebSession.Page discarded = session.submit(path, POST, Map.of("action", "abandonner", "id", id));
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
        assertThat(other.submit(NEW, POST, Map.of("action", "abandonner", "id", id)).status()).isEqualTo(404);
        assertThat(drafts.ofEstablishment(establishment.getId())).hasSize(1);
    }

    @Test
    void aValueLongerThanItsFieldIsRefusedByName() {
        WebSession.Page refused = session.submit(NEW, POST, Map.of("action", "enregistrer",
                "medicineName", "x".repeat(301)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Au plus 300 caractères.");
        assertThat(drafts.ofEstablishment(establishment.getId())).isEmpty();
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
