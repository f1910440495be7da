package org.impexflow.travellers;

import static org.assertj.core.api.Assertions.assertThat;

import org.impexflow.support.Browser;
import org.impexflow.support.ImpexflowSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A traveller, without an account, asks in a real browser what they may carry. */
@ImpexflowSpringTest
class TravellersBrowserTests {

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
    void travellerLeavingForThailandWithANarcoticLearnsWhichPapersToTake() {
        browser.open("/voyageurs");
        browser.click(By.cssSelector("input[name='sens'][value='LEAVING']"));
        new Select(browser.find(By.id("pays"))).selectByValue("TH");
        browser.click(By.cssSelector("input[name='classement'][value='NARCOTIC']"));
        browser.find(By.id("ordonnance")).sendKeys("28");
        browser.find(By.id("quantite")).sendKeys("28");
        browser.click(By.id("ask"));

        browser.waitForText(By.id("verdict"), "Oui : vous pouvez transporter ce médicament, jusqu'à 28 jours");
        assertThat(browser.find(By.id("papers")).getText()).contains("L'original de la prescription médicale",
                "attestation de transport délivrée par l'ANSM");
        assertThat(browser.find(By.cssSelector("input[name='classement'][value='NARCOTIC']")).isSelected())
                .as("the answers stay in the form").isTrue();
        browser.screenshot("travellers-answer");

        browser.find(By.id("quantite")).clear();
        browser.find(By.id("quantite")).sendKeys("40");
        browser.click(By.id("ask"));
        browser.waitForText(By.id("verdict"), "Non : cette quantité ne peut pas être transportée (au plus 28 jours");
    }
}
