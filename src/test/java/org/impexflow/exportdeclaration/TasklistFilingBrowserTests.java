package org.impexflow.exportdeclaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impexflow.support.Declarations.DECLARANT;

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
import org.impexflow.support.CamundaForm;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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

    @Autowired
    org.impexflow.account.Accounts accounts;

    private Browser browser;
    /** A declarant of the demo establishment for each test: a TOTP code is accepted once per account and step. */
    private String declarant;

    @BeforeEach
    void openBrowser() {
        browser = new Browser("http://localhost:" + port);
        declarant = TestAccounts.declarant(accounts, establishments, establishments.ofUser(DECLARANT).orElseThrow());
    }

    private void logIntoTasklist() {
        browser.logIn(declarant, TestAccounts.PASSWORD, TestAccounts.SECRET);
        browser.open("/camunda/app/tasklist/");
        browser.find(Browser.START_PROCESS);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void declarantUploadsAFileThenFilesFromTheTasklistStartFormAndTheCaseIsRegistered() throws Exception {
        logIntoTasklist();

        browser.open("/pieces-jointes");
        Path letter = Files.createTempFile("lettre-", ".pdf");
        Files.writeString(letter, "%PDF-1.4 lettre d'accompagnement");
        browser.find(By.id("files")).sendKeys(letter.toString());
        browser.click(By.cssSelector("form.card button[type='submit']"));
        String reference = browser.find(By.cssSelector(".notice.ok .reference")).getText().trim();
        assertThat(reference).matches("PJ-[A-Z0-9]{4}-[A-Z0-9]{4}");

        browser.open("/camunda/app/tasklist/");
        CamundaForm form = CamundaForm.startForm(browser, PROCESS_NAME);
        form.type("medicineName", "Quinine Navigateur");
        form.type("activeSubstances", "quinine 300 mg");
        form.type("strength", "300 mg");
        form.type("pharmaceuticalForm", "comprimé");
        form.type("presentation", "boîte de 20 comprimés");
        form.type("routeOfAdministration", "orale");
        form.type("therapeuticIndications", "Paludisme grave");
        form.choose("noMarketingAuthorisationReason", "AMM non demandée en France");
        form.search("releaseCountry", "France", "France (FR)");
        // typed without accents, as on every search of the application
        form.search("destinationCountry", "senegal", "Sénégal (SN)");
        form.type("importerName", "Pharmacie Nationale d'Approvisionnement");
        form.type("importerAddress", "Dakar");
        form.firstExportAndManufacture();
        form.type("otherDocuments", reference);
        browser.screenshot("start-form-filled");
        form.start();

        Optional<ExportDeclaration> filed = waitForDeclaration("Quinine Navigateur");
        assertThat(filed).as("registered from the Tasklist form").isPresent();
        ExportDeclaration declaration = filed.get();
        assertThat(declaration.getDeclarantEmail()).as("the logged-in user by default").isEqualTo(declarant);
        assertThat(declaration.getDestinationCountry()).isEqualTo("SN");
        assertThat(declaration.getFiledBy()).isEqualTo(declarant);
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(declaration.getNumber()).singleResult();
        assertThat(pi).isNotNull();
        List<Attachment> files = attachments.ofDeclaration(declaration.getId());
        assertThat(files).extracting(Attachment::getReference).containsExactly(reference);

        By filedBanner = By.cssSelector(".impexflow-filed");
        browser.waitForText(filedBanner, "Déclaration N° " + declaration.getNumber() + " enregistrée");
        browser.screenshot("start-form-filed");
        assertThat(browser.find(filedBanner).getText()).contains("accusé d'enregistrement (AEE)", "Voir le dossier");
        browser.click(By.cssSelector(".impexflow-filed a"));
        browser.waitForText(By.tagName("h1"), declaration.getNumber());
        assertThat(browser.driver().getCurrentUrl()).endsWith("/mes-declarations/" + declaration.getNumber());
    }

    @Test
    void aFilingThatNeedsNoDeclarationSaysWhyInTasklist() {
        logIntoTasklist();
        CamundaForm form = CamundaForm.startForm(browser, PROCESS_NAME);
        form.type("medicineName", "Quinine Européenne");
        form.type("activeSubstances", "quinine 300 mg");
        form.type("strength", "300 mg");
        form.type("pharmaceuticalForm", "comprimé");
        form.type("presentation", "boîte de 20 comprimés");
        form.type("routeOfAdministration", "orale");
        form.type("therapeuticIndications", "Paludisme grave");
        form.choose("noMarketingAuthorisationReason", "AMM non demandée en France");
        form.search("releaseCountry", "France", "France (FR)");
        form.search("destinationCountry", "Allemagne", "Allemagne (DE)");
        form.type("importerName", "Apotheke");
        form.type("importerAddress", "Berlin");
        form.firstExportAndManufacture();
        form.start();

        By filedBanner = By.cssSelector(".impexflow-filed");
        browser.waitForText(filedBanner, "Aucune déclaration enregistrée");
        assertThat(browser.find(filedBanner).getText()).contains("État membre de l'Union européenne")
                .doesNotContain("Voir le dossier");
        assertThat(declared("Quinine Européenne")).as("nothing numbered").isEmpty();
    }

    @Test
    void refusedFilingShowsTheFieldAtFaultInTheStartDialog() {
        logIntoTasklist();
        CamundaForm form = CamundaForm.startForm(browser, PROCESS_NAME);
        form.type("establishmentSiret", "73282932000074");
        fillRequiredFields(form, "Refus Navigateur");
        form.start();

        WebElement notification = browser.find(By.cssSelector(".modal-body .notifications .alert-danger"));
        String refusal = notification.getText();
        browser.screenshot("start-form-refused");
        assertThat((Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                "var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;",
                notification)).as("in sight of the person, who pressed the button at the bottom").isTrue();
        assertThat(browser.find(By.cssSelector(".modal-body .notifications .message")).getText()).isEqualTo(
                "Le N° SIRET 73282932000074 n'est pas celui de l'établissement de votre compte "
                        + "(champ « N° SIRET de l'établissement »).");
        assertThat(refusal).contains("Processus non démarré, rien n'a été enregistré")
                .doesNotContain("ENGINE-", "Exception", "establishmentSiret", "500");
        assertThat(declared("Refus Navigateur")).as("nothing stored").isEmpty();
    }

    /** Tasklist shows a refusal's text as HTML: what the person typed shows as typed, never as markup. */
    @Test
    void aRefusedValueWithMarkupShowsAsTyped() {
        logIntoTasklist();
        CamundaForm form = CamundaForm.startForm(browser, PROCESS_NAME);
        fillRequiredFields(form, "Balise Navigateur");
        form.type("otherDocuments", "<i>PJ-FAUX</i>");
        form.start();

        By message = By.cssSelector(".modal-body .notifications .message");
        assertThat(browser.find(message).getText()).isEqualTo("Pièce jointe inconnue ou déjà utilisée : "
                + "<i>PJ-FAUX</i> (déposez le fichier sur la page Pièces jointes et recopiez sa référence) "
                + "(champ « Autres documents (références) »).");
        assertThat(browser.find(message).findElements(By.tagName("i"))).as("no markup").isEmpty();
        assertThat(declared("Balise Navigateur")).as("nothing stored").isEmpty();
    }

    /** FR | EN on our pages: Tasklist and its Camunda Forms speak English, countries included. */
    @Test
    void inEnglishTheStartFormSpeaksEnglish() {
        logIntoTasklist();
        browser.open("/mes-declarations?lang=en");
        try {
            browser.open("/camunda/app/tasklist/");
            CamundaForm form = CamundaForm.startForm(browser, PROCESS_NAME);
            assertThat(browser.find(By.cssSelector(".fjs-form")).getText()).contains("Export declaration of a medicine",
                    "Name or code of the medicine", "Country of destination", "Strength")
                    .doesNotContain("Nom ou code du médicament", "Pays de destination");
            form.search("destinationCountry", "Seneg", "Senegal (SN)");
            form.choose("noMarketingAuthorisationReason", "Marketing authorisation not applied for in France");
            assertThat(browser.find(By.cssSelector(".modal-footer")).getText()).as("Tasklist itself in English")
                    .contains("Start").doesNotContain("Démarrer");
            browser.screenshot("start-form-english");
        } finally {
            browser.open("/mes-declarations?lang=fr");
        }
    }

    /** The required fields of the start form, with short values, for a medicine of that name. */
    private static void fillRequiredFields(CamundaForm form, String medicineName) {
        form.type("medicineName", medicineName);
        form.type("activeSubstances", "x 1 mg");
        form.type("strength", "1 mg");
        form.type("pharmaceuticalForm", "comprimé");
        form.type("presentation", "boîte");
        form.type("routeOfAdministration", "orale");
        form.type("therapeuticIndications", "aucune");
        form.choose("noMarketingAuthorisationReason", "AMM non demandée en France");
        form.search("releaseCountry", "France", "France (FR)");
        form.search("destinationCountry", "Sénégal", "Sénégal (SN)");
        form.type("importerName", "Importateur");
        form.type("importerAddress", "Dakar");
        form.firstExportAndManufacture();
    }

    /**
     * The declaration of that medicine, once registered. A filing refused or ended without a declaration is
     * looked at with {@link #declared} once the page shows it: the answer the page shows comes after the
     * start's transaction, so nothing can be registered later.
     */
    private Optional<ExportDeclaration> waitForDeclaration(String medicineName) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        do {
            Optional<ExportDeclaration> found = declared(medicineName);
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

    private Optional<ExportDeclaration> declared(String medicineName) {
        return register.ofEstablishment(establishmentId()).stream()
                .filter(d -> d.getMedicineName().equals(medicineName)).findFirst();
    }

    @Autowired
    org.impexflow.establishment.Establishments establishments;

    private Long establishmentId() {
        return establishments.ofUser(DECLARANT).orElseThrow().getId();
    }
}
