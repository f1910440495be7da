package org.impexflow.administration;

import static org.assertj.core.api.Assertions.assertThat;

import org.impexflow.account.Accounts;
import org.impexflow.support.Browser;
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
 * Issue 19, "done when": an administrator of reference data adds a Schengen period to Andorra with a
 * reason, in a real browser, and the travellers' page answers at once as for a Schengen country.
 */
@ImpexflowSpringTest
class CountriesAdministrationBrowserTests {

    private static final String TRAVEL = "/voyageurs?sens=LEAVING&pays=AD&classement=NARCOTIC&transport=true"
            + "&ordonnance=14&quantite=14";

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void closeBrowserAndPutAndorraBack() {
        browser.close();
        // the application deletes no period: the test takes back its own, for the tests that follow
        jdbc.update("DELETE FROM country_membership WHERE country_code = 'AD' AND kind = 'SCHENGEN'");
    }

    @Test
    void anAdministratorAddsASchengenPeriodWithAReasonAndTheTravellersPageFollows() {
        browser.open(TRAVEL);
        browser.waitForText(By.id("verdict"), "Oui");
        assertThat(browser.find(By.id("papers")).getText()).as("outside Schengen: ANSM's attestation")
                .contains("attestation de transport délivrée par l'ANSM").doesNotContain("agence régionale de santé");

        String admin = TestAccounts.person(accounts, "referentiel", "ansm-admins");
        browser.logIn(admin, TestAccounts.PASSWORD, TestAccounts.SECRET);
        browser.open("/ansm/referentiel/pays?q=andorre");
        browser.find(By.id("add-countryCode")).sendKeys("AD");
        new Select(browser.find(By.id("add-kind"))).selectByValue("SCHENGEN");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '2020-01-01'",
                browser.find(By.id("add-validFrom")));
        browser.find(By.id("add-source")).sendKeys("Texte d'essai du navigateur");
        browser.click(By.id("add-submit"));
        browser.waitForText(By.id("add-refused"), "Changement refusé");
        assertThat(browser.find(By.id("reason-error")).getText()).isEqualTo("Motif du changement : obligatoire.");

        browser.find(By.id("add-reason")).sendKeys("Essai : Andorre dans l'espace Schengen");
        browser.click(By.id("add-submit"));
        browser.waitForText(By.id("done"), "Période ajoutée.");
        assertThat(browser.find(By.id("period-AD-SCHENGEN-2020-01-01")).getText()).contains("Espace Schengen",
                "2020-01-01", "en vigueur", "Texte d'essai du navigateur");
        assertThat(browser.find(By.id("changes")).getText()).contains(admin, "AD SCHENGEN 2020-01-01",
                "Essai : Andorre dans l'espace Schengen");
        browser.screenshot("reference-countries-change");

        browser.open(TRAVEL);
        browser.waitForText(By.id("verdict"), "Oui");
        assertThat(browser.find(By.id("papers")).getText()).as("now Schengen: the ARS's authorisation")
                .contains("agence régionale de santé (ARS)").doesNotContain("attestation de transport délivrée par l'ANSM");
        browser.screenshot("reference-countries-travellers");
    }
}
