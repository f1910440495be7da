package org.impexflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impexflow.support.Declarations.DECLARANT;
import static org.impexflow.support.Declarations.PASSWORD;
import static org.impexflow.support.Declarations.REVIEWER;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.impexflow.casefile.CasePages;
import org.impexflow.exportdeclaration.DeclarationRegister;
import org.impexflow.support.Browser;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A reviewer goes from the review task in Tasklist to ANSM's page of the case, and reads its timeline there. */
@ImpexflowSpringTest
class CasePageBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    DeclarationRegister register;

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
    void fromTheReviewTaskToTheCasePage() {
        ProcessInstance pi = Declarations.fileAs(engine, DECLARANT, Declarations.with(Declarations.dei(),
                "medicineName", "Quinine Dossier"));
        String number = pi.getBusinessKey();
        Declarations.runJobs(engine, pi.getId());
        long id = register.byNumber(number).orElseThrow().getId();

        browser.logIntoTasklist(REVIEWER, PASSWORD);
        String filter = engine.getFilterService().createFilterQuery().filterName("Déclarations à instruire")
                .singleResult().getId();
        String task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
        browser.open("/camunda/app/tasklist/default/#/?filter=" + filter + "&task=" + task);
        browser.waitForText(By.cssSelector(".fjs-form"), "Instruction de la déclaration " + number);
        By link = By.xpath("//div[contains(@class, 'fjs-form')]//a[contains(normalize-space(), 'Ouvrir la page du dossier')]");
        assertThat(browser.find(link).getAttribute("href")).endsWith(CasePages.path(id));
        // the task is not taken yet: its form is disabled, its links still open (a person's click, not a script's)
        assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
        Object underThePointer = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); var r = arguments[0].getBoundingClientRect();"
                        + "var e = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                        + "return e !== null && arguments[0].contains(e);", browser.find(link));
        assertThat(underThePointer).as("nothing covers the link").isEqualTo(true);
        browser.screenshot("case-page-link-in-review-form");

        List<String> before = new ArrayList<>(browser.driver().getWindowHandles());
        // Selenium's own click, as a mouse does (Browser.click would fall back to a script's click when covered)
        browser.find(link).click();
        // the link may open beside Tasklist
        browser.driver().getWindowHandles().stream().filter(h -> !before.contains(h)).findFirst()
                .ifPresent(h -> browser.driver().switchTo().window(h));
        browser.waitForText(By.id("title"), "Déclaration d'exportation N° " + number);
        browser.waitForText(By.id("timeline"), "Déclaration déposée et enregistrée");
        browser.screenshot("case-page");
        String page = browser.find(By.tagName("main")).getText();
        assertThat(page).contains("Déposée", "Laboratoire Démo", "Historique", "Accusé d'enregistrement", "Pièces jointes",
                "Courriels envoyés", DECLARANT)
                .doesNotContain("EXPORT_DECLARATION", "FILED", "REGISTERED", "null", "??");
    }
}
