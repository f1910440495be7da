package org.impexflow.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.account.Accounts;
import org.impexflow.establishment.Establishments;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.Onboarding;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TestEstablishments;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A form that the server refuses in Tasklist (a task listener, a start listener or the first step of a
 * process): the webapps' engine API answers 400 with one sentence naming the field, in place of
 * {@code ENGINE-03051 … TaskListener …} with a 500, and nothing is stored.
 */
@ImpexflowSpringTest
class WebappRefusalTests {

    private static final String ENGINE = "/camunda/api/engine/engine/default";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Accounts accounts;
    @Autowired
    Establishments establishments;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aProhibitionWithoutReasonsIsRefusedWithOneSentenceAndTheTaskStaysOpen() throws Exception {
        Task review = Declarations.awaitingReview(engine, Declarations.dei());
        String instance = review.getProcessInstanceId();
        String reviewer = TestAccounts.person(accounts, "reviewer", "ansm-reviewers");
        WebSession session = session(reviewer);
        assertThat(session.webapp("POST", ENGINE + "/task/" + review.getId() + "/claim",
                "{\"userId\":\"" + reviewer + "\"}").status()).isEqualTo(204);
        Object statusBefore = engine.getRuntimeService().getVariable(instance, "declarationStatus");

        WebSession.Page answer = session.webapp("POST", ENGINE + "/task/" + review.getId() + "/submit-form",
                "{\"variables\":{\"reviewDecision\":{\"value\":\"PROHIBIT\"},\"reviewComment\":{\"value\":\"\"}}}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(message(answer)).isEqualTo("Obligatoire : les motifs de l'interdiction sont communiqués au "
                + "déclarant (champ « Motifs / complément demandé »).");
        assertThat(answer.body()).doesNotContain("ENGINE-", "TaskListener");
        assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId()).singleResult())
                .as("the task is still open").isNotNull();
        assertThat(engine.getRuntimeService().getVariable(instance, "reviewDecision")).as("nothing stored").isNull();
        assertThat(engine.getRuntimeService().getVariable(instance, "declarationStatus")).isEqualTo(statusBefore);
    }

    @Test
    void anInvalidSiretInTheComplementaryInformationIsRefusedNamingTheField() throws Exception {
        Onboarding.Newcomer newcomer = Onboarding.newcomer(engine, accounts, "Inès", "Siretfausse");
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(newcomer.activation().getId())
                .taskDefinitionKey("Task_CompleteInformation").singleResult();
        Map<String, Object> information = Onboarding.namingSiret(newcomer, "12345678901234", "Laboratoire Clé Fausse");
        Map<String, Object> variables = new java.util.HashMap<>();
        information.forEach((name, value) -> variables.put(name, Map.of("value", value)));

        WebSession.Page answer = session(newcomer.email()).webapp("POST", ENGINE + "/task/" + task.getId()
                + "/submit-form", json.writeValueAsString(Map.of("variables", variables)));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(message(answer)).isEqualTo("N° SIRET invalide : 14 chiffres dont une clé de contrôle "
                + "(champ « N° SIRET »).");
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult()).isNotNull();
        assertThat(engine.getRuntimeService().getVariable(newcomer.activation().getId(), "siret"))
                .as("nothing stored").isNull();
    }

    @Test
    void complementaryInformationWithoutTheCguBoxIsRefusedNamingTheField() throws Exception {
        Onboarding.Newcomer newcomer = Onboarding.newcomer(engine, accounts, "Inès", "Sanscgu");
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(newcomer.activation().getId())
                .taskDefinitionKey("Task_CompleteInformation").singleResult();
        Map<String, Object> information = Onboarding.namingSiret(newcomer, TestEstablishments.randomSiret(),
                "Laboratoire Sans CGU");
        information.put("cguAcknowledged", false);
        Map<String, Object> variables = new java.util.HashMap<>();
        information.forEach((name, value) -> variables.put(name, Map.of("value", value)));

        WebSession.Page answer = session(newcomer.email()).webapp("POST", ENGINE + "/task/" + task.getId()
                + "/submit-form", json.writeValueAsString(Map.of("variables", variables)));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(message(answer)).isEqualTo("Cochez la case : vous avez lu et vous vous engagez à respecter les "
                + "conditions générales d'utilisation (champ « J'ai lu et m'engage à respecter les conditions "
                + "générales d'utilisation »).");
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult()).isNotNull();
        assertThat(engine.getRuntimeService().getVariable(newcomer.activation().getId(), "companyName"))
                .as("nothing stored").isNull();
    }

    @Test
    void aStartFormWithAMalformedSiretIsRefusedNamingTheField() throws Exception {
        String declarant = TestAccounts.declarant(accounts, establishments,
                TestEstablishments.create(establishments, "Laboratoire Départ Refusé"));
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("export-declaration").latestVersion().singleResult().getId();
        String filing = Declarations.restFiling("Refus Au Départ").replace("{\"variables\": {",
                "{\"variables\": {\"establishmentSiret\": {\"value\": \"123\"},");

        WebSession.Page answer = session(declarant).webapp("POST", ENGINE + "/process-definition/" + definition
                + "/submit-form", filing);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(message(answer)).isEqualTo("N° SIRET invalide (14 chiffres avec une clé de contrôle) : 123 "
                + "(champ « N° SIRET de l'établissement »).");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionId(definition)
                .variableValueEquals("medicineName", "Refus Au Départ").count()).as("nothing stored").isZero();
    }

    @Test
    void aTaskClaimedByAnotherReviewerAtTheSameMomentReadsAsOneSentenceInThePersonsLanguage() throws Exception {
        Task review = Declarations.awaitingReview(engine, Declarations.dei());
        String first = TestAccounts.person(accounts, "reviewer", "ansm-reviewers");
        String second = TestAccounts.person(accounts, "reviewer", "ansm-reviewers");
        engine.getTaskService().claim(review.getId(), first);
        WebSession late = session(second);
        String claim = "{\"userId\":\"" + second + "\"}";

        WebSession.Page answer = late.webapp("POST", ENGINE + "/task/" + review.getId() + "/claim", claim);

        assertThat(answer.status()).isEqualTo(409);
        assertThat(message(answer)).isEqualTo("Cette tâche vient d'être prise en charge par une autre personne : "
                + "rechargez la liste des tâches.");
        late.get("/?lang=en");
        assertThat(message(late.webapp("POST", ENGINE + "/task/" + review.getId() + "/claim", claim)))
                .isEqualTo("This task has just been claimed by someone else: reload the task list.");
        assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId()).singleResult().getAssignee())
                .isEqualTo(first);
    }

    @Test
    void otherEngineErrorsKeepCamundasAnswer() throws Exception {
        WebSession session = session(TestAccounts.person(accounts, "reviewer", "ansm-reviewers"));

        WebSession.Page answer = session.webapp("POST", ENGINE + "/task/no-such-task/submit-form",
                "{\"variables\":{}}");

        assertThat(answer.status()).as("as before").isEqualTo(500);
        assertThat(message(answer)).as("Tasklist recognises it and says the task is gone").contains("task is null");
    }

    @Test
    void aCallWithoutItsBodyIsRefusedInTheLanguageOfThePersonNotWithANullPointer() throws Exception {
        WebSession session = session(TestAccounts.person(accounts, "reviewer", "ansm-reviewers"));

        for (String path : java.util.List.of("/process-definition/key/export-declaration/start", "/task", "/task/count")) {
            WebSession.Page answer = session.webapp("POST", ENGINE + path, "");
            assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(400);
            assertThat(message(answer)).contains("Requête sans contenu").doesNotContain("Null", "Cannot invoke");
        }
    }

    private String message(WebSession.Page answer) throws Exception {
        JsonNode body = json.readTree(answer.body());
        return body.path("message").asText();
    }

    private WebSession session(String user) {
        WebSession session = new WebSession("http://localhost:" + port);
        assertThat(session.logIn(user, TestAccounts.PASSWORD, TestAccounts.SECRET).status()).isEqualTo(302);
        return session;
    }
}
