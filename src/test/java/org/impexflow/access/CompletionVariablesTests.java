package org.impexflow.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.account.Accounts;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TestEstablishments;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Whoever is not ANSM completes their task with the variables of its form and nothing else: a
 * declarant's or an API account's completion that carries another variable (the case's SIRET, its
 * status, a review decision) is refused with 400 naming it, the task stays open and the case keeps its
 * variables. Neither do they throw BPMN errors or escalations on their task.
 */
@ImpexflowSpringTest
class CompletionVariablesTests {

    private static final String ENGINE = "/camunda/api/engine/engine/default";
    private static final String ANSWER = "\"complementAnswer\":{\"value\":\"Le certificat est joint.\"}";
    private static final List<String> FORGED = List.of(
            "\"establishmentSiret\":{\"value\":\"73282932000074\"}",
            "\"declarationStatus\":{\"value\":\"VALIDATED\"}",
            "\"reviewDecision\":{\"value\":\"VALIDATE\"}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Accounts accounts;
    @Autowired
    Establishments establishments;
    @Autowired
    TestRestTemplate rest;

    @Test
    void aDeclarantsCompletionCarryingAVariableOutsideTheFormIsRefusedNamingIt() throws Exception {
        Establishment establishment = TestEstablishments.create(establishments, "Laboratoire Variables");
        String declarant = TestAccounts.declarant(accounts, establishments, establishment);
        ProcessInstance pi = complementAwaited(declarant, establishment.getSiret());
        String task = ENGINE + "/task/" + complementTask(pi).getId();
        Map<String, Object> before = engine.getRuntimeService().getVariables(pi.getId());
        WebSession session = session(declarant);

        // a resolution is refused to everybody (EngineApiRestrictionsTests), before these checks
        for (String action : List.of("/submit-form", "/complete")) {
            for (String forged : FORGED) {
                WebSession.Page answer = session.webapp("POST", task + action,
                        "{\"variables\":{" + ANSWER + "," + forged + "}}");

                String name = forged.substring(1, forged.indexOf('"', 1));
                assertThat(answer.status()).as(action + " " + name).isEqualTo(400);
                JsonNode body = JSON.readTree(answer.body());
                assertThat(body.path("type").asText()).isEqualTo("InvalidInputException");
                assertThat(body.path("message").asText()).contains("« " + name + " »").doesNotContain("ENGINE-");
                assertThat(body.path("errors")).extracting(e -> e.path("field").asText()).containsExactly(name);
            }
        }

        assertThat(complementTask(pi)).as("still open").isNotNull();
        assertThat(engine.getRuntimeService().getVariables(pi.getId())).isEqualTo(before);

        WebSession.Page answered = session.webapp("POST", task + "/submit-form",
                "{\"variables\":{" + ANSWER + ",\"complementFiles\":{\"value\":\"\"}}}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(204);
        assertThat(complementTask(pi)).as("completed with the form's own variables").isNull();
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "establishmentSiret"))
                .isEqualTo(establishment.getSiret());
    }

    @Test
    void anApiAccountsCompletionCarryingAVariableOutsideTheFormIsRefusedNamingIt() throws Exception {
        ProcessInstance pi = complementAwaited(Declarations.DECLARANT, Declarations.DEMO_SIRET);
        String task = "/engine-rest/task/" + complementTask(pi).getId();
        Map<String, Object> before = engine.getRuntimeService().getVariables(pi.getId());

        for (String action : List.of("/complete", "/submit-form")) {
            for (String forged : FORGED) {
                ResponseEntity<String> answer = apiPost(task + action, "{\"variables\":{" + ANSWER + "," + forged + "}}");

                String name = forged.substring(1, forged.indexOf('"', 1));
                assertThat(answer.getStatusCode().value()).as(action + " " + name).isEqualTo(400);
                JsonNode body = JSON.readTree(answer.getBody());
                assertThat(body.path("type").asText()).isEqualTo("InvalidInputException");
                assertThat(body.path("message").asText()).contains(name);
                assertThat(body.path("errors")).extracting(e -> e.path("field").asText()).containsExactly(name);
            }
        }

        assertThat(complementTask(pi)).as("still open").isNotNull();
        assertThat(engine.getRuntimeService().getVariables(pi.getId())).isEqualTo(before);

        ResponseEntity<String> answered = apiPost(task + "/complete", "{\"variables\":{" + ANSWER + "}}");
        assertThat(answered.getStatusCode().value()).as(answered.getBody()).isEqualTo(204);
        assertThat(complementTask(pi)).isNull();
    }

    @Test
    void aDeclarantNeitherChangesTheVariablesOfTheirTaskNorThrowsErrorsOnIt() {
        Establishment establishment = TestEstablishments.create(establishments, "Laboratoire Erreur");
        String declarant = TestAccounts.declarant(accounts, establishments, establishment);
        ProcessInstance pi = complementAwaited(declarant, establishment.getSiret());
        Task complement = complementTask(pi);
        String task = ENGINE + "/task/" + complement.getId();
        Map<String, Object> before = engine.getRuntimeService().getVariables(pi.getId());
        WebSession session = session(declarant);
        String modification = "{\"modifications\":{\"declarationStatus\":{\"value\":\"VALIDATED\"}}}";

        List<WebSession.Page> answers = List.of(
                session.webapp("POST", task + "/variables", modification),
                session.webapp("POST", task + "/localVariables", modification),
                session.webapp("PUT", task + "/localVariables/declarationStatus", "{\"value\":\"VALIDATED\"}"),
                session.webapp("POST", task + "/bpmnError", "{\"errorCode\":\"x\",\"variables\":{"
                        + FORGED.get(1) + "}}"),
                session.webapp("POST", task + "/bpmnEscalation", "{\"escalationCode\":\"x\",\"variables\":{"
                        + FORGED.get(1) + "}}"));
        List<WebSession.Page> spelledOtherwise = List.of(
                session.webapp("POST", task + "/variables/", modification),
                session.webapp("POST", task + "/vari%61bles", modification),
                session.webapp("POST", task + "/bpmnError/", "{\"errorCode\":\"x\"}"));
        ResponseEntity<String> api = apiPost("/engine-rest/task/" + complementTask(
                complementAwaited(Declarations.DECLARANT, Declarations.DEMO_SIRET)).getId() + "/variables",
                modification);

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(403));
        assertThat(spelledOtherwise).allSatisfy(answer -> assertThat(answer.status()).as(answer.body())
                .isIn(400, 403, 404, 405));
        assertThat(api.getStatusCode().value()).isEqualTo(403);
        assertThat(complementTask(pi)).as("still open").isNotNull();
        assertThat(engine.getRuntimeService().getVariables(pi.getId())).isEqualTo(before);
    }

    @Test
    void aTextTooLongOrAValueOtherThanATextInATextFieldIsRefusedNamingItNotWithA500() throws Exception {
        ProcessInstance pi = complementAwaited(Declarations.DECLARANT, Declarations.DEMO_SIRET);
        String task = "/engine-rest/task/" + complementTask(pi).getId();

        for (String answer : List.of("{\"value\":\"" + "A".repeat(5000) + "\"}", "{\"value\":12,\"type\":\"Integer\"}",
                "{\"value\":true}")) {
            ResponseEntity<String> refused = apiPost(task + "/complete", "{\"variables\":{\"complementAnswer\":" + answer + "}}");
            assertThat(refused.getStatusCode().value()).as(answer.substring(0, Math.min(20, answer.length()))).isEqualTo(400);
            JsonNode body = JSON.readTree(refused.getBody());
            assertThat(body.path("errors")).extracting(e -> e.path("field").asText()).containsExactly("complementAnswer");
            assertThat(body.path("message").asText()).doesNotContain("ENGINE-", "Exception", "persistence");
        }
        assertThat(complementTask(pi)).as("still open").isNotNull();

        // a reviewer's comment on Tasklist's API likewise
        Task review = engine.getTaskService().createTaskQuery().processDefinitionKey("export-declaration")
                .taskDefinitionKey("Task_ReviewDeclaration").list().get(0);
        String person = TestAccounts.person(accounts, "reviewer", Groups.REVIEWERS);
        WebSession reviewer = session(person);
        reviewer.webapp("POST", ENGINE + "/task/" + review.getId() + "/claim", "{\"userId\":\"" + person + "\"}");
        WebSession.Page long4500 = reviewer.webapp("POST", ENGINE + "/task/" + review.getId() + "/submit-form",
                "{\"variables\":{\"reviewDecision\":{\"value\":\"REQUEST_COMPLEMENT\"},"
                        + "\"reviewComment\":{\"value\":\"" + "B".repeat(4500) + "\"}}}");
        assertThat(long4500.status()).isEqualTo(400);
        assertThat(long4500.body()).contains("4000 caractères au plus").doesNotContain("persistence");
    }

    @Test
    void aReviewerStillCompletesTheReviewAsBefore() {
        ProcessInstance pi = Declarations.fileAs(engine, Declarations.DECLARANT, Declarations.dei());
        Declarations.runJobs(engine, pi.getId());
        Task review = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_ReviewDeclaration").singleResult();
        String person = TestAccounts.person(accounts, "reviewer", Groups.REVIEWERS);
        WebSession reviewer = session(person);
        assertThat(reviewer.webapp("POST", ENGINE + "/task/" + review.getId() + "/claim",
                "{\"userId\":\"" + person + "\"}").status()).isEqualTo(204);

        WebSession.Page answer = reviewer.webapp("POST", ENGINE + "/task/" + review.getId() + "/submit-form",
                "{\"variables\":{\"reviewDecision\":{\"value\":\"REQUEST_COMPLEMENT\"},"
                        + "\"reviewComment\":{\"value\":\"Joindre le certificat\"},\"reviewerNote\":{\"value\":\"x\"}}}");

        assertThat(answer.status()).as(answer.body()).isEqualTo(204);
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "reviewerNote")).as("as before").isEqualTo("x");
    }

    private ProcessInstance complementAwaited(String declarant, String siret) {
        ProcessInstance pi = Declarations.fileAs(engine, declarant, Declarations.with(Declarations.dei(),
                "establishmentSiret", siret, "declarantEmail", declarant));
        Declarations.decide(engine, pi, "REQUEST_COMPLEMENT");
        return pi;
    }

    private Task complementTask(ProcessInstance pi) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_ProvideComplement").singleResult();
    }

    private ResponseEntity<String> apiPost(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(Declarations.API_CLIENT, Declarations.PASSWORD).exchange(path, HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);
    }

    private WebSession session(String user) {
        WebSession session = new WebSession("http://localhost:" + port);
        assertThat(session.logIn(user, TestAccounts.PASSWORD, TestAccounts.SECRET).status()).isEqualTo(302);
        return session;
    }
}
