package org.impexflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impexflow.support.Declarations.REVIEWER;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.access.Groups;
import org.impexflow.account.Accounts;
import org.impexflow.establishment.Establishments;
import org.impexflow.support.DecidedCases;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The declarant's page of a case acted on after its decision says which act, since when and, for a
 * suspension, until when: not only the date of the decision.
 */
@ImpexflowSpringTest
class CaseActPagesTests {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Accounts accounts;
    @Autowired
    Establishments establishments;

    @Test
    void aSuspendedDeclarationSaysUntilWhenInFrenchAndEnglish() {
        String number = DecidedCases.validatedDei(engine);
        LocalDate until = LocalDate.now(CaseNumbering.PARIS).plusDays(30);
        act(number, "SUSPEND", until.toString());
        String today = LocalDate.now(CaseNumbering.PARIS).format(DAY);

        WebSession declarant = demoDeclarant();
        assertThat(declarant.get("/mes-declarations/" + number).body()).contains("id=\"decided\" data-act=\"SUSPEND\"",
                "suspendue par l&#39;ANSM le " + today + " jusqu&#39;au " + until.format(DAY) + " inclus");
        // the holder's timeline keeps the act's legal basis, as the mail and ANSM's case page do
        assertThat(declarant.get("/mes-declarations/" + number).body()).contains("class=\"legal-basis muted\">(base "
                + "légale : article L.5124-11 du code de la santé publique)<");
        assertThat(declarant.get("/mes-declarations/" + number + "?lang=en").body())
                .contains("suspended by ANSM on " + today + " until " + until.format(DAY) + " inclusive");
    }

    @Test
    void aWithdrawnAuthorisationSaysSince() {
        String number = DecidedCases.grantedImport(engine);
        act(number, "WITHDRAW", null);

        String page = demoDeclarant().get("/mes-declarations/autorisations-importation/" + number).body();
        assertThat(page).contains("id=\"decided\" data-act=\"WITHDRAW\"", "retirée par l&#39;ANSM le "
                        + LocalDate.now(CaseNumbering.PARIS).format(DAY), "n&#39;est plus en vigueur",
                "id=\"imported\"")
                .as("no validity nor quantity left to import on a withdrawn authorisation (no import form either)")
                .doesNotContain("id=\"valid-until\"", "id=\"remaining\"", "Valable jusqu", "Reste à importer",
                        "id=\"record-import\"");
    }

    /** A new account of the demo establishment, whose cases these are. */
    private WebSession demoDeclarant() {
        return TestAccounts.loggedIn(port, TestAccounts.declarant(accounts, establishments,
                establishments.bySiret(Declarations.DEMO_SIRET).orElseThrow()));
    }

    private void act(String number, String act, String until) {
        ProcessInstance pi = Declarations.startAs(engine, REVIEWER, CaseActProcess.KEY,
                CaseActsTests.proposal(number, act, until));
        String second = TestAccounts.person(accounts, "reviewer2", Groups.REVIEWERS);
        Task confirmation = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
        Declarations.as(engine, second, () -> {
            engine.getTaskService().claim(confirmation.getId(), second);
            engine.getTaskService().complete(confirmation.getId(), java.util.Map.of(CaseActProcess.Vars.CONFIRMATION,
                    "CONFIRM"));
        });
        Declarations.runJobs(engine, pi.getId());
    }
}
