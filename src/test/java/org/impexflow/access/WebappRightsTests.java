package org.impexflow.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.impexflow.account.Accounts;
import org.impexflow.establishment.Establishments;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TestEstablishments;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What each person may do in the webapps, as {@code GET /webapps/droits} tells the webapps (which hide
 * the rest, issue 17): the engine's authorizations and the calls reserved to ANSM, person by person.
 */
@ImpexflowSpringTest
class WebappRightsTests {

    private static final String RIGHTS = "/webapps/droits";

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Establishments establishments;

    @Test
    void eachPersonIsToldWhatTheyMayDo() throws Exception {
        String declarant = TestAccounts.declarant(accounts, establishments,
                TestEstablishments.create(establishments, "Laboratoire Droits"));

        assertThat(rightsOf(declarant)).isEqualTo(rights(false, false, false, false, true, false));
        assertThat(rightsOf(TestAccounts.person(accounts, "evaluateur", Groups.REVIEWERS)))
                .isEqualTo(rights(true, true, false, false, true, false));
        assertThat(rightsOf(TestAccounts.person(accounts, "analyste", Groups.ANALYSTS)))
                .isEqualTo(rights(false, false, false, false, false, true));
        assertThat(rightsOf(TestAccounts.person(accounts, "admin", Groups.ADMINISTRATORS)))
                .isEqualTo(rights(true, true, true, true, true, true));
    }

    @Test
    void cockpitsPluginApiAnswersOnlyThoseWhoMayOpenCockpit() {
        String statistics = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics";
        WebSession declarant = TestAccounts.loggedIn(port, TestAccounts.declarant(accounts, establishments,
                TestEstablishments.create(establishments, "Laboratoire Curieux")));
        WebSession reviewer = TestAccounts.loggedIn(port, TestAccounts.person(accounts, "evaluateur", Groups.REVIEWERS));
        WebSession analyst = TestAccounts.loggedIn(port, TestAccounts.person(accounts, "analyste", Groups.ANALYSTS));

        WebSession.Page refused = declarant.get(statistics);
        assertThat(refused.status()).as("every establishment's count of cases").isEqualTo(403);
        assertThat(refused.body()).contains("Réservé aux personnes").doesNotContain("process-definition");
        assertThat(reviewer.get(statistics).status()).isEqualTo(403);
        WebSession.Page allowed = analyst.get(statistics);
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.body()).contains("export-declaration");
        assertThat(declarant.get("/camunda/api/admin/auth/user/default").status()).as("the webapps' login status")
                .isEqualTo(200);
    }

    @Test
    void theEnginesStatisticsAndReportsOfEveryCaseAnswerOnlyAnsm() {
        String engine = "/camunda/api/engine/engine/default";
        WebSession declarant = TestAccounts.loggedIn(port, TestAccounts.declarant(accounts, establishments,
                TestEstablishments.create(establishments, "Laboratoire Statisticien")));
        WebSession analyst = TestAccounts.loggedIn(port, TestAccounts.person(accounts, "analyste", Groups.ANALYSTS));

        for (String path : java.util.List.of("/process-definition/statistics",
                "/process-definition/key/export-declaration/statistics", "/process-definition/statistics/",
                "/history/task/report?reportType=count", "/history/process-instance/report?reportType=duration",
                "/metrics/root-process-instance-start/sum", "/metrics/activity-instance-start/sum", "/metrics")) {
            WebSession.Page refused = declarant.get(engine + path);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.body()).contains("Réservé aux équipes de l'ANSM").doesNotContain("export-declaration");
        }
        org.springframework.http.ResponseEntity<String> api = new org.springframework.boot.test.web.client.TestRestTemplate()
                .withBasicAuth(org.impexflow.support.Declarations.API_CLIENT, org.impexflow.support.Declarations.PASSWORD)
                .getForEntity("http://localhost:" + port + "/engine-rest/process-definition/statistics", String.class);
        assertThat(api.getStatusCode().value()).as("an establishment's system").isEqualTo(403);

        WebSession.Page allowed = analyst.get(engine + "/process-definition/statistics");
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.body()).contains("export-declaration");
    }

    @Test
    void nobodyLoggedInIsToldNothing() {
        WebSession.Page answer = new WebSession("http://localhost:" + port).get(RIGHTS);

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.redirectsTo("/login")).isTrue();
    }


    private JsonNode rightsOf(String user) throws Exception {
        WebSession.Page answer = TestAccounts.loggedIn(port, user).get(RIGHTS);
        assertThat(answer.status()).isEqualTo(200);
        return new ObjectMapper().readTree(answer.body());
    }

    private static JsonNode rights(boolean comment, boolean manageTasks, boolean createTasks, boolean changeProcesses,
            boolean tasklist, boolean cockpit) {
        return new ObjectMapper().createObjectNode().put("comment", comment).put("manageTasks", manageTasks)
                .put("createTasks", createTasks).put("changeProcesses", changeProcesses).put("tasklist", tasklist)
                .put("cockpit", cockpit);
    }
}
