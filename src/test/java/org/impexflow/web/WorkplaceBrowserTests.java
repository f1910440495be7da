package org.impexflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.impexflow.support.Browser;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Tasklist and Cockpit as the ANSM workplace: French, ours, organised, and the analysts' figures. */
@ImpexflowSpringTest
class WorkplaceBrowserTests {

    @LocalServerPort
    int port;
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
    void tasklistIsOursAndInFrenchWithTheReviewersFilters() {
        browser.logIntoTasklist(Declarations.REVIEWER, Declarations.PASSWORD);
        browser.waitForText(By.cssSelector(".navbar-brand"), "impexflow");
        assertThat(browser.driver().getTitle()).startsWith("impexflow");
        assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner")))
                .allSatisfy(banner -> assertThat(banner.isDisplayed()).as("no banner about another product").isFalse());
        assertThat(browser.find(Browser.START_PROCESS).getText()).contains("Démarrer un processus");
        browser.find(By.cssSelector(".task-filter h4.name a"));
        List<String> filters = browser.driver().findElements(By.cssSelector(".task-filter h4.name a"))
                .stream().map(WebElement::getText).map(t -> t.replaceAll("\\s*\\d+$", "").trim()).toList();
        assertThat(filters).containsExactly("Déclarations à instruire", "Autorisations d'importation à instruire",
                "En retard", "Actes à confirmer", "Mes dossiers");
        assertThat(browser.find(By.cssSelector("footer")).getText()).contains("Fonctionne avec");
        browser.screenshot("tasklist-reviewer");
    }

    @Test
    void aDeclarantIsOfferedOnlyTheProcessesTheyMayStart() {
        browser.logIntoTasklist(Declarations.DECLARANT, Declarations.PASSWORD);
        browser.click(Browser.START_PROCESS);
        browser.find(By.cssSelector(".processes a"));
        List<String> startable = browser.driver().findElements(By.cssSelector(".processes a")).stream()
                .map(WebElement::getText).map(String::trim).toList();
        assertThat(startable).containsExactly("Autorisation d'importation (AI)", "Déclaration d'exportation (DEI/DEC)");
        browser.screenshot("start-dialog");
    }

    @Test
    void analystsSeeTheDashboardFiguresChangeAfterADecision() {
        ProcessInstance pi = Declarations.fileAs(engine, Declarations.DECLARANT, Declarations.dei());
        browser.logIn("analyst@ansm.example", Declarations.PASSWORD, org.impexflow.support.TotpCodes.OTHERS);

        browser.open("/camunda/app/cockpit/");
        browser.waitForText(By.id("impexflow-dashboard"), "Dossiers décidés");
        browser.screenshot("cockpit-dashboard");

        // the instances of a process, with their start dates as people read them
        String definition = engine.getRepositoryService().getProcessDefinition(pi.getProcessDefinitionId()).getId();
        browser.open("/camunda/app/cockpit/default/#/process-definition/" + definition + "/runtime");
        browser.waitForText(By.cssSelector(".process-instances-list, [cam-widget-search], body"), pi.getBusinessKey());
        String started = browser.find(By.xpath("//tr[.//*[contains(text(),'" + pi.getBusinessKey() + "')]]")).getText();
        assertThat(started).as("a start date in French, not ISO").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T")
                .containsPattern("\\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \\d{4}");

        browser.open("/tableau-de-bord");
        long decided = figure("decided");
        long pending = figure("pending");
        browser.screenshot("dashboard");

        String review = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
        Declarations.as(engine, Declarations.REVIEWER, () -> engine.getTaskService().complete(review,
                Map.of("reviewDecision", "PROHIBIT", "reviewComment", "Rapport bénéfice/risque défavorable.")));

        browser.open("/tableau-de-bord");
        assertThat(figure("decided")).isEqualTo(decided + 1);
        assertThat(figure("pending")).isEqualTo(pending - 1);

        // in English, the page and Cockpit's figures alike
        browser.open("/tableau-de-bord?lang=en");
        browser.waitForText(By.tagName("h1"), "ANSM dashboard");
        browser.open("/camunda/app/cockpit/");
        browser.waitForText(By.id("impexflow-dashboard"), "Cases decided");
        assertThat(browser.find(By.id("impexflow-dashboard")).getText()).doesNotContain("Dossiers", "Délai");
        browser.open("/tableau-de-bord?lang=fr");
    }

    private long figure(String name) {
        return Long.parseLong(browser.find(By.cssSelector("[data-figure='" + name + "']")).getText().trim());
    }
}
