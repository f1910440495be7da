package org.impexflow.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.account.Accounts;
import org.impexflow.support.Browser;
import org.impexflow.support.CamundaForm;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In Tasklist, in a real browser: a review that the server refuses reads as one French sentence. */
@ImpexflowSpringTest
class WebappRefusalBrowserTests {

    private static final By NOTIFICATION = By.cssSelector(".notifications .alert-danger");

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Accounts accounts;

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
    void aProhibitionWithoutReasonsShowsOneFrenchSentenceNamingTheField() {
        Task review = Declarations.awaitingReview(engine, Declarations.with(Declarations.dei(),
                "medicineName", "Chloroquine Sans Motif"));
        String instance = review.getProcessInstanceId();
        String number = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance)
                .singleResult().getBusinessKey();
        String reviewer = TestAccounts.person(accounts, "reviewer", "ansm-reviewers");

        browser.logIn(reviewer, TestAccounts.PASSWORD, TestAccounts.SECRET);
        browser.open("/camunda/app/tasklist/default/#/?task=" + review.getId());
        browser.waitForText(By.cssSelector(".fjs-form"), "Instruction de la déclaration " + number);
        browser.click(By.cssSelector("button[ng-click='claim()']"));
        browser.click(By.xpath("//label[contains(normalize-space(), \"Interdire l'exportation\")]"));
        browser.click(By.cssSelector("button[ng-click='complete()']"));

        String shown = browser.find(NOTIFICATION).getText();
        browser.screenshot("review-refused");
        assertThat(browser.find(By.cssSelector(".notifications .alert-danger .message")).getText())
                .isEqualTo("Obligatoire : les motifs de l'interdiction sont communiqués au déclarant "
                        + "(champ « Motifs / complément demandé »).");
        assertThat(shown).contains("Tâche non terminée, rien n'a été enregistré").doesNotContain("ENGINE-", "Exception", "TaskListener", "500", "reviewComment");
        // tried again: the new refusal replaces the first, not one more under it
        org.openqa.selenium.WebElement first = browser.find(NOTIFICATION);
        browser.click(By.cssSelector("button[ng-click='complete()']"));
        // the second answer has come once the first refusal went away or a second one stands beside it
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> d.findElements(NOTIFICATION).size() > 1 || org.openqa.selenium.support.ui.ExpectedConditions
                        .stalenessOf(first).apply(d) && !d.findElements(NOTIFICATION).isEmpty());
        assertThat(browser.driver().findElements(NOTIFICATION)).as("one refusal on screen").hasSize(1);
        assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId()).singleResult())
                .as("the task is still open").isNotNull();
        assertThat(engine.getRuntimeService().getVariable(instance, "reviewDecision")).as("nothing stored").isNull();
    }

    /** Support starts an intervention on an account that does not exist, twice: one refusal on screen, the last. */
    @Test
    void aStartFormRefusedTwiceShowsTheLastRefusalOnly() {
        String agent = TestAccounts.person(accounts, "support", "ansm-support");
        browser.logIn(agent, TestAccounts.PASSWORD, TestAccounts.SECRET);
        browser.open("/camunda/app/tasklist/");
        browser.find(Browser.START_PROCESS);
        CamundaForm form = CamundaForm.startForm(browser, "Intervention du support sur un compte");
        form.type("accountEmail", "inconnu.premier@labo.example");
        browser.click(By.xpath("//label[contains(normalize-space(), 'Compte verrouillé')]"));
        form.type("supportReason", "Appel du 07/12, identité vérifiée.");
        form.start();
        browser.waitForText(NOTIFICATION, "inconnu.premier@labo.example");
        org.openqa.selenium.WebElement first = browser.find(NOTIFICATION);

        form.type("accountEmail", "inconnu.second@labo.example");
        form.start();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> d.findElements(NOTIFICATION).size() > 1 || org.openqa.selenium.support.ui.ExpectedConditions
                        .stalenessOf(first).apply(d) && !d.findElements(NOTIFICATION).isEmpty());
        browser.screenshot("start-refused-twice");
        assertThat(browser.driver().findElements(NOTIFICATION)).as("one refusal on screen, the last").singleElement()
                .satisfies(n -> assertThat(n.getText()).contains("inconnu.second@labo.example")
                        .doesNotContain("inconnu.premier@labo.example"));
    }
}
