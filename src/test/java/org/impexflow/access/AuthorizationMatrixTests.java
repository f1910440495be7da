package org.impexflow.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.impexflow.account.Accounts;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.EstablishmentType;
import org.impexflow.establishment.Establishments;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may see what: each role, logged in as people are, against the cases of two establishments,
 * the review task, the start of processes and the webapps; and the REST API for technical accounts.
 */
@ImpexflowSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENGINE = "/camunda/api/engine/engine/default";

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

    private String caseA;
    private String caseB;
    private WebSession declarantA;
    private WebSession declarantB;
    private WebSession reviewer;
    private WebSession support;
    private WebSession analyst;
    private WebSession admin;

    /** Once for the class, inside a test run (the coverage plugin records process events per test). */
    @BeforeEach
    void twoEstablishmentsWithACaseEachAndOnePersonPerRole() {
        if (caseA != null) {
            return;
        }
        Establishment a = establishments.bySiret(Declarations.DEMO_SIRET).orElseThrow();
        Establishment b = establishments.bySiret("73282932000074").orElseGet(() -> establishments.create(
                new Establishment("73282932000074", "Autre Laboratoire", EstablishmentType.PHARMACEUTICAL_ESTABLISHMENT,
                        "1 avenue du Test", "75001", "Paris", "FR")));
        String userA = TestAccounts.declarant(accounts, establishments, a);
        String userB = TestAccounts.declarant(accounts, establishments, b);
        caseA = file(userA, Declarations.DEMO_SIRET).getBusinessKey();
        caseB = file(userB, "73282932000074").getBusinessKey();

        declarantA = session(userA);
        declarantB = session(userB);
        reviewer = session(TestAccounts.person(accounts, "reviewer", Groups.REVIEWERS));
        support = session(TestAccounts.person(accounts, "support", Groups.SUPPORT));
        analyst = session(TestAccounts.person(accounts, "analyst", Groups.ANALYSTS));
        admin = session(TestAccounts.person(accounts, "admin", Groups.ADMINISTRATORS));
    }

    @Test
    void eachRoleOpensItsOwnWebapps() {
        assertThat(apps(declarantA)).containsExactlyInAnyOrder("tasklist", "welcome");
        assertThat(apps(reviewer)).containsExactlyInAnyOrder("tasklist", "welcome");
        assertThat(apps(support)).containsExactlyInAnyOrder("tasklist", "welcome");
        assertThat(apps(analyst)).containsExactlyInAnyOrder("cockpit", "welcome");
        assertThat(apps(admin)).contains("admin", "cockpit", "tasklist");
    }

    @Test
    void aDeclarantSeesTheCasesOfItsOwnEstablishmentOnly() {
        assertThat(instances(declarantA, caseA)).isEqualTo(1);
        assertThat(instances(declarantA, caseB)).isZero();
        assertThat(instances(declarantB, caseA)).isZero();
        assertThat(historicInstances(declarantB, caseA)).isZero();
        assertThat(historicInstances(declarantA, caseA)).isEqualTo(1);
        String idA = processInstanceId(caseA);
        assertThat(declarantB.webapp("GET", ENGINE + "/process-instance/" + idA + "/variables", null).status())
                .as("not even by id").isIn(403, 404);
        assertThat(tasks(declarantA, caseA)).as("the review task is ANSM's").isZero();
    }

    @Test
    void ansmReviewersSupportAndAnalystsSeeEveryDeclaration() {
        for (WebSession ansm : List.of(reviewer, support, analyst, admin)) {
            assertThat(instances(ansm, caseA)).isEqualTo(1);
            assertThat(instances(ansm, caseB)).isEqualTo(1);
        }
        assertThat(tasks(reviewer, caseA)).isEqualTo(1);
        assertThat(tasks(analyst, caseA)).isEqualTo(1);
    }

    @Test
    void analystsChangeNothingAndOnlyReviewersDecide() throws Exception {
        String task = taskId(reviewer, caseB);
        String decision = "{\"variables\":{\"reviewDecision\":{\"value\":\"VALIDATE\"}}}";
        assertThat(analyst.webapp("POST", ENGINE + "/task/" + task + "/complete", decision).status()).isEqualTo(403);
        assertThat(declarantB.webapp("POST", ENGINE + "/task/" + task + "/complete", decision).status())
                .isIn(403, 404);
        assertThat(analyst.webapp("DELETE", ENGINE + "/process-instance/" + processInstanceId(caseB), null).status())
                .isEqualTo(403);
        assertThat(instances(reviewer, caseB)).as("still there").isEqualTo(1);

        assertThat(reviewer.webapp("POST", ENGINE + "/task/" + task + "/claim", "{\"userId\":\""
                + reviewerId() + "\"}").status()).isEqualTo(204);
        assertThat(reviewer.webapp("POST", ENGINE + "/task/" + task + "/complete", decision).status()).isEqualTo(204);
    }

    @Test
    void onlyDeclarantsFileAndOnlySupportIntervenesOnAccounts() {
        String filing = "{\"variables\":{\"declarationType\":{\"value\":\"DEI\"}}}";
        for (WebSession ansm : List.of(reviewer, support, analyst)) {
            assertThat(ansm.webapp("POST", ENGINE + "/process-definition/key/export-declaration/submit-form", filing)
                    .status()).isIn(403, 404);
        }
        assertThat(declarantA.webapp("POST", ENGINE + "/process-definition/key/export-declaration/submit-form",
                filing).body()).as("the declarant gets as far as the checks").contains("medicineName");

        String intervention = "{\"variables\":{\"accountEmail\":{\"value\":\"nobody@test.example\"},"
                + "\"supportAction\":{\"value\":\"UNLOCK\"},\"supportReason\":{\"value\":\"x\"}}}";
        assertThat(declarantA.webapp("POST", ENGINE + "/process-definition/key/account-support/submit-form",
                intervention).status()).isIn(403, 404);
        assertThat(support.webapp("POST", ENGINE + "/process-definition/key/account-support/submit-form",
                intervention).body()).as("support gets as far as the checks").contains("accountEmail");
    }

    @Test
    void technicalAccountsReadTheirEstablishmentsCasesOnlyThroughTheRestApi() throws Exception {
        TestRestTemplate api = rest.withBasicAuth(Declarations.API_CLIENT, Declarations.PASSWORD);
        assertThat(JSON.readTree(api.getForObject("/engine-rest/process-instance?businessKey=" + caseA, String.class)))
                .hasSize(1);
        assertThat(JSON.readTree(api.getForObject("/engine-rest/process-instance?businessKey=" + caseB, String.class)))
                .isEmpty();
        assertThat(JSON.readTree(api.getForObject("/engine-rest/history/process-instance?processInstanceBusinessKey="
                + caseB, String.class))).isEmpty();
        assertThat(api.getForEntity("/engine-rest/process-instance/" + processInstanceId(caseB) + "/variables",
                String.class).getStatusCode().value()).isIn(403, 404);
        assertThat(JSON.readTree(api.getForObject("/engine-rest/user", String.class))).as("no other user")
                .singleElement().satisfies(user -> assertThat(user.get("id").asText())
                        .isEqualTo(Declarations.API_CLIENT));
    }

    // --- helpers ---------------------------------------------------------------------------------

    private String reviewerIdValue;

    private String reviewerId() throws Exception {
        if (reviewerIdValue == null) {
            reviewerIdValue = JSON.readTree(reviewer.webapp("GET", "/camunda/api/admin/auth/user/default", null)
                    .body()).get("userId").asText();
        }
        return reviewerIdValue;
    }

    private ProcessInstance file(String user, String siret) {
        return Declarations.fileAs(engine, user, Declarations.with(Declarations.dei(), "establishmentSiret", siret,
                "declarantEmail", user));
    }

    private WebSession session(String user) {
        WebSession session = new WebSession("http://localhost:" + port);
        assertThat(session.logIn(user, TestAccounts.PASSWORD, TestAccounts.SECRET).status()).isEqualTo(302);
        return session;
    }

    private List<String> apps(WebSession session) {
        JsonNode user = json(session.webapp("GET", "/camunda/api/admin/auth/user/default", null));
        List<String> apps = new java.util.ArrayList<>();
        user.get("authorizedApps").forEach(app -> apps.add(app.asText()));
        return apps;
    }

    private int instances(WebSession session, String businessKey) {
        return json(session.webapp("GET", ENGINE + "/process-instance?businessKey=" + businessKey, null)).size();
    }

    private int historicInstances(WebSession session, String businessKey) {
        return json(session.webapp("GET", ENGINE + "/history/process-instance?processInstanceBusinessKey="
                + businessKey, null)).size();
    }

    private int tasks(WebSession session, String businessKey) {
        return json(session.webapp("GET", ENGINE + "/task?processInstanceBusinessKey=" + businessKey, null)).size();
    }

    private String taskId(WebSession session, String businessKey) {
        return json(session.webapp("GET", ENGINE + "/task?processInstanceBusinessKey=" + businessKey, null)).get(0)
                .get("id").asText();
    }

    private String processInstanceId(String businessKey) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .singleResult().getId();
    }

    private static JsonNode json(WebSession.Page page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        try {
            return JSON.readTree(page.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
