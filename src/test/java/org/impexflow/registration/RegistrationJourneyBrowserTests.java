package org.impexflow.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ProcessEngine;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.support.Browser;
import org.impexflow.support.CamundaForm;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.Mails;
import org.impexflow.support.TestMailServer;
import org.impexflow.support.TotpCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A new declarant's whole first day, in a real browser: registration with the live password rules,
 * the code read from the SMTP server, the CGU, the first login with the authenticator enrolment, the
 * complementary information in Tasklist, then a first export declaration from Tasklist.
 */
@ImpexflowSpringTest
class RegistrationJourneyBrowserTests {

    private static final String PASSWORD = "Rv7#mQz!Lw2k";
    private static final String SIRET = "55210055400013";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Establishments establishments;

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

    @Test
    void aNewDeclarantRegistersEnrolsCompletesTheInformationAndFilesADeclaration() throws Exception {
        String email = "camille." + UUID.randomUUID().toString().substring(0, 6) + "@nouveau-labo.example";

        browser.open("/register");
        assertThat(browser.find(By.id("continue")).isEnabled()).as("nothing typed yet").isFalse();
        browser.find(By.id("firstName")).sendKeys("Camille");
        browser.find(By.id("lastName")).sendKeys("Rousseau");
        browser.find(By.id("email")).sendKeys(email);
        browser.find(By.id("password")).sendKeys("camille2024");
        browser.waitForText(By.id("strength"), "Force : ");
        waitUntil(() -> !browser.find(By.cssSelector("li[data-rule='PERSONAL_INFORMATION']")).getAttribute("class")
                .contains("ok"));
        assertThat(browser.find(By.cssSelector("li[data-rule='UPPER_AND_LOWER_CASE']")).getAttribute("class"))
                .as("the failing rules are shown while typing").doesNotContain("ok");
        assertThat(browser.find(By.id("continue")).isEnabled()).as("« Continuer » while a rule fails").isFalse();
        WebElement password = browser.find(By.id("password"));
        password.clear();
        password.sendKeys(PASSWORD);
        waitUntil(() -> browser.find(By.id("strength")).getText().contains("fort"));
        assertThat(browser.driver().findElements(By.cssSelector("#rules li:not(.ok)"))).as("all rules met").isEmpty();
        assertThat(browser.find(By.id("continue")).isEnabled()).as("« Continuer » once every rule is met").isTrue();
        browser.screenshot("register");
        browser.click(By.id("continue"));

        browser.waitForText(By.tagName("h1"), "Validation de votre compte");
        MimeMessage mail = waitForMail(email, "Validation de la création de votre compte utilisateur");
        Matcher code = Pattern.compile("\\n\\s+(\\d{6})\\s*\\n").matcher(Mails.text(mail));
        assertThat(code.find()).isTrue();
        browser.find(By.id("code")).sendKeys(code.group(1));
        browser.click(By.cssSelector("form.card button[type='submit']"));

        browser.waitForText(By.tagName("h1"), "Conditions générales d'utilisation");
        browser.click(By.id("accept"));
        browser.click(By.id("continue"));
        browser.waitForText(By.tagName("h1"), "Votre compte est créé");

        browser.open("/login");
        browser.find(By.id("username")).sendKeys(email);
        browser.find(By.id("password")).sendKeys(PASSWORD);
        browser.click(By.cssSelector("form.card button[type='submit']"));
        browser.waitForText(By.tagName("h1"), "Authentification à deux facteurs");
        assertThat(browser.find(By.id("qr")).getAttribute("src")).startsWith("data:image/png;base64,");
        String secret = browser.find(By.id("secret")).getText().replace(" ", "");
        assertThat(browser.driver().findElement(By.id("otpauth")).getAttribute("value"))
                .startsWith("otpauth://totp/").contains("secret=" + secret);
        browser.screenshot("enrol");
        browser.find(By.id("code")).sendKeys(TotpCodes.code(secret, 0));
        browser.click(By.cssSelector("form.card button[type='submit']"));
        // the new declarant lands on the form of their complementary information, in Tasklist
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("/camunda/app/tasklist/default/#/?task="));
        browser.waitForText(By.tagName("body"), "Créer les informations complémentaires");
        browser.find(By.cssSelector(".fjs-form"));
        waitForMail(email, "Confirmation de création du compte");
        CamundaForm form = new CamundaForm(browser);
        assertThat(form.input("lastName").getAttribute("value")).isEqualTo("Rousseau");
        assertThat(form.input("email").getAttribute("value")).isEqualTo(email);
        form.type("phone", "+33 1 40 00 00 00");
        form.choose("quality", "Pharmacien Responsable");
        form.type("siret", "12345678901234");
        form.type("companyName", "Nouveau Laboratoire");
        form.choose("establishmentType", "Établissement pharmaceutique");
        form.type("address", "5 rue des Nouveaux");
        form.type("postalCode", "75011");
        form.type("city", "Paris");
        browser.click(By.xpath("//label[contains(normalize-space(), \"J'ai lu et m'engage\")]"));
        browser.click(By.xpath("//label[contains(normalize-space(), 'Je confirme')]"));
        form.complete();
        // refused for its SIRET's check digit; corrected, it goes through, and the refusal no longer shows
        browser.waitForText(By.cssSelector(".notifications"), "N° SIRET invalide");
        assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "const b = document.querySelector(\"button[ng-click='complete()']\"); b.scrollIntoView({block: 'center'});"
                        + " const r = b.getBoundingClientRect();"
                        + " const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                        + " return top === b || b.contains(top);"))
                .as("the refusal does not cover the button that sends the corrected form").isTrue();
        form.type("siret", SIRET);
        browser.screenshot("information");
        form.complete();
        browser.waitForText(By.cssSelector(".impexflow-completed"), "Tâche terminée.");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector(".notifications .alert-danger")).stream()
                        .noneMatch(org.openqa.selenium.WebElement::isDisplayed));
        assertThat(browser.find(By.tagName("body")).getText()).doesNotContain("N° SIRET invalide");
        browser.screenshot("information-completed");
        waitUntil(() -> establishments.bySiret(SIRET).isPresent());
        Establishment establishment = establishments.bySiret(SIRET).orElseThrow();
        assertThat(establishments.ofUser(email)).map(Establishment::getId).contains(establishment.getId());

        // a new login carries the new establishment group; then the first declaration
        browser.open("/");
        browser.click(By.cssSelector("header.site form.inline button"));
        browser.logIn(email, PASSWORD, secret);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().endsWith("/mes-declarations"));
        browser.open("/camunda/app/tasklist/");
        form = CamundaForm.startForm(browser, "Déclaration d'exportation (DEI/DEC)");
        form.type("medicineName", "Premier Médicament");
        form.type("activeSubstances", "substance 10 mg");
        form.type("strength", "10 mg");
        form.type("pharmaceuticalForm", "comprimé");
        form.type("presentation", "boîte de 10");
        form.type("routeOfAdministration", "orale");
        form.type("therapeuticIndications", "Démonstration");
        form.choose("noMarketingAuthorisationReason", "AMM non demandée en France");
        form.search("releaseCountry", "France", "France (FR)");
        form.search("destinationCountry", "Maroc", "Maroc (MA)");
        form.type("importerName", "Importateur de Casablanca");
        form.type("importerAddress", "Casablanca");
        form.firstExportAndManufacture();
        form.start();

        MimeMessage acknowledgement = waitForMail(email, "Accusé d'enregistrement");
        assertThat(Mails.text(acknowledgement)).contains("Premier Médicament", "Nouveau Laboratoire", SIRET);
    }

    private MimeMessage waitForMail(String recipient, String subject) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage message : TestMailServer.to(recipient)) {
                if (Mails.subject(message).contains(subject)) {
                    return message;
                }
            }
            runDueJobs();
            Thread.sleep(200);
        }
        throw new AssertionError("no mail « " + subject + " » for " + recipient);
    }

    /** The job executor is off in tests: run what is due, as it would. */
    private void runDueJobs() {
        engine.getManagementService().createJobQuery().executable().list().forEach(job -> {
            try {
                engine.getManagementService().executeJob(job.getId());
            } catch (RuntimeException e) {
                // another test's job; it stays as it was
            }
        });
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met in 10 s");
            }
            Thread.sleep(100);
        }
    }




}
