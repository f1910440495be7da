package org.impexflow.importauthorisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.attachment.Attachment;
import org.impexflow.attachment.AttachmentKind;
import org.impexflow.attachment.Attachments;
import org.impexflow.support.Browser;
import org.impexflow.support.CamundaForm;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TestEstablishments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A declarant asks for an import authorisation in Tasklist, in a real browser, follows it on their home
 * page and, once it is granted, records an import against it.
 */
@ImpexflowSpringTest
class ImportAuthorisationBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    AuthorisationRegister register;
    @Autowired
    Attachments attachments;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.impexflow.account.Accounts accounts;
    @Autowired
    org.impexflow.establishment.Establishments establishments;

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
    void declarantRequestsAnImportAuthorisationFollowsItAndRecordsAnImport() throws Exception {
        // an account of its own: the demo declarant's TOTP codes are taken by the other browser tests
        String declarant = TestAccounts.declarant(accounts, establishments,
                TestEstablishments.create(establishments, "Pharmacie à usage intérieur Navigateur"));
        browser.logIn(declarant, TestAccounts.PASSWORD, TestAccounts.SECRET);
        browser.open("/camunda/app/tasklist/");

        browser.open("/pieces-jointes");
        Path letter = Files.createTempFile("lettre-ai-", ".pdf");
        Files.writeString(letter, "%PDF-1.4 lettre de demande signée");
        browser.find(By.id("files")).sendKeys(letter.toString());
        browser.click(By.cssSelector("form.card button[type='submit']"));
        String reference = browser.find(By.cssSelector(".notice.ok .reference")).getText().trim();

        // "Demander une autorisation d'importation" on the home page opens the request's form in Tasklist
        browser.open("/mes-declarations");
        browser.click(By.id("new-import"));
        browser.waitForText(By.cssSelector(".modal-title"), "Autorisation d'importation (AI)");
        browser.find(By.cssSelector(".modal .fjs-form"));
        CamundaForm form = new CamundaForm(browser);
        form.type("medicineName", "Artesunate Navigateur");
        form.type("activeSubstances", "artésunate 60 mg par flacon");
        form.type("pharmaceuticalForm", "poudre pour solution injectable");
        form.type("strength", "60 mg");
        form.type("routeOfAdministration", "intraveineuse");
        form.type("manufacturer", "Fabricant Navigateur Ltd, Mumbai");
        form.type("releaseSite", "Fabricant Navigateur Ltd, Mumbai");
        form.search("provenanceCountry", "Inde", "Inde (IN)");
        form.search("originCountry", "Inde", "Inde (IN)");
        form.type("quantity", "15");
        form.type("quantityUnit", "boîtes de 10 flacons");
        form.choose("purpose", "Besoin clinique (patient ou service identifié)");
        form.type("coverLetter", reference);
        browser.screenshot("import-start-form-filled");
        form.start();

        ImportAuthorisation filed = waitForRequest("Artesunate Navigateur");
        assertThat(filed.getNumber()).matches("AI-\\d{4}-\\d{2}-\\d{4}");
        assertThat(filed.getProvenanceCountry()).isEqualTo("IN");
        assertThat(filed.getQuantity()).isEqualTo(15);
        assertThat(filed.getQuantityMode()).isEqualTo(QuantityMode.SINGLE);
        assertThat(filed.getPurpose()).isEqualTo(ImportPurpose.CLINICAL_NEED);
        assertThat(filed.getDeclarantEmail()).as("the logged-in user by default").isEqualTo(declarant);
        List<Attachment> files = attachments.ofImportAuthorisation(filed.getId());
        assertThat(files).extracting(Attachment::getReference).containsExactly(reference);
        assertThat(files.get(0).getKind()).isEqualTo(AttachmentKind.COVER_LETTER);

        browser.open("/mes-declarations?type=AI");
        browser.waitForText(By.cssSelector("tr[data-number='" + filed.getNumber() + "']"), "Déposée");
        browser.click(By.linkText(filed.getNumber()));
        browser.waitForText(By.id("status"), "Déposée");
        assertThat(browser.find(By.id("content")).getText()).contains("Artesunate Navigateur", "Inde",
                "15 boîtes de 10 flacons – Une importation");

        grant(filed.getNumber());
        browser.open("/mes-declarations/autorisations-importation/" + filed.getNumber());
        browser.waitForText(By.id("status"), "Accordée");
        assertThat(browser.find(By.id("remaining")).getText()).isEqualTo("15 boîtes de 10 flacons");
        browser.find(By.id("quantity")).sendKeys("15");
        browser.find(By.id("reference")).sendKeys("DAU 26FR0042");
        browser.screenshot("import-record-filled");
        browser.click(By.id("record"));

        browser.waitForText(By.id("recorded"), "il reste 0 boîtes de 10 flacons");
        browser.waitForText(By.id("status"), "Soldée");
        assertThat(browser.find(By.id("imports")).getText()).contains("DAU 26FR0042", declarant);
        assertThat(browser.driver().findElements(By.id("record-import"))).as("nothing more to record").isEmpty();
        browser.screenshot("import-authorisation-used-up");
        assertThat(register.byNumber(filed.getNumber()).orElseThrow().getStatus())
                .isEqualTo(AuthorisationStatus.USED_UP);
    }

    private void grant(String number) {
        String processInstanceId = register.byNumber(number).orElseThrow().getProcessInstanceId();
        Declarations.runJobs(engine, processInstanceId);
        Task review = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(ImportAuthorisationProcess.Elements.REVIEW).singleResult();
        Declarations.as(engine, Declarations.REVIEWER, () -> {
            engine.getTaskService().claim(review.getId(), Declarations.REVIEWER);
            engine.getTaskService().complete(review.getId(), Map.of("reviewDecision", "GRANT"));
        });
        Declarations.runJobs(engine, processInstanceId);
    }

    private ImportAuthorisation waitForRequest(String medicineName) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            List<String> numbers = jdbc.queryForList(
                    "SELECT case_number FROM case_file WHERE kind = 'IMPORT_AUTHORISATION' AND subject = ?", String.class,
                    medicineName);
            if (!numbers.isEmpty()) {
                return register.byNumber(numbers.get(0)).orElseThrow();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no import authorisation registered for " + medicineName);
    }
}
