package org.impexflow.administration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.camunda.bpm.engine.RuntimeService;
import org.impexflow.account.Accounts;
import org.impexflow.support.Browser;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 19, "done when", in a real browser: an administrator changes the type of the API account's
 * establishment, and then a membership, each with a reason, and the next filings answer accordingly
 * (refused naming the establishment; no declaration needed for an EU destination); a CSV file with one
 * bad line is refused whole.
 */
@ImpexflowSpringTest
class ReferenceListBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void closeBrowserAndPutTheDataBack() {
        browser.close();
        // for the tests that follow, whatever step this one stopped at
        jdbc.update("UPDATE establishment SET type = 'PHARMACEUTICAL_ESTABLISHMENT' WHERE siret = ?",
                Declarations.DEMO_SIRET);
        jdbc.update("DELETE FROM country_membership WHERE country_code = 'TV'");
    }

    @Test
    void anAdministratorsChangesWithTheirReasonsDecideTheNextFilings() throws Exception {
        String admin = TestAccounts.person(accounts, "referentiel", "ansm-admins");
        browser.logIn(admin, TestAccounts.PASSWORD, TestAccounts.SECRET);
        browser.click(By.linkText("Référentiels"));
        browser.click(By.id("list-etablissements"));
        browser.find(By.id("q")).sendKeys(Declarations.DEMO_SIRET);
        browser.click(By.cssSelector("#search button"));
        browser.click(By.cssSelector("#rows a.edit"));
        assertThat(browser.find(By.id("f-siret")).getAttribute("value")).isEqualTo(Declarations.DEMO_SIRET);
        new Select(browser.find(By.id("f-type"))).selectByValue("HOSPITAL_PHARMACY");
        browser.click(By.id("save"));
        browser.waitForText(By.id("refused"), "Changement refusé");
        assertThat(browser.find(By.id("reason-error")).getText()).isEqualTo("Motif du changement : obligatoire.");
        browser.find(By.id("f-reason")).sendKeys("Type corrigé d'après IMPEXWEB");
        browser.click(By.id("save"));
        browser.waitForText(By.id("done"), "Ligne enregistrée.");
        assertThat(browser.find(By.id("changes")).getText()).contains(admin, "Type corrigé d'après IMPEXWEB",
                "type=HOSPITAL_PHARMACY");
        browser.screenshot("reference-establishment-type");

        HttpResponse<String> refused = file("SN");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("establishmentSiret", "Pharmacie à usage intérieur");

        browser.open("/ansm/referentiel/etablissements?q=" + Declarations.DEMO_SIRET);
        browser.click(By.cssSelector("#rows a.edit"));
        new Select(browser.find(By.id("f-type"))).selectByValue("PHARMACEUTICAL_ESTABLISHMENT");
        browser.find(By.id("f-reason")).sendKeys("Retour au type d'origine");
        browser.click(By.id("save"));
        browser.waitForText(By.id("done"), "Ligne enregistrée.");

        browser.open("/ansm/referentiel/pays?q=TV");
        browser.find(By.id("add-countryCode")).sendKeys("TV");
        new Select(browser.find(By.id("add-kind"))).selectByValue("EU");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '2000-01-01'",
                browser.find(By.id("add-validFrom")));
        browser.find(By.id("add-source")).sendKeys("Texte d'essai");
        browser.find(By.id("add-reason")).sendKeys("Essai : Tuvalu dans l'Union");
        browser.click(By.id("add-submit"));
        browser.waitForText(By.id("done"), "Période ajoutée.");

        HttpResponse<String> filed = file("TV");
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(200);
        String instance = filed.body().replaceAll("(?s).*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        assertThat(runtime.getVariable(instance, "eligibilityOutcome")).as("no declaration needed: now in the EU")
                .isEqualTo("NOT_REQUIRED_EU_DESTINATION");
        assertThat(runtime.getVariable(instance, "declarationNumber")).isNull();
    }

    @Test
    void aCsvFileWithOneBadLineIsRefusedWholeAndNothingIsStored() throws Exception {
        String admin = TestAccounts.person(accounts, "referentiel", "ansm-admins");
        browser.logIn(admin, TestAccounts.PASSWORD, TestAccounts.SECRET);
        browser.open("/ansm/referentiel/medicaments-stupefiants");
        Path file = Files.createTempFile("medicaments", ".csv");
        Files.writeString(file, "\uFEFFcode;name;max_prescription_days\r\n"
                + "HYDROMORPHONE-TEST;Hydromorphone;28\r\n"
                + "FENTANYL-TEST;Fentanyl;quatorze\r\n", StandardCharsets.UTF_8);
        browser.find(By.id("import-file")).sendKeys(file.toString());
        browser.find(By.id("import-reason")).sendKeys("Reprise de la liste de l'ANSM");
        browser.click(By.id("import-submit"));
        browser.waitForText(By.id("import-refused"), "Fichier refusé : rien n'a été enregistré.");
        assertThat(browser.find(By.id("import-refused")).getText()).contains(
                "Ligne 3, colonne max_prescription_days : Durée maximale de prescription (jours) : nombre entier de 1 à 365 attendu.");
        browser.screenshot("reference-csv-refused");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM narcotic_medicine WHERE code LIKE '%-TEST'", Long.class))
                .as("not even the good line").isZero();
        Files.delete(file);
    }

    private HttpResponse<String> file(String destination) throws Exception {
        String body = Declarations.restFiling("Médicament du référentiel")
                .replace("\"destinationCountry\": {\"value\": \"SN\"}", "\"destinationCountry\": {\"value\": \"" + destination + "\"}");
        assertThat(body).contains("\"" + destination + "\"");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/engine-rest/process-definition/key/export-declaration/start"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (Declarations.API_CLIENT + ":" + Declarations.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
