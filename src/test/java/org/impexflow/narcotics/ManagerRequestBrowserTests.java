package org.impexflow.narcotics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.camunda.bpm.engine.ProcessEngine;
import org.impexflow.access.Groups;
import org.impexflow.account.Accounts;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.support.Browser;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TestEstablishments;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In headless Chromium (issue 19): an account of an operator asks for the narcotics Manager profile on
 * the annual-declaration page; ANSM's narcotics team opens the request in Tasklist, reads who asks and
 * why, and grants it; the account then is a Manager and the page offers the request no more.
 */
@ImpexflowSpringTest
class ManagerRequestBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Accounts accounts;
    @Autowired
    Establishments establishments;
    @Autowired
    NarcoticsOperators operators;

    @Test
    void anOperatorsAccountAsksAndTheNarcoticsTeamGrantsTheProfileInTasklist() throws Exception {
        Establishment operator = TestEstablishments.create(establishments, "Laboratoire Méthadone");
        operators.register(operator.getId(), LocalDate.of(2020, 1, 1));
        String preparer = TestAccounts.declarant(accounts, establishments, operator);
        String agent = TestAccounts.person(accounts, "stup", Groups.NARCOTICS);

        try (Browser asking = new Browser("http://localhost:" + port)) {
            asking.logIn(preparer, TestAccounts.PASSWORD, TestAccounts.SECRET);
            asking.open("/stupefiants/declarations");
            asking.find(By.id("managerRequestReason")).sendKeys("Pharmacienne responsable intérimaire depuis mars");
            asking.click(By.id("ask-manager"));
            asking.waitForText(By.id("manager-request-sent"), "transmise à l'ANSM");
            asking.screenshot("narcotics-manager-requested");
        }

        String task = engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey("GESTIONNAIRE-" + operator.getId() + ":" + preparer).singleResult().getId();
        try (Browser deciding = new Browser("http://localhost:" + port)) {
            deciding.logIn(agent, TestAccounts.PASSWORD, TestAccounts.SECRET);
            deciding.open("/camunda/app/tasklist/default/#/?task=" + task);
            deciding.waitForText(By.cssSelector(".task-details"), "Profil Gestionnaire : Prénom Nom pour Laboratoire Méthadone");
            deciding.waitForText(By.cssSelector(".fjs-form"), "Demande du profil Gestionnaire des stupéfiants");
            assertThat(deciding.find(By.cssSelector(".fjs-form")).getText()).contains(preparer,
                    "Pharmacienne responsable intérimaire depuis mars", operator.getSiret());
            deciding.screenshot("narcotics-manager-review");
            deciding.click(By.cssSelector("button[ng-click='claim()']"));
            deciding.click(By.xpath("//label[contains(normalize-space(), 'Accorder')]"));
            deciding.click(By.cssSelector("button[ng-click='complete()']"));

            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (!operators.isManager(operator.getId(), preparer) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
        }
        assertThat(operators.isManager(operator.getId(), preparer)).isTrue();

        try (Browser manager = new Browser("http://localhost:" + port)) {
            manager.logIn(preparer, TestAccounts.PASSWORD, TestAccounts.SECRET);
            manager.open("/stupefiants/declarations");
            manager.waitForText(By.tagName("h1"), "Déclarations annuelles");
            assertThat(manager.driver().findElements(By.id("manager-request"))).isEmpty();
        }
    }
}
