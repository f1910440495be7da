package org.impexflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.access.Groups;
import org.impexflow.account.Accounts;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The analysts' figures follow what happens to the cases. */
@ImpexflowSpringTest
class DashboardTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    Dashboard dashboard;
    @Autowired
    org.impexflow.travellers.TransportAttestations attestations;
    @Autowired
    Accounts accounts;
    @LocalServerPort
    int port;

    @Test
    void filingAndDecidingMoveTheFigures() {
        DashboardFigures before = dashboard.figures();
        ProcessInstance dei = Declarations.fileAs(engine, Declarations.DECLARANT, Declarations.dei());
        ProcessInstance dec = notRegistered();

        DashboardFigures filed = dashboard.figures();
        assertThat(filed.filed()).as("registered cases only").isEqualTo(before.filed() + 1);
        assertThat(filed.pending()).isEqualTo(before.pending() + 1);
        assertThat(filed.decided()).isEqualTo(before.decided());
        assertThat(row(filed, "DEI").filed()).isEqualTo(row(before, "DEI") == null ? 1 : row(before, "DEI").filed() + 1);
        assertThat(dec).isNotNull();

        Task review = engine.getTaskService().createTaskQuery().processInstanceId(dei.getId()).singleResult();
        engine.getTaskService().complete(review.getId(), Map.of("reviewDecision", "PROHIBIT", "reviewComment", "x"));

        DashboardFigures decided = dashboard.figures();
        assertThat(decided.decided()).isEqualTo(before.decided() + 1);
        assertThat(decided.pending()).isEqualTo(before.pending());
        assertThat(decided.medianDays()).isNotNull().isGreaterThanOrEqualTo(0.0);
    }

    @Test
    void importAuthorisationsCountAsTheirOwnType() {
        DashboardFigures before = dashboard.figures();
        ProcessInstance ai = Declarations.startAs(engine, Declarations.DECLARANT, "import-authorisation",
                Declarations.importRequest());

        DashboardFigures filed = dashboard.figures();
        assertThat(filed.filed()).isEqualTo(before.filed() + 1);
        assertThat(row(filed, "AI").filed()).isEqualTo(row(before, "AI") == null ? 1 : row(before, "AI").filed() + 1);

        Task review = engine.getTaskService().createTaskQuery().processInstanceId(ai.getId())
                .taskDefinitionKey("Task_ReviewRequest").singleResult();
        engine.getTaskService().complete(review.getId(), Map.of("reviewDecision", "REFUSE", "reviewComment", "x"));
        assertThat(dashboard.figures().decided()).isEqualTo(before.decided() + 1);
    }

    @Test
    void overdueReviewsAndIncidentsAreCounted() {
        DashboardFigures before = dashboard.figures();
        ProcessInstance pi = Declarations.fileAs(engine, Declarations.DECLARANT, Declarations.dei());
        Task review = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
        review.setDueDate(new java.util.Date(System.currentTimeMillis() - 86_400_000));
        engine.getTaskService().saveTask(review);
        String job = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult().getId();
        engine.getManagementService().setJobRetries(job, 0);

        DashboardFigures after = dashboard.figures();
        assertThat(after.overdueReviews()).isEqualTo(before.overdueReviews() + 1);
        assertThat(after.openIncidents()).isEqualTo(before.openIncidents() + 1);
        assertThat(after.incidents()).anyMatch(row -> row.process().equals("Déclaration d'exportation (DEI/DEC)")
                && row.activity().equals("Task_SendAcknowledgement") && row.type().equals("failedJob"));
    }

    @Test
    void percentilesAreTheNearestRank() {
        assertThat(Dashboard.percentile(List.of(), 50)).isNull();
        assertThat(Dashboard.percentile(List.of(3.0), 90)).isEqualTo(3.0);
        assertThat(Dashboard.percentile(List.of(1.0, 2.0, 3.0, 4.0), 50)).isEqualTo(2.0);
        assertThat(Dashboard.percentile(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0), 90))
                .isEqualTo(9.0);
        assertThat(Dashboard.percentile(List.of(0.04, 0.06), 50)).as("one decimal").isEqualTo(0.0);
    }

    /** The figures read the case register: a kind of case the dashboard names nowhere counts as well. */
    @Test
    void everyKindOfCaseOfTheRegisterCounts() {
        DashboardFigures before = dashboard.figures();
        attestations.request(org.impexflow.support.TravellerRequests.form("Léa", "Petit", "voyageur.chiffres@test.example"),
                "ordonnance.pdf", "%PDF-1.4 ordonnance".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.util.Locale.FRENCH);
        DashboardFigures after = dashboard.figures();
        assertThat(after.filed()).isEqualTo(before.filed() + 1);
        assertThat(after.pending()).isEqualTo(before.pending() + 1);
        assertThat(row(after, "AT").filed()).isEqualTo(row(before, "AT") == null ? 1 : row(before, "AT").filed() + 1);
    }

    /** The analysts' page speaks the chosen language: its headings, months and kinds of case. */
    @Test
    void thePageIsInFrenchOrInEnglish() {
        attestations.request(org.impexflow.support.TravellerRequests.form("Léo", "Martin", "voyageur.page@test.example"),
                "ordonnance.pdf", "%PDF-1.4 ordonnance".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.util.Locale.FRENCH);
        WebSession session = new WebSession("http://localhost:" + port);
        String analyst = TestAccounts.person(accounts, "analyst", Groups.ANALYSTS);
        assertThat(session.logIn(analyst, TestAccounts.PASSWORD, TestAccounts.SECRET).status()).isEqualTo(302);
        java.time.YearMonth now = java.time.YearMonth.now(java.time.ZoneId.of("Europe/Paris"));
        String month = now.format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.FRENCH));

        WebSession.Page french = session.get("/tableau-de-bord?lang=fr");
        assertThat(french.status()).isEqualTo(200);
        assertThat(french.body()).contains("lang=\"fr\"", "Tableau de bord ANSM", "Dossiers déposés", month,
                "Par mois de dépôt").doesNotContain(now.toString());

        WebSession.Page english = session.get("/tableau-de-bord?lang=en");
        assertThat(english.body()).contains("lang=\"en\"", "ANSM dashboard", "Cases filed", "By month of filing",
                now.format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.ENGLISH)))
                .doesNotContain("Dossiers déposés", "Par mois", "Délai médian", month, now.toString());
    }

    private ProcessInstance notRegistered() {
        return Declarations.fileAs(engine, Declarations.DECLARANT, Declarations.with(Declarations.dei(),
                "destinationCountry", "BE"));
    }

    private static DashboardFigures.MonthRow row(DashboardFigures figures, String type) {
        String month = java.time.ZonedDateTime.now(java.time.ZoneId.of("Europe/Paris"))
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM"));
        return figures.byMonth().stream().filter(r -> r.month().equals(month) && type.equals(r.type())).findFirst()
                .orElse(null);
    }
}
