package org.impexflow.establishment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.camunda.bpm.engine.ProcessEngine;
import org.impexflow.account.Accounts;
import org.impexflow.support.Browser;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.Onboarding;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TestEstablishments;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In headless Chromium (issue 16, point 1): a newcomer asks to join an establishment and waits; its
 * manager opens the request in Tasklist, reads who asks and accepts; the newcomer then finds the
 * establishment's cases on "Mes déclarations".
 */
@ImpexflowSpringTest
class JoinRequestBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Accounts accounts;
    @Autowired
    Establishments establishments;
    @Autowired
    Memberships memberships;

    @Test
    void theEstablishmentsManagerAcceptsTheRequestInTasklistAndTheNewcomerFindsTheCases() throws Exception {
        Establishment lab = TestEstablishments.create(establishments, "Laboratoire Accueil");
        String manager = TestAccounts.person(accounts, "manager", "declarants");
        establishments.addMember(manager, lab, EstablishmentRole.MANAGER);
        String number = Declarations.fileAs(engine, manager, Declarations.with(Declarations.dei(),
                "establishmentSiret", lab.getSiret(), "declarantEmail", manager, "medicineName", "Quinine Accueil"))
                .getBusinessKey();
        Onboarding.Newcomer newcomer = Onboarding.newcomer(engine, accounts, "Nadia", "Nouvelle");
        Onboarding.validate(engine, newcomer, Onboarding.namingSiret(newcomer, lab.getSiret(), "x"));

        try (Browser waiting = new Browser("http://localhost:" + port)) {
            waiting.logIn(newcomer.email(), TestAccounts.PASSWORD, TestAccounts.SECRET);
            waiting.open("/mes-declarations");
            waiting.waitForText(By.id("membership-pending"), "Laboratoire Accueil");
            assertThat(waiting.find(By.tagName("main")).getText()).doesNotContain(number);
            waiting.screenshot("join-request-pending");
        }

        String task = engine.getTaskService().createTaskQuery()
                .processInstanceId(memberships.pendingOf(newcomer.email()).orElseThrow().getProcessInstanceId())
                .singleResult().getId();
        try (Browser managing = new Browser("http://localhost:" + port)) {
            managing.logIn(manager, TestAccounts.PASSWORD, TestAccounts.SECRET);
            managing.open("/camunda/app/tasklist/");
            managing.find(Browser.START_PROCESS);
            managing.open("/mon-etablissement");
            managing.waitForText(By.id("pending"), newcomer.email());
            managing.click(By.xpath("//section[@id='pending']//a[contains(normalize-space(), 'Tasklist')]"));
            managing.waitForText(By.cssSelector(".task-details"), "Rattachement à Laboratoire Accueil demandé par Nadia Nouvelle");
            managing.waitForText(By.cssSelector(".fjs-form"), "Demande de rattachement à un établissement");
            assertThat(managing.find(By.cssSelector(".fjs-form")).getText()).contains("Laboratoire Accueil", "Nadia Nouvelle",
                    newcomer.email(), "+33 6 00 00 00 00");
            managing.screenshot("join-request-review");
            managing.click(By.cssSelector("button[ng-click='claim()']"));
            managing.click(By.xpath("//label[contains(normalize-space(), 'Accepter')]"));
            managing.click(By.cssSelector("button[ng-click='complete()']"));

            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (establishments.ofUser(newcomer.email()).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(task).isNotNull();
        }
        assertThat(establishments.ofUser(newcomer.email())).hasValueSatisfying(e ->
                assertThat(e.getId()).isEqualTo(lab.getId()));

        try (Browser joined = new Browser("http://localhost:" + port)) {
            joined.logIn(newcomer.email(), TestAccounts.PASSWORD, TestAccounts.SECRET);
            joined.open("/mes-declarations");
            joined.waitForText(By.tagName("main"), number);
            assertThat(joined.find(By.tagName("main")).getText()).contains("Laboratoire Accueil", "Quinine Accueil");
            joined.screenshot("join-request-accepted");
        }
    }
}
