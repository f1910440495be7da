package org.impexflow.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.impexflow.account.Accounts;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.registration.AccountInformation;
import org.impexflow.registration.AccountInformations;
import org.impexflow.support.Browser;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TestEstablishments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 20: a declarant opens "Mes données" from the header and downloads the file, theirs only. */
@ImpexflowSpringTest
class PersonalDataBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Establishments establishments;
    @Autowired
    AccountInformations informations;

    @TempDir
    Path downloads;

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser("http://localhost:" + port);
        ((ChromeDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theDeclarantDownloadsTheirDataAsJsonFromThePageOfTheHeader() throws Exception {
        Establishment establishment = TestEstablishments.create(establishments, "Laboratoire du Téléchargement");
        String declarant = TestAccounts.declarant(accounts, establishments, establishment);
        String colleague = TestAccounts.declarant(accounts, establishments, establishment);
        informations.record(declarant, "Durand", "Pierre", "+33 1 23 45 67 89",
                AccountInformation.Quality.PHARMACIEN_RESPONSABLE, establishment.getId(), declarant);
        informations.record(colleague, "Collègue", "Claire", "+33 9 87 65 43 21", AccountInformation.Quality.AUTRES,
                establishment.getId(), colleague);

        browser.logIn(declarant, TestAccounts.PASSWORD, TestAccounts.SECRET);
        browser.click(By.id("my-data-link"));
        browser.waitForText(By.tagName("h1"), "Mes données");
        assertThat(browser.find(By.id("information")).getText()).contains("Durand", "+33 1 23 45 67 89");
        browser.screenshot("my-data");
        browser.click(By.id("download"));

        Path file = downloads.resolve("mes-donnees.json");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(file).as("the file the browser saved").exists();
        JsonNode data = new ObjectMapper().readTree(Files.readString(file));
        assertThat(data.at("/account/userId").asText()).isEqualTo(declarant);
        assertThat(data.at("/complementaryInformation/lastName").asText()).isEqualTo("Durand");
        assertThat(data.at("/establishment/name").asText()).isEqualTo("Laboratoire du Téléchargement");
        assertThat(Files.readString(file)).doesNotContain(colleague, "Collègue", "+33 9 87 65 43 21");
    }
}
