package org.impexflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impexflow.support.Declarations.DECLARANT;
import static org.impexflow.support.Declarations.PASSWORD;
import static org.impexflow.support.Declarations.REVIEWER;
import static org.impexflow.support.ProcessTestSupport.single;

import java.time.Duration;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.access.Groups;
import org.impexflow.account.Accounts;
import org.impexflow.exportdeclaration.DeclarationRegister;
import org.impexflow.exportdeclaration.DeclarationStatus;
import org.impexflow.exportdeclaration.ExportDeclaration;
import org.impexflow.support.Browser;
import org.impexflow.support.CamundaForm;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.Mails;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TestMailServer;
import org.impexflow.verification.VerificationCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An act after a decision walked in Tasklist: a reviewer prohibits a validated DEI from the start form,
 * a second reviewer confirms it; the declarant and the importing authority receive it, and the public
 * verification page says "Interdite" with the date.
 */
@ImpexflowSpringTest
class CaseActBrowserTests {

    private static final String PROCESS_NAME = "Acte après décision (retrait, suspension, interdiction)";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Accounts accounts;
    @Autowired
    DeclarationRegister register;
    @Autowired
    VerificationCodes codes;

    private Browser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aReviewerProhibitsAValidatedDeiASecondConfirmsAndTheVerificationPageSaysInterdite() throws Exception {
        ProcessInstance filed = Declarations.fileAs(engine, DECLARANT, Declarations.with(Declarations.dei(),
                "medicineName", "Halofantrine Interdite"));
        Declarations.decide(engine, filed, "VALIDATE");
        String number = filed.getBusinessKey();
        ExportDeclaration validated = register.byNumber(number).orElseThrow();
        String code = VerificationCodes.display(codes.issue("EXPORT_DECLARATION", validated.getId()));
        TestMailServer.purge();

        browser = new Browser("http://localhost:" + port);
        browser.logIntoTasklist(REVIEWER, PASSWORD);
        CamundaForm start = CamundaForm.startForm(browser, PROCESS_NAME);
        // a number that is no case: refused in French, naming the field by its label, nothing started
        start.type("caseNumber", "2099-01-9999");
        browser.click(By.xpath("//label[normalize-space()='Interdiction']"));
        start.type("actReasons", "Lots falsifiés signalés par l'autorité du pays importateur.");
        start.type("legalBasis", "article L.5124-11 du code de la santé publique");
        start.start();
        String refusal = browser.find(By.cssSelector(".modal-body .notifications .message")).getText();
        browser.screenshot("case-act-start-refused");
        assertThat(refusal).contains("Aucun dossier ne porte le numéro « 2099-01-9999 » (champ « N° du dossier »)")
                .doesNotContain("ENGINE-", "Exception");
        start.type("caseNumber", number);
        browser.screenshot("case-act-start-form");
        start.start();
        Task confirmation = waitForConfirmation(number);
        assertThat(register.byNumber(number).orElseThrow().getStatus()).isEqualTo(DeclarationStatus.VALIDATED);
        browser.close();

        String second = TestAccounts.person(accounts, "reviewer2", Groups.REVIEWERS);
        browser = new Browser("http://localhost:" + port);
        browser.logIn(second, TestAccounts.PASSWORD, TestAccounts.SECRET);
        String filter = engine.getFilterService().createFilterQuery().filterName("Actes à confirmer").singleResult()
                .getId();
        browser.open("/camunda/app/tasklist/default/#/?filter=" + filter + "&task=" + confirmation.getId());
        browser.waitForText(By.cssSelector(".task-details"),
                "Confirmer – Interdiction de la déclaration d'exportation " + number);
        browser.waitForText(By.cssSelector(".fjs-form"), "Lots falsifiés signalés");
        // the list's search box and order, which Tasklist translates once, are French from the first screen of a
        // task's link (they showed "SEARCH_PLACEHOLDER" and "DUE_DATE" in one opening out of two on a busy server)
        assertThat(browser.driver().findElements(By.cssSelector("input[placeholder]")).stream()
                .map(input -> input.getAttribute("placeholder")).toList()).contains("Filtrer les tâches")
                .doesNotContain("SEARCH_PLACEHOLDER");
        assertThat(browser.find(By.tagName("body")).getText()).doesNotContain("DUE_DATE").contains("Échéance");
        assertThat(browser.find(By.cssSelector(".fjs-form")).getText()).contains("Proposition de " + REVIEWER,
                "Base légale : article L.5124-11 du code de la santé publique");
        browser.click(By.cssSelector("button[ng-click='claim()']"));
        browser.screenshot("case-act-claimed");
        browser.waitForText(By.cssSelector(".fjs-form"), "Lots falsifiés signalés");
        browser.click(By.xpath("//label[contains(normalize-space(), 'Confirmer : l')]"));
        browser.screenshot("case-act-confirm-form");
        new CamundaForm(browser).complete();
        waitForStatus(number, DeclarationStatus.PROHIBITED);
        Declarations.runJobs(engine, confirmation.getProcessInstanceId());

        MimeMessage toDeclarant = single(TestMailServer.to(DECLARANT));
        MimeMessage toAuthority = single(TestMailServer.to(CaseActsTests.AUTHORITY));
        assertThat(Mails.subject(toDeclarant)).isEqualTo("Décision de l'ANSM : interdiction de la déclaration "
                + "d'exportation N° " + number);
        String today = CaseDates.day(register.byNumber(number).orElseThrow().getActAt());
        assertThat(Mails.text(toAuthority)).contains("Décision de l'ANSM du " + today + " : interdiction de la "
                + "déclaration d'exportation N° " + number + ".", "Lots falsifiés signalés", "Statut : Interdite",
                "Base légale : article L.5124-11 du code de la santé publique");
        browser.open("/verification/" + code);
        browser.waitForText(By.id("state"), "Interdite depuis le " + today);
        browser.screenshot("case-act-verification");
        assertThat(browser.find(By.id("number")).getText()).isEqualTo(number);
    }

    private Task waitForConfirmation(String number) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        Task task = null;
        while (task == null && System.nanoTime() < deadline) {
            task = engine.getTaskService().createTaskQuery().processDefinitionKey(CaseActProcess.KEY)
                    .processVariableValueEquals(CaseActProcess.Vars.CASE_NUMBER, number).singleResult();
            if (task == null) {
                Thread.sleep(200);
            }
        }
        browser.screenshot("case-act-started");
        assertThat(task).as("the act proposed from the start form waits for its confirmation").isNotNull();
        return task;
    }

    private void waitForStatus(String number, DeclarationStatus status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (register.byNumber(number).orElseThrow().getStatus() != status && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        browser.screenshot("case-act-confirmed");
        assertThat(register.byNumber(number).orElseThrow().getStatus()).isEqualTo(status);
    }
}
