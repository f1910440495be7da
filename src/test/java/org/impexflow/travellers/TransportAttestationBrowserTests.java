package org.impexflow.travellers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.access.Groups;
import org.impexflow.account.Accounts;
import org.impexflow.support.Browser;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.Mails;
import org.impexflow.support.ProcessTestSupport;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A traveller asks for a transport attestation in a real browser, through to the PDF in their mailbox. */
@ImpexflowSpringTest
class TransportAttestationBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TransportAttestations attestations;
    @Autowired
    Accounts accounts;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser("http://localhost:" + port);
        TestMailServer.purge();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** "Non" to the residence question is answered at once: the browser asks for no other field. */
    @Test
    void aTravellerWhoDoesNotResideInFranceIsAnsweredWithoutFillingTheForm() {
        long before = stored();
        browser.open("/voyageurs/attestation?pays=TH");
        browser.click(By.cssSelector("input[name=residesInFrance][value=false]"));
        browser.click(By.id("send"));

        browser.waitForText(By.id("not-resident-answer"), "Vous ne résidez pas en France");
        assertThat(browser.find(By.id("not-resident")).getText()).contains("autorité compétente de votre pays de résidence");
        assertThat(stored()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void travellerRequestsAnAttestationAndReceivesItsPdf() throws Exception {
        Map<String, String> form = TransportAttestationProcessTests.form();
        form.put("email", "voyageuse.navigateur@test.example");
        browser.open("/voyageurs?sens=LEAVING&pays=TH&classement=NARCOTIC&transport=true&ordonnance=14&quantite=14");
        browser.click(By.id("request-attestation"));

        for (String field : new String[] {"lastName", "firstName", "email", "dailyDose", "quantityDays", "prescriber"}) {
            browser.find(By.id(field)).sendKeys(form.get(field));
        }
        browser.find(By.id("residenceAddress")).sendKeys(form.get("residenceAddress"));
        for (String date : new String[] {"birthDate", "departureDate", "returnDate"}) {
            WebElement input = browser.find(By.id(date));
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", input,
                    form.get(date));
        }
        browser.click(By.cssSelector("input[name=residesInFrance][value=true]"));
        new Select(browser.find(By.id("destinationCountry"))).selectByValue("TH");
        browser.click(By.id("destinationRequiresCertificate"));
        new Select(browser.find(By.id("medicineCode"))).selectByValue("MORPHINE_ORAL");
        Path prescription = Files.createTempFile("ordonnance-", ".pdf");
        Files.writeString(prescription, "%PDF-1.4 ordonnance");
        browser.find(By.id("prescription")).sendKeys(prescription.toString());
        browser.screenshot("attestation-request-filled");
        browser.click(By.id("send"));

        browser.waitForText(By.id("filed"), "enregistrée");
        String number = browser.find(By.id("filed")).getText().replaceAll(".*N° (AT-\\d{4}-\\d{2}-\\d{4}).*", "$1");
        TransportAttestation filed = attestations.byNumber(number).orElseThrow();
        assertThat(filed.getPrescription()).isEqualTo("%PDF-1.4 ordonnance".getBytes());

        String processInstanceId = filed.getProcessInstanceId();
        Declarations.runJobs(engine, processInstanceId);
        Task review = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult();
        String reviewer = TestAccounts.person(accounts, "narcotics", Groups.NARCOTICS);
        Declarations.as(engine, reviewer, () -> {
            engine.getTaskService().claim(review.getId(), reviewer);
            engine.getTaskService().complete(review.getId(), Map.of("reviewDecision", "ISSUE"));
        });
        Declarations.runJobs(engine, processInstanceId);

        Mails.Attachment pdf = ProcessTestSupport.single(Mails.attachments(
                ProcessTestSupport.mail("voyageuse.navigateur@test.example", "Votre attestation")));
        assertThat(Mails.pdfText(pdf.content())).contains(number, "MARTIN Alice", "Thaïlande / Thailand");
    }

    private long stored() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM transport_attestation", Long.class);
    }
}
