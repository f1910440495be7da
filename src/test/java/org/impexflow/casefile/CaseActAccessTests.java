package org.impexflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impexflow.support.Declarations.DECLARANT;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.impexflow.access.Groups;
import org.impexflow.account.Accounts;
import org.impexflow.exportdeclaration.DeclarationRegister;
import org.impexflow.exportdeclaration.DeclarationStatus;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Who may start an act after a decision and who may confirm it, as people reach the engine: the start
 * form and the task API of Tasklist (the webapps' engine API), and /engine-rest.
 */
@ImpexflowSpringTest
class CaseActAccessTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENGINE = "/camunda/api/engine/engine/default";
    private static final String START_FORM = ENGINE + "/process-definition/key/" + CaseActProcess.KEY + "/submit-form";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Accounts accounts;
    @Autowired
    DeclarationRegister declarations;
    @Autowired
    TestRestTemplate rest;

    @Test
    void onlyTheCompetentGroupStartsAnActFromItsStartFormAndNobodyThroughTheRestApi() throws Exception {
        String number = org.impexflow.support.DecidedCases.validatedDei(engine);
        String body = form(CaseActsTests.proposal(number, "PROHIBIT", null));

        for (String group : List.of(Groups.DECLARANTS, Groups.ANALYSTS, Groups.SUPPORT)) {
            WebSession someone = session(TestAccounts.person(accounts, "outsider", group));
            // not among the starters: the definition is not even theirs to see (404) or to start (403)
            assertThat(someone.webapp("POST", START_FORM, body).status()).as(group).isIn(403, 404);
        }
        WebSession narcotics = session(TestAccounts.person(accounts, "narcotics", Groups.NARCOTICS));
        WebSession.Page otherGroup = narcotics.webapp("POST", START_FORM, body);
        assertThat(otherGroup.status()).isEqualTo(400);
        assertThat(otherGroup.body()).contains("seul le groupe « ansm-reviewers »", "N° du dossier")
                .doesNotContain("ENGINE-");

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(rest.withBasicAuth(Declarations.API_CLIENT, Declarations.PASSWORD).exchange(
                "/engine-rest/process-definition/key/" + CaseActProcess.KEY + "/start", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class).getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(declarations.byNumber(number).orElseThrow().getStatus()).isEqualTo(DeclarationStatus.VALIDATED);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(
                CaseActProcess.KEY).variableValueEquals(CaseActProcess.Vars.CASE_NUMBER, number).count()).isZero();
    }

    @Test
    void theProposerCanNeitherClaimNorCompleteTheConfirmationThroughTasklistsTaskApi() throws Exception {
        String number = org.impexflow.support.DecidedCases.validatedDei(engine);
        String proposer = TestAccounts.person(accounts, "reviewer", Groups.REVIEWERS);
        WebSession proposing = session(proposer);
        WebSession.Page started = proposing.webapp("POST", START_FORM,
                form(CaseActsTests.proposal(number, "WITHDRAW", null, CaseActProcess.Vars.PROPOSED_BY, "x@y")));
        assertThat(started.status()).as("the proposer is never a start variable").isEqualTo(400);
        assertThat(started.body()).contains("proposedBy");

        started = proposing.webapp("POST", START_FORM, form(CaseActsTests.proposal(number, "WITHDRAW", null)));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String instance = JSON.readTree(started.body()).get("id").asText();
        String task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();

        WebSession.Page claim = proposing.webapp("POST", ENGINE + "/task/" + task + "/claim",
                "{\"userId\": \"" + proposer + "\"}");
        assertThat(claim.status()).isEqualTo(400);
        assertThat(claim.body()).contains("quatre yeux").doesNotContain("ENGINE-");
        WebSession.Page complete = proposing.webapp("POST", ENGINE + "/task/" + task + "/submit-form",
                "{\"variables\": {\"actConfirmation\": {\"value\": \"CONFIRM\"}}}");
        assertThat(complete.status()).isEqualTo(400);
        assertThat(complete.body()).contains("quatre yeux").doesNotContain("ENGINE-");
        assertThat(declarations.byNumber(number).orElseThrow().getStatus()).isEqualTo(DeclarationStatus.VALIDATED);

        String second = TestAccounts.person(accounts, "reviewer2", Groups.REVIEWERS);
        WebSession confirming = session(second);
        assertThat(confirming.webapp("POST", ENGINE + "/task/" + task + "/claim",
                "{\"userId\": \"" + second + "\"}").status()).isEqualTo(204);
        assertThat(confirming.webapp("POST", ENGINE + "/task/" + task + "/submit-form",
                "{\"variables\": {\"actConfirmation\": {\"value\": \"CONFIRM\"}}}").status()).isEqualTo(204);
        assertThat(declarations.byNumber(number).orElseThrow().getStatus()).isEqualTo(DeclarationStatus.WITHDRAWN);
    }

    @Test
    void theConfirmerCannotRedirectTheConfirmedActToAnotherCaseOrAnotherActWithTheCompletionsVariables()
            throws Exception {
        String proposed = org.impexflow.support.DecidedCases.validatedDei(engine);
        String other = org.impexflow.support.DecidedCases.validatedDei(engine);
        long otherId = declarations.byNumber(other).orElseThrow().getId();
        WebSession proposing = session(TestAccounts.person(accounts, "reviewer", Groups.REVIEWERS));
        WebSession.Page started = proposing.webapp("POST", START_FORM,
                form(CaseActsTests.proposal(proposed, "SUSPEND", java.time.LocalDate.now().plusDays(30).toString())));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String instance = JSON.readTree(started.body()).get("id").asText();
        String task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();

        String second = TestAccounts.person(accounts, "reviewer2", Groups.REVIEWERS);
        WebSession confirming = session(second);
        assertThat(confirming.webapp("POST", ENGINE + "/task/" + task + "/claim",
                "{\"userId\": \"" + second + "\"}").status()).isEqualTo(204);
        // the second member alone chooses another case (never proposed, never checked) and a harder act
        WebSession.Page redirected = confirming.webapp("POST", ENGINE + "/task/" + task + "/submit-form",
                "{\"variables\": {\"actConfirmation\": {\"value\": \"CONFIRM\"},"
                        + " \"caseId\": {\"value\": " + otherId + ", \"type\": \"Long\"},"
                        + " \"caseNumber\": {\"value\": \"" + other + "\"},"
                        + " \"act\": {\"value\": \"PROHIBIT\"}}}");
        assertThat(redirected.status()).as(redirected.body()).isEqualTo(400);
        assertThat(redirected.body()).contains("caseId").doesNotContain("ENGINE-");
        assertThat(declarations.byNumber(other).orElseThrow().getStatus()).isEqualTo(DeclarationStatus.VALIDATED);
        assertThat(declarations.byNumber(proposed).orElseThrow().getStatus()).isEqualTo(DeclarationStatus.VALIDATED);

        // confirmed as proposed, the act applies to the proposed case only
        assertThat(confirming.webapp("POST", ENGINE + "/task/" + task + "/submit-form",
                "{\"variables\": {\"actConfirmation\": {\"value\": \"CONFIRM\"}}}").status()).isEqualTo(204);
        assertThat(declarations.byNumber(proposed).orElseThrow().getStatus()).isEqualTo(DeclarationStatus.SUSPENDED);
        assertThat(declarations.byNumber(other).orElseThrow().getStatus()).isEqualTo(DeclarationStatus.VALIDATED);
    }

    @Test
    void theProposerCannotConfirmAloneByNamingSomeoneElseAsProposerInTheCompletionOrTheInstancesVariables()
            throws Exception {
        String number = org.impexflow.support.DecidedCases.validatedDei(engine);
        String proposer = TestAccounts.person(accounts, "reviewer", Groups.REVIEWERS);
        WebSession proposing = session(proposer);
        WebSession.Page started = proposing.webapp("POST", START_FORM, form(CaseActsTests.proposal(number, "PROHIBIT", null)));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String instance = JSON.readTree(started.body()).get("id").asText();
        String task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
        // the seal keeps the proposer as a digest: Cockpit's lists show the business key, not the address
        String sealed = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance)
                .singleResult().getBusinessKey();
        assertThat(sealed).contains("|" + number + "|").doesNotContain(proposer).doesNotContain("@");

        WebSession.Page alone = proposing.webapp("POST", ENGINE + "/task/" + task + "/submit-form",
                "{\"variables\": {\"actConfirmation\": {\"value\": \"CONFIRM\"},"
                        + " \"proposedBy\": {\"value\": \"someone.else@ansm.example\"}}}");
        assertThat(alone.status()).as(alone.body()).isEqualTo(400);
        assertThat(alone.body()).doesNotContain("ENGINE-");
        assertThat(declarations.byNumber(number).orElseThrow().getStatus()).isEqualTo(DeclarationStatus.VALIDATED);

        // nor by changing the instance's variable first, whatever the engine API answers to that
        proposing.webapp("PUT", ENGINE + "/process-instance/" + instance + "/variables/proposedBy",
                "{\"value\": \"someone.else@ansm.example\", \"type\": \"String\"}");
        proposing.webapp("POST", ENGINE + "/task/" + task + "/submit-form",
                "{\"variables\": {\"actConfirmation\": {\"value\": \"CONFIRM\"}}}");
        assertThat(declarations.byNumber(number).orElseThrow().getStatus()).isEqualTo(DeclarationStatus.VALIDATED);

        // nor through the task's variables, which are the instance's, then claiming the confirmation
        for (String path : List.of("/variables/proposedBy", "/localVariables/proposedBy")) {
            WebSession.Page rewritten = proposing.webapp("PUT", ENGINE + "/task/" + task + path,
                    "{\"value\": \"someone.else@ansm.example\", \"type\": \"String\"}");
            assertThat(rewritten.status()).as(path).isEqualTo(403);
            assertThat(rewritten.body()).contains("changent par son formulaire");
        }
        assertThat(proposing.webapp("POST", ENGINE + "/task/" + task + "/variables",
                "{\"modifications\": {\"proposedBy\": {\"value\": \"someone.else@ansm.example\"}}}").status())
                .isEqualTo(403);
        assertThat(engine.getRuntimeService().getVariable(instance, CaseActProcess.Vars.PROPOSED_BY)).isEqualTo(proposer);
        assertThat(proposing.webapp("POST", ENGINE + "/task/" + task + "/claim",
                "{\"userId\": \"" + proposer + "\"}").status()).isEqualTo(400);
    }

    private WebSession session(String user) {
        WebSession session = new WebSession("http://localhost:" + port);
        assertThat(session.logIn(user, TestAccounts.PASSWORD, TestAccounts.SECRET).status()).isEqualTo(302);
        return session;
    }

    private static String form(Map<String, Object> values) throws JsonProcessingException {
        Map<String, Object> variables = new java.util.HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return JSON.writeValueAsString(Map.of("variables", variables));
    }
}
