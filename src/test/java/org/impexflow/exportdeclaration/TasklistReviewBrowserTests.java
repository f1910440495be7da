package org.impexflow.exportdeclaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impexflow.support.Declarations.DECLARANT;

import java.time.Duration;

import org.camunda.bpm.engine.ProcessEngine;
import org.impexflow.access.Groups;
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

/** A reviewer finds the declaration in the queue, reads it whole in the form, takes it and validates it. */
@ImpexflowSpringTest
class TasklistReviewBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    DeclarationRegister register;
    @Autowired
    org.impexflow.attachment.Attachments attachments;

    @Autowired
    org.impexflow.account.Accounts accounts;

    private Browser browser;
    /**
     * A reviewer of their own for each test: a TOTP code is accepted once per account and step, and the demo
     * reviewer logging in once per test waited up to 30 s for the next code.
     */
    private String reviewer;

    @BeforeEach
    void openBrowser() {
        browser = new Browser("http://localhost:" + port);
        reviewer = TestAccounts.person(accounts, "evaluateur", Groups.REVIEWERS);
    }

    private void logIntoTasklist() {
        browser.logIn(reviewer, TestAccounts.PASSWORD, TestAccounts.SECRET);
        browser.open("/camunda/app/tasklist/");
        browser.find(Browser.START_PROCESS);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void reviewerReadsTheWholeDeclarationAndValidatesIt() throws Exception {
        String number = Declarations.fileAs(engine, DECLARANT, Declarations.with(Declarations.dei(),
                "medicineName", "Méfloquine Revue")).getBusinessKey();

        logIntoTasklist();
        browser.click(By.xpath("//a[contains(normalize-space(), 'Déclarations à instruire')]"));
        // the queue may hold more cases than one page (other tests leave theirs open): open this one by
        // its link, as the links of the case pages and mails do
        String filter = engine.getFilterService().createFilterQuery().filterName("Déclarations à instruire")
                .singleResult().getId();
        String task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number).singleResult()
                .getId();
        browser.open("/camunda/app/tasklist/default/#/?filter=" + filter + "&task=" + task);
        browser.waitForText(By.cssSelector(".task-details"), "Instruire " + number + " – Méfloquine Revue – Sénégal");
        browser.waitForText(By.cssSelector(".fjs-form"), "Instruction de la déclaration " + number);
        String form = browser.find(By.cssSelector(".fjs-form")).getText();
        assertThat(form).contains("Statut : Déposée", "Laboratoire Démo (SIRET 42112345600012)",
                "Nom ou code du médicament : Méfloquine Revue", "Raison de l'absence d'AMM : AMM non demandée en France",
                "AMM en France : non", "Pays de destination : Sénégal (SN)",
                "Importateur : Pharmacie Nationale d'Approvisionnement", "Aucune pièce jointe.");
        browser.screenshot("review-form");

        browser.click(By.cssSelector("button[ng-click='claim()']"));
        browser.click(By.xpath("//label[contains(normalize-space(), 'Valider (viser la déclaration)')]"));
        browser.click(By.cssSelector("button[ng-click='complete()']"));

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (register.byNumber(number).orElseThrow().getStatus() != DeclarationStatus.VALIDATED
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        ExportDeclaration validated = register.byNumber(number).orElseThrow();
        assertThat(validated.getStatus()).isEqualTo(DeclarationStatus.VALIDATED);
        assertThat(register.history(validated.getId())).extracting(DeclarationEvent::getActor)
                .contains(reviewer);
    }

    /**
     * Two rounds of review in Tasklist: the reviewer asks for a complement, the declarant answers, and the
     * second review opens with its decision and text empty, the earlier round shown read-only; validated
     * without a new text, the PDF the declarant receives carries no observation from the first round.
     */
    @Test
    void theSecondRoundOfReviewStartsEmptyAndThePdfCarriesNoTextOfTheFirst() throws Exception {
        org.camunda.bpm.engine.runtime.ProcessInstance pi = Declarations.fileAs(engine, DECLARANT,
                Declarations.with(Declarations.dei(), "medicineName", "Primaquine Deux Tours"));
        String number = pi.getBusinessKey();
        Declarations.runJobs(engine, pi.getId());
        String request = "Joindre le certificat BPF du site de libération des lots.";

        logIntoTasklist();
        openReview(number);
        assertThat(browser.find(By.cssSelector(".fjs-form")).getText()).doesNotContain("Tours précédents");
        browser.click(By.cssSelector("button[ng-click='claim()']"));
        browser.click(By.xpath("//label[contains(normalize-space(), 'Demander un complément au déclarant')]"));
        org.impexflow.support.CamundaForm form = new org.impexflow.support.CamundaForm(browser);
        form.type("reviewComment", request);
        form.complete();
        waitForStatus(number, DeclarationStatus.COMPLEMENT_REQUESTED);

        org.camunda.bpm.engine.task.Task complement = engine.getTaskService().createTaskQuery()
                .processInstanceId(pi.getId()).taskDefinitionKey("Task_ProvideComplement").singleResult();
        Declarations.as(engine, DECLARANT, () -> engine.getTaskService().complete(complement.getId(),
                java.util.Map.of("complementAnswer", "Le certificat BPF est joint.")));
        Declarations.runJobs(engine, pi.getId());

        openReview(number);
        browser.waitForText(By.cssSelector(".fjs-form"), "Tours précédents");
        String second = browser.find(By.cssSelector(".fjs-form")).getText();
        browser.screenshot("review-second-round");
        assertThat(second).contains(request, "Le certificat BPF est joint.");
        assertThat(form.input("reviewComment").getAttribute("value")).as("the decision's text starts empty").isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector(".fjs-form input[type='radio']:checked")))
                .as("no decision chosen in advance").isEmpty();
        browser.click(By.cssSelector("button[ng-click='claim()']"));
        browser.click(By.xpath("//label[contains(normalize-space(), 'Valider (viser la déclaration)')]"));
        form.complete();
        waitForStatus(number, DeclarationStatus.VALIDATED);
        Declarations.runJobs(engine, pi.getId());

        jakarta.mail.internet.MimeMessage validated = org.impexflow.support.TestMailServer.to(DECLARANT).stream()
                .filter(m -> org.impexflow.support.Mails.subject(m).contains(number)
                        && org.impexflow.support.Mails.subject(m).contains("visée par l'ANSM"))
                .findFirst().orElseThrow();
        String pdf = org.impexflow.support.Mails.pdfText(
                org.impexflow.support.Mails.attachments(validated).get(0).content());
        assertThat(pdf).contains("N° de fiche / Number : " + number, "Primaquine Deux Tours")
                .containsPattern("Observations de l'ANSM /\\s*ANSM's remarks\\s*—\\s*\\n")
                .doesNotContain("Joindre le certificat", "certificat BPF est joint");
    }

    private void openReview(String number) {
        String filter = engine.getFilterService().createFilterQuery().filterName("Déclarations à instruire")
                .singleResult().getId();
        String task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey("Task_ReviewDeclaration").singleResult().getId();
        browser.open("/camunda/app/tasklist/default/#/?filter=" + filter + "&task=" + task);
        browser.waitForText(By.cssSelector(".fjs-form"), "Instruction de la déclaration " + number);
    }

    private void waitForStatus(String number, DeclarationStatus status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (register.byNumber(number).orElseThrow().getStatus() != status && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(register.byNumber(number).orElseThrow().getStatus()).isEqualTo(status);
    }

    /**
     * File names and texts that are links, images or HTML show as text in the reviewer's form: nothing
     * in it points to the outside site, and no image loads. (A file name keeps no "/": the upload cuts the
     * path, so the names use "https:evil.example", which a browser resolves just the same.)
     */
    @Test
    void linksImagesAndHtmlInFileNamesAndTextsShowAsTextInTheReviewForm() {
        java.util.List<String> fileNames = java.util.List.of("<a href=https:evil.example>x", "[x](https:evil.example)",
                "![x](https:evil.example)", "<img src=x onerror=alert(1)>", "www.evil.example");
        String references = String.join(", ", fileNames.stream().map(name -> attachments.store(DECLARANT, name,
                "application/pdf", ("%PDF-1.4 " + name).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .getReference()).toList());
        String number = Declarations.fileAs(engine, DECLARANT, Declarations.with(Declarations.dei(),
                "medicineName", "<a href=\"https://evil.example\">x</a>",
                "presentation", "[x](https://evil.example)",
                "pharmaceuticalForm", "![x](https://evil.example/p.png)",
                "routeOfAdministration", "<img src=x onerror=alert(1)>",
                "therapeuticIndications", "https://evil.example",
                "otherDocuments", references)).getBusinessKey();

        logIntoTasklist();
        String filter = engine.getFilterService().createFilterQuery().filterName("Déclarations à instruire")
                .singleResult().getId();
        String task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number).singleResult()
                .getId();
        browser.open("/camunda/app/tasklist/default/#/?filter=" + filter + "&task=" + task);
        browser.waitForText(By.cssSelector(".fjs-form"), "Instruction de la déclaration " + number);
        browser.waitForText(By.cssSelector(".fjs-form"), "www.evil.example");
        String form = browser.find(By.cssSelector(".fjs-form")).getText();
        browser.screenshot("review-form-hostile-names");
        assertThat(form).contains(fileNames).contains("<a href=\"https://evil.example\">x</a>",
                "[x](https://evil.example)", "![x](https://evil.example/p.png)", "Voie d'administration : <img src=x onerror=alert(1)>",
                "https://evil.example");
        assertThat(browser.driver().findElements(By.cssSelector(".fjs-form a[href*='evil']"))).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector(".fjs-form img"))).isEmpty();
        // the files are still links, to our own download page
        assertThat(browser.driver().findElements(By.cssSelector(".fjs-form a[href*='/pieces-jointes/']")))
                .hasSize(fileNames.size());
    }
}
