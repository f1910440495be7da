package org.impexflow.help;

import static org.assertj.core.api.Assertions.assertThat;

import org.impexflow.support.Browser;
import org.impexflow.support.ImpexflowSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 20: a person who cannot log in finds the help from the login page, in French then in English. */
@ImpexflowSpringTest
class HelpBrowserTests {

    @LocalServerPort
    int port;

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
    void fromTheLoginPageThePersonFindsTheSupportAndTheLostPhoneProcedureInBothLanguages() {
        browser.open("/login");
        browser.click(By.id("help-link"));

        browser.waitForText(By.tagName("h1"), "Aide");
        assertThat(browser.find(By.id("support-phone")).getText()).isEqualTo("01 55 87 40 90");
        assertThat(browser.find(By.id("support-import")).getText()).isEqualTo("importation-medicaments@ansm.sante.fr");
        assertThat(browser.find(By.id("support-export")).getText()).isEqualTo("exportation-medicaments@ansm.sante.fr");
        browser.click(By.cssSelector("a[href='#telephone-perdu']"));
        assertThat(browser.find(By.id("telephone-perdu")).getText()).contains("Téléphone perdu",
                "importation-medicaments@ansm.sante.fr", "enregistrez un nouveau téléphone");
        browser.screenshot("help-fr");

        browser.click(By.cssSelector("header.site a[data-language='en']"));
        browser.waitForText(By.tagName("h1"), "Help");
        assertThat(browser.find(By.id("support")).getText()).contains("Contact support", "By phone",
                "01 55 87 40 90");
        assertThat(browser.find(By.id("telephone-perdu")).getText()).contains("Lost phone", "enrol a new phone");
        assertThat(browser.console()).as("no script, style or icon refused or missing").isEmpty();
        browser.screenshot("help-en");
    }
}
