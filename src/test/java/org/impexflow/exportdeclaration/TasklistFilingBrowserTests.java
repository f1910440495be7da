package org.impexflow.exportdeclaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impexflow.support.Declarations.DECLARANT;
import static org.impexflow.support.Declarations.PASSWORD;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.impexflow.attachment.Attachment;
import org.impexflow.attachment.Attachments;
import org.impexflow.support.Browser;
import org.impexflow.support.ImpexflowSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A declarant files in Tasklist, in a real browser: the Camunda Form, the attachments page, the answers. */
@ImpexflowSpringTest
class TasklistFilingBrowserTests {

    private static final String PROCESS_NAME = "Déclaration d'exportation (DEI/DEC)";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    DeclarationRegister register;
    @Autowired
    Attachments attachments;

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
    void declarantUploadsAFileThenFilesFromTheTasklistStartFormAndTheCaseIsRegistered() throws Exception {
        browser.logIntoTasklist(DECLARANT, PASSWORD);

        browser.open("/pieces-jointes");
        Path letter = Files.createTempFile("lettre-", ".pdf");
        Files.writeString(letter, "%PDF-1.4 lettre d'accompagnement");
        browser.find(By.id("files")).sendKeys(letter.toString());
        browser.click(By.cssSelector("form.card button[type='submit']"));
        String reference = browser.find(By.cssSelector(".notice.ok .reference")).getText().trim();
        assertThat(reference).matches("PJ-[A-Z0-9]{4}-[A-Z0-9]{4}");

        browser.open("/camunda/app/tasklist/");
        startForm();
        type("medicineName", "Quinine Navigateur");
        type("activeSubstances", "quinine 300 mg");
        type("strength", "300 mg");
        type("pharmaceuticalForm", "comprimé");
        type("presentation", "boîte de 20 comprimés");
        type("routeOfAdministration", "orale");
        type("therapeuticIndications", "Paludisme grave");
        choose("noMarketingAuthorisationReason", "AMM non demandée en France");
        search("releaseCountry", "France", "France (FR)");
        search("destinationCountry", "Sénégal", "Sénégal (SN)");
        type("importerName", "Pharmacie Nationale d'Approvisionnement");
        type("importerAddress", "Dakar");
        type("otherDocuments", reference);
        browser.screenshot("start-form-filled");
        browser.click(By.cssSelector("button[ng-click='startProcessInstance()']"));

        Optional<ExportDeclaration> filed = waitForDeclaration("Quinine Navigateur");
        assertThat(filed).as("registered from the Tasklist form").isPresent();
        ExportDeclaration declaration = filed.get();
        assertThat(declaration.getDeclarantEmail()).as("the logged-in user by default").isEqualTo(DECLARANT);
        assertThat(declaration.getDestinationCountry()).isEqualTo("SN");
        assertThat(declaration.getFiledBy()).isEqualTo(DECLARANT);
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(declaration.getNumber()).singleResult();
        assertThat(pi).isNotNull();
        List<Attachment> files = attachments.ofDeclaration(declaration.getId());
        assertThat(files).extracting(Attachment::getReference).containsExactly(reference);
    }

    @Test
    void refusedFilingShowsTheFieldAtFaultInTheStartDialog() {
        browser.logIntoTasklist(DECLARANT, PASSWORD);
        startForm();
        type("establishmentSiret", "73282932000074");
        type("medicineName", "Refus Navigateur");
        type("activeSubstances", "x 1 mg");
        type("strength", "1 mg");
        type("pharmaceuticalForm", "comprimé");
        type("presentation", "boîte");
        type("routeOfAdministration", "orale");
        type("therapeuticIndications", "aucune");
        choose("noMarketingAuthorisationReason", "AMM non demandée en France");
        search("releaseCountry", "France", "France (FR)");
        search("destinationCountry", "Sénégal", "Sénégal (SN)");
        type("importerName", "Importateur");
        type("importerAddress", "Dakar");
        browser.click(By.cssSelector("button[ng-click='startProcessInstance()']"));

        browser.waitForText(By.cssSelector(".modal-body"), "establishmentSiret");
        browser.screenshot("start-form-refused");
        assertThat(browser.find(By.cssSelector(".modal-body")).getText())
                .contains("n'est pas celui de l'établissement de votre compte");
        assertThat(waitForDeclaration("Refus Navigateur")).as("nothing stored").isEmpty();
    }

    private void startForm() {
        browser.click(Browser.START_PROCESS);
        browser.click(By.xpath("//a[@ng-click='selectProcessDefinition(processDefinition)']"
                + "[normalize-space()=\"" + PROCESS_NAME + "\"]"));
        browser.find(By.cssSelector(".fjs-form"));
    }

    private WebElement input(String key) {
        return browser.find(By.cssSelector("input[id*='-Field_" + key + "_'], textarea[id*='-Field_" + key + "_']"));
    }

    private void type(String key, String text) {
        WebElement field = input(key);
        field.clear();
        field.sendKeys(text);
    }

    /** A searchable select: type to filter, then pick the entry. */
    private void search(String key, String text, String entry) {
        WebElement field = input(key);
        field.click();
        field.sendKeys(text);
        browser.click(By.xpath("//div[contains(@class,'fjs-dropdownlist-item') and normalize-space()=\""
                + entry + "\"]"));
        field.sendKeys(Keys.TAB);
    }

    /** A plain select: open it, then pick the entry. */
    private void choose(String key, String entry) {
        browser.click(By.cssSelector("[id*='-Field_" + key + "_'][id$='-display']"));
        browser.click(By.xpath("//div[contains(@class,'fjs-dropdownlist-item') and normalize-space()=\""
                + entry + "\"]"));
    }

    private Optional<ExportDeclaration> waitForDeclaration(String medicineName) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        do {
            Optional<ExportDeclaration> found = register.ofEstablishment(establishmentId()).stream()
                    .filter(d -> d.getMedicineName().equals(medicineName)).findFirst();
            if (found.isPresent()) {
                return found;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        } while (System.nanoTime() < deadline);
        return Optional.empty();
    }

    @Autowired
    org.impexflow.establishment.Establishments establishments;

    private Long establishmentId() {
        return establishments.ofUser(DECLARANT).orElseThrow().getId();
    }
}
