package org.impexflow.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impexflow.support.Declarations.DECLARANT;
import static org.impexflow.support.Declarations.PASSWORD;
import static org.impexflow.support.Declarations.REVIEWER;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.account.Accounts;
import org.impexflow.establishment.Establishments;
import org.impexflow.support.Browser;
import org.impexflow.support.CamundaForm;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Files attached inside the Tasklist forms, in a real browser: the button "Joindre un fichier" next to a
 * reference field uploads the file and writes its reference into the field; the case carries the file.
 */
@ImpexflowSpringTest
class FormAttachmentBrowserTests {

    private static final String PROCESS_NAME = "Déclaration d'exportation (DEI/DEC)";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Attachments attachments;
    @Autowired
    AttachmentRepository repository;
    @Autowired
    Accounts accounts;
    @Autowired
    Establishments establishments;

    private Browser browser;
    private String declarant;

    @BeforeEach
    void openBrowser() {
        browser = new Browser("http://localhost:" + port);
        declarant = TestAccounts.declarant(accounts, establishments, establishments.ofUser(DECLARANT).orElseThrow());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aFileOverTheLimitIsRefusedOnThePageBeforeItIsSent() throws Exception {
        java.nio.file.Path large = java.nio.file.Files.createTempFile("scan-complet", ".pdf");
        try {
            java.nio.file.Files.write(large, java.util.Arrays.copyOf(org.impexflow.support.RealFiles.pdf(),
                    (int) Attachments.MAX_SIZE + 1024 * 1024));
            long before = repository.count();
            browser.logIn(declarant, TestAccounts.PASSWORD, TestAccounts.SECRET);
            browser.open("/pieces-jointes");
            browser.find(By.id("files")).sendKeys(large.toAbsolutePath().toString());
            browser.find(By.cssSelector("form.card button[type=submit]")).click();

            String refusal = browser.find(By.id("files")).getAttribute("validationMessage");
            assertThat(refusal).contains("Pièce jointe", large.getFileName().toString(), "dépasse 20 Mo");
            assertThat(browser.driver().getCurrentUrl()).as("still on the page, nothing sent").endsWith("/pieces-jointes");
            assertThat(browser.find(By.tagName("h1")).getText()).isNotBlank();
            assertThat(repository.count()).isEqualTo(before);
            browser.screenshot("attachment-too-large");

            browser.open("/pieces-jointes?lang=en");
            browser.find(By.id("files")).sendKeys(large.toAbsolutePath().toString());
            browser.find(By.cssSelector("form.card button[type=submit]")).click();
            assertThat(browser.find(By.id("files")).getAttribute("validationMessage")).isEqualTo("Attachment: the file \""
                    + large.getFileName() + "\" is larger than 20 MB.");
            assertThat(repository.count()).isEqualTo(before);
            browser.open("/pieces-jointes?lang=fr");
        } finally {
            java.nio.file.Files.deleteIfExists(large);
        }
    }

    @Test
    void declarantAttachesAFileInsideTheStartFormAndTheReviewerSeesItInTheCase() throws Exception {
        browser.logIn(declarant, TestAccounts.PASSWORD, TestAccounts.SECRET);
        browser.open("/camunda/app/tasklist/");
        CamundaForm form = CamundaForm.startForm(browser, PROCESS_NAME);
        form.type("medicineName", "Quinine Jointe");
        form.type("activeSubstances", "quinine 300 mg");
        form.type("strength", "300 mg");
        form.type("pharmaceuticalForm", "comprimé");
        form.type("presentation", "boîte de 20 comprimés");
        form.type("routeOfAdministration", "orale");
        form.type("therapeuticIndications", "Paludisme grave");
        form.choose("noMarketingAuthorisationReason", "AMM non demandée en France");
        form.search("releaseCountry", "France", "France (FR)");
        form.search("destinationCountry", "Sénégal", "Sénégal (SN)");
        form.type("importerName", "Pharmacie Nationale d'Approvisionnement");
        form.type("importerAddress", "Dakar");
        form.firstExportAndManufacture();

        Path letter = file("lettre-importateur.pdf", "%PDF-1.4 lettre de l'importateur");
        String reference = attach("otherDocuments", letter);
        assertThat(widget("otherDocuments").getText()).contains("Joindre un fichier", "lettre-importateur.pdf",
                reference);
        browser.screenshot("start-form-file-attached");
        form.start();

        Attachment stored = waitFor(() -> attachments.byReference(reference).filter(Attachment::isLinked));
        assertThat(stored.getFileName()).isEqualTo("lettre-importateur.pdf");
        assertThat(stored.getKind()).isEqualTo(AttachmentKind.OTHER_DOCUMENT);
        assertThat(stored.getOwnerUserId()).isEqualTo(declarant);

        // the reviewer's form lists it, as a link to the file
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
                .variableValueEquals("medicineName", "Quinine Jointe").singleResult();
        Declarations.runJobs(engine, pi.getId());
        Task review = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
        browser.close();
        browser = new Browser("http://localhost:" + port);
        browser.logIntoTasklist(REVIEWER, PASSWORD);
        browser.open("/camunda/app/tasklist/default/#/?task=" + review.getId());
        browser.waitForText(By.cssSelector(".fjs-form"), "lettre-importateur.pdf");
        assertThat(browser.find(By.cssSelector(".fjs-form")).getText())
                .contains("Autre document : lettre-importateur.pdf");
        assertThat(browser.driver().findElements(By.cssSelector(".fjs-form a[href$='/pieces-jointes/" + stored.getId()
                + "']"))).hasSize(1);
        assertThat(browser.driver().findElements(By.cssSelector(".impexflow-attach")))
                .as("no button in a form without reference fields").isEmpty();
    }

    @Test
    void declarantAttachesAFileInsideTheComplementTask() throws Exception {
        ProcessInstance pi = Declarations.fileAs(engine, declarant, Declarations.with(Declarations.dei(),
                "declarantEmail", declarant, "medicineName", "Complément Joint"));
        Declarations.decide(engine, pi, "REQUEST_COMPLEMENT");
        Task complement = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(complement.getTaskDefinitionKey()).isEqualTo("Task_ProvideComplement");

        browser.logIn(declarant, TestAccounts.PASSWORD, TestAccounts.SECRET);
        browser.open("/camunda/app/tasklist/default/#/?task=" + complement.getId());
        browser.waitForText(By.cssSelector(".fjs-form"), "Complément demandé");
        CamundaForm form = new CamundaForm(browser);
        form.type("complementAnswer", "Voici le certificat de libération.");
        String reference = attach("complementFiles", file("certificat-liberation.pdf", "%PDF-1.4 certificat"));
        browser.screenshot("complement-file-attached");
        form.complete();

        Attachment stored = waitFor(() -> attachments.byReference(reference).filter(Attachment::isLinked));
        assertThat(stored.getKind()).isEqualTo(AttachmentKind.COMPLEMENT);
        assertThat(attachments.ofDeclaration(stored.getDeclarationId())).extracting(Attachment::getFileName)
                .contains("certificat-liberation.pdf");
    }

    @Test
    void refusedFilesShowTheFrenchErrorAndStoreNothing() throws Exception {
        browser.logIn(declarant, TestAccounts.PASSWORD, TestAccounts.SECRET);
        browser.open("/camunda/app/tasklist/");
        CamundaForm form = CamundaForm.startForm(browser, PROCESS_NAME);
        long before = repository.count();

        choose("otherDocuments", file("programme.exe", "MZ pas un document"));
        browser.waitForText(errorOf("otherDocuments"), "n'est pas d'un type accepté");
        assertThat(error("otherDocuments")).isEqualTo("Le fichier « programme.exe » n'est pas d'un type accepté, à en "
                + "juger par son contenu (PDF, image PNG ou JPEG, classeur Excel .xlsx ou courriel .eml) : il n'a pas "
                + "été joint.");

        // a program named .pdf passes the browser's look at its name: the server reads its first bytes
        choose("otherDocuments", file("deguise.pdf", "MZ programme"));
        browser.waitForText(errorOf("otherDocuments"), "deguise.pdf");
        assertThat(error("otherDocuments")).isEqualTo("Le fichier « deguise.pdf » n'est pas d'un type accepté, à en "
                + "juger par son contenu (PDF, image PNG ou JPEG, classeur Excel .xlsx ou courriel .eml) : il n'a pas "
                + "été joint.");

        Path large = Files.createTempDirectory("pj").resolve("gros.pdf");
        try (var out = Files.newOutputStream(large)) {
            out.write("%PDF-1.4 ".getBytes());
            out.write(new byte[(int) Attachments.MAX_SIZE]);
        }
        choose("otherDocuments", large);
        browser.waitForText(errorOf("otherDocuments"), "gros.pdf");
        assertThat(error("otherDocuments")).isEqualTo("Le fichier « gros.pdf » dépasse 20 Mo : il n'a pas été joint.");
        browser.screenshot("start-form-file-refused");

        assertThat(form.input("otherDocuments").getAttribute("value")).isEmpty();

        // a certificate is a PDF or an image: its field says so, and refuses a workbook before sending it
        assertThat(widget("gmpCertificate").findElement(By.cssSelector(".impexflow-attach-hint")).getText())
                .isEqualTo("PDF, image PNG ou JPEG ; 20 Mo au plus");
        choose("gmpCertificate", file("certificat.xlsx", "PK pas un certificat"));
        browser.waitForText(errorOf("gmpCertificate"), "certificat.xlsx");
        assertThat(error("gmpCertificate")).isEqualTo("Le fichier « certificat.xlsx » n'est pas d'un type accepté ici "
                + "(PDF, image PNG ou JPEG) : il n'a pas été joint.");
        assertThat(repository.count()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void aReferenceTypedByHandStillWorksAndAnotherEstablishmentsIsNamedUnknown() throws Exception {
        String own = attachments.upload(declarant, "etiquetage.pdf", "%PDF-1.4 étiquetage".getBytes()).getReference();
        String stranger = TestAccounts.person(accounts, "etranger", "declarants");
        String theirs = attachments.upload(stranger, "secret.pdf", "%PDF-1.4 secret".getBytes()).getReference();

        browser.logIn(declarant, TestAccounts.PASSWORD, TestAccounts.SECRET);
        browser.open("/camunda/app/tasklist/");
        CamundaForm form = CamundaForm.startForm(browser, PROCESS_NAME);
        form.type("otherDocuments", own + ", " + theirs);
        form.input("importerName").click();
        browser.waitForText(errorOf("otherDocuments"), theirs);
        assertThat(widget("otherDocuments").getText()).contains("etiquetage.pdf", own).doesNotContain("secret.pdf");
        assertThat(error("otherDocuments")).isEqualTo("Référence " + theirs
                + " : aucune pièce jointe à joindre sous ce numéro (inconnue, déjà jointe à un dossier, ou déposée par "
                + "un autre établissement)");
    }

    /** Selects a file with the field's button and waits for its reference in the field. */
    private String attach(String key, Path file) {
        choose(key, file);
        browser.waitForText(By.cssSelector(".impexflow-attach[data-for*='-Field_" + key + "_'] .impexflow-attach-files"),
                file.getFileName().toString());
        String value = new CamundaForm(browser).input(key).getAttribute("value");
        assertThat(value).matches("PJ-[A-Z0-9]{4}-[A-Z0-9]{4}");
        return value;
    }

    private void choose(String key, Path file) {
        browser.find(By.cssSelector(".impexflow-attach[data-for*='-Field_" + key + "_'] button"));
        browser.driver().findElement(By.cssSelector(".impexflow-attach[data-for*='-Field_" + key
                + "_'] input[type='file']")).sendKeys(file.toString());
    }

    private WebElement widget(String key) {
        return browser.find(By.cssSelector(".impexflow-attach[data-for*='-Field_" + key + "_']"));
    }

    /** The error line of a field's file button (the form has several: the GMP certificate's comes first). */
    private static By errorOf(String key) {
        return By.cssSelector(".impexflow-attach[data-for*='-Field_" + key + "_'] .impexflow-attach-error");
    }

    private String error(String key) {
        return widget(key).findElement(By.cssSelector(".impexflow-attach-error")).getText();
    }

    private static Path file(String name, String content) throws Exception {
        Path file = Files.createTempDirectory("pj").resolve(name);
        Files.writeString(file, content);
        return file;
    }

    /** Waits for what the server should have stored; on a timeout, says what the page showed. */
    private <T> T waitFor(Supplier<Optional<T>> check) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Optional<T> found;
        while ((found = check.get()).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        return found.orElseThrow(() -> {
            browser.screenshot("attachment-not-linked");
            return new AssertionError("not reached within 20 s; the page showed: "
                    + browser.driver().findElement(By.tagName("body")).getText() + "; the engine kept: "
                    + engine.getHistoryService().createHistoricVariableInstanceQuery().includeDeleted()
                            .variableNameIn("otherDocuments", "complementFiles", "complementAnswer").list().stream()
                            .map(v -> v.getName() + "=" + v.getValue() + " (" + v.getProcessInstanceId() + ")")
                            .toList());
        });
    }
}
