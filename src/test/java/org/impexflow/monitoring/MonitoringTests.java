package org.impexflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestMailServer;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.WebSession;
import org.impexflow.access.Groups;
import org.impexflow.account.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Health for the platform's probes, and the metrics Prometheus reads, following what happens; the details
 * of health and the metrics are for administrators only.
 */
@ImpexflowSpringTest
class MonitoringTests {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Accounts accounts;
    @LocalServerPort
    int port;

    private WebSession administrator;

    @BeforeEach
    void anAdministrator() {
        if (administrator == null) {
            administrator = loggedIn(Groups.ADMINISTRATORS);
        }
    }

    @Test
    void healthReportsTheEngineTheDatabaseAndTheMailServer() {
        WebSession.Page health = administrator.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"", "\"db\"", "\"mail\"", "\"processEngine\"");
        assertThat(rest.getForEntity("/actuator/health/liveness", String.class).getBody()).contains("UP");
    }

    @Test
    void anyoneElseReadsOnlyUpOrDownAndNoMetrics() {
        ResponseEntity<String> health = rest.getForEntity("/actuator/health", String.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).contains("\"status\":\"UP\"").doesNotContain("components", "\"db\"", "details");
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness", "/livez", "/readyz"}) {
            assertThat(rest.getForEntity(probe, String.class).getBody()).as(probe).contains("UP");
        }
        assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/actuator/health/db", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        // a person logged in, but not an administrator
        WebSession declarant = loggedIn(Groups.DECLARANTS);
        assertThat(declarant.get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(declarant.get("/actuator/health").body()).contains("\"status\":\"UP\"")
                .doesNotContain("components", "\"db\"", "details");
        assertThat(administrator.get("/actuator/prometheus").body()).contains("impexflow_cases");
    }

    private WebSession loggedIn(String group) {
        WebSession person = new WebSession("http://127.0.0.1:" + port);
        String email = TestAccounts.person(accounts, group.replace("-", ""), group);
        assertThat(person.logIn(email, TestAccounts.PASSWORD, TestAccounts.SECRET).status()).isEqualTo(302);
        return person;
    }

    @Test
    void importAuthorisationsAreCountedByStatusAndTheirReviewsAmongTheOpenOnes() {
        double filed = metric("impexflow_cases", "status=\"FILED\",type=\"AI\"");
        double openReviews = metric("impexflow_review_tasks_open", "");

        Declarations.startAs(engine, Declarations.DECLARANT, "import-authorisation", Declarations.importRequest());

        assertThat(metric("impexflow_cases", "process=\"import-authorisation\",status=\"FILED\",type=\"AI\""))
                .isEqualTo(filed + 1);
        assertThat(metric("impexflow_review_tasks_open", "")).isEqualTo(openReviews + 1);
    }

    @Test
    void metricsFollowFilingsDecisionsMailsAndIncidents() throws Exception {
        double filed = metric("impexflow_cases", "status=\"FILED\",type=\"DEI\"");
        double openReviews = metric("impexflow_review_tasks_open", "");
        double sent = metric("impexflow_mails_sent_total", "");
        double failed = metric("impexflow_mails_failed_total", "");
        double noRetries = metric("impexflow_jobs_without_retries", "");

        ProcessInstance pi = Declarations.fileAs(engine, Declarations.DECLARANT, Declarations.dei());
        assertThat(metric("impexflow_cases", "status=\"FILED\",type=\"DEI\"")).isEqualTo(filed + 1);
        assertThat(metric("impexflow_review_tasks_open", "")).isEqualTo(openReviews + 1);
        assertThat(metric("impexflow_mail_oldest_unsent_age_seconds", "")).isGreaterThanOrEqualTo(0.0);

        String job = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult()
                .getId();
        TestMailServer.stop();
        try {
            for (int attempt = 0; attempt < 6; attempt++) {
                try {
                    engine.getManagementService().executeJob(job);
                } catch (RuntimeException expected) {
                    // the mail server is down
                }
            }
        } finally {
            TestMailServer.ensureRunning();
        }
        assertThat(metric("impexflow_mails_failed_total", "")).isEqualTo(failed + 6);
        assertThat(metric("impexflow_jobs_without_retries", "")).isEqualTo(noRetries + 1);

        engine.getManagementService().setJobRetries(job, 1);
        engine.getManagementService().executeJob(job);
        assertThat(metric("impexflow_mails_sent_total", "")).isEqualTo(sent + 1);
        assertThat(metric("impexflow_jobs_without_retries", "")).isEqualTo(noRetries);
    }

    /** The value of a metric line of /actuator/prometheus whose labels contain the given ones. */
    private double metric(String name, String labels) {
        String page = administrator.get("/actuator/prometheus").body();
        Matcher line = Pattern.compile("(?m)^" + name + "\\{([^}]*)\\} (\\S+)$").matcher(page);
        while (line.find()) {
            if (line.group(1).contains(labels)) {
                return Double.parseDouble(line.group(2));
            }
        }
        throw new AssertionError("no metric " + name + " {" + labels + "} in /actuator/prometheus");
    }
}
