package org.impexflow.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
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
        assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId()).singleResult())
                .as("the task is still open").isNotNull();
        assertThat(engine.getRuntimeService().getVariable(instance, "reviewDecision")).as("nothing stored").isNull();
    }
}
