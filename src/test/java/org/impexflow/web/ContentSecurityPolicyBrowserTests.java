package org.impexflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.impexflow.account.Accounts;
import org.impexflow.support.Browser;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Our pages, Tasklist (with a task's form), Cockpit and Admin load under their Content-Security-Policy
 * without one violation in the console.
 */
@ImpexflowSpringTest
class ContentSecurityPolicyBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    ProcessEngine engine;

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void ourPagesAndTheWebappsLoadWithoutAViolationOfTheirPolicy() throws InterruptedException {
        String number = Declarations.fileAs(engine, Declarations.DECLARANT, Declarations.dei()).getBusinessKey();
        String task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number).singleResult()
                .getId();
        String admin = TestAccounts.person(accounts, "admin", "camunda-admin");
        List<String> console = new ArrayList<>();

        for (String page : new String[] {"/", "/verification", "/voyageurs", "/voyageurs/attestation", "/register",
                "/aide"}) {
            browser.open(page);
            browser.find(By.cssSelector("main"));
            console.addAll(browser.console());
        }
        browser.logIn(admin, TestAccounts.PASSWORD, TestAccounts.SECRET);
        for (String page : new String[] {"/pieces-jointes", "/tableau-de-bord", "/mes-donnees", "/logout"}) {
            browser.open(page);
            browser.find(By.cssSelector("main"));
            console.addAll(browser.console());
        }

        browser.open("/camunda/app/tasklist/default/#/?task=" + task);
        browser.waitForText(By.cssSelector(".fjs-form"), "Instruction de la déclaration " + number);
        console.addAll(browser.console());
        for (String app : new String[] {"/camunda/app/cockpit/default/#/dashboard", "/camunda/app/admin/default/#/users"}) {
            browser.open(app);
            browser.find(By.cssSelector(".navbar-brand"));
            // the plugins and the calls of the page
            Thread.sleep(3000);
            console.addAll(browser.console());
        }
        browser.screenshot("csp-admin");

        assertThat(console).as("the site's icon is found").noneMatch(line -> line.contains("favicon.ico"));
        assertThat(console).noneMatch(line -> line.contains("Content Security Policy")
                || line.contains("Content-Security-Policy") || line.contains("Refused to"));
    }
}
