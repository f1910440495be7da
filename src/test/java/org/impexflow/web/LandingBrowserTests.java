package org.impexflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.access.Groups;
import org.impexflow.account.Accounts;
import org.impexflow.establishment.Establishments;
import org.impexflow.support.TestEstablishments;
import org.impexflow.support.Browser;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.Onboarding;
import org.impexflow.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each person lands where their work is, and sees in the header only what they may open; what they
 * may not open, a page that does not exist, an expired session and a stale form end on pages of ours,
 * in French (or English when chosen), with a way back.
 */
@ImpexflowSpringTest
class LandingBrowserTests {

    /** Words of Spring's and the webapps' English pages that a French page of ours never shows. */
    private static final List<String> ENGLISH = List.of("Whitelabel", "Error", "Forbidden", "Not Found",
            "Access denied", "Back to", "Page not found", "There is no", "Log in", "Status", "Method Not Allowed");

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Accounts accounts;
    @Autowired
    Establishments establishments;

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private String url() {
        return browser.driver().getCurrentUrl();
    }

    private void waitForUrl(String part) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains(part));
    }

    private List<String> headerLinks() {
        return browser.driver().findElements(By.cssSelector("header.site nav a")).stream().map(WebElement::getText)
                .map(String::trim).toList();
    }

    private String filterId(String name) {
        return engine.getFilterService().createFilterQuery().filterName(name).singleResult().getId();
    }

    private String body() {
        return browser.find(By.tagName("body")).getText();
    }

    private void isFrench(String text) {
        assertThat(text).doesNotContainIgnoringCase("whitelabel");
        ENGLISH.forEach(word -> assertThat(text).as("no English on a French page").doesNotContain(word));
    }

    /** Accounts of the test's own: the demo accounts' TOTP codes are taken by the other browser tests. */
    private void logInAsDeclarant() {
        browser.logInOnThePage(TestAccounts.declarant(accounts, establishments,
                TestEstablishments.create(establishments, "Laboratoire de l'Accueil")), TestAccounts.PASSWORD,
                TestAccounts.SECRET);
    }

    private void logInAs(String group) {
        browser.logInOnThePage(TestAccounts.person(accounts, group, group), TestAccounts.PASSWORD, TestAccounts.SECRET);
    }

    @Test
    void aNewDeclarantLandsOnTheirComplementaryInformation() {
        Onboarding.Newcomer newcomer = Onboarding.newcomer(engine, accounts, "Inès", "Lefèvre");
        browser.logInOnThePage(newcomer.email(), TestAccounts.PASSWORD, TestAccounts.SECRET);
        waitForUrl("/camunda/app/tasklist/default/#/?task=");
        browser.find(By.cssSelector(".fjs-form"));
        browser.waitForText(By.tagName("body"), "Créer les informations complémentaires");
        assertThat(url()).contains("?task=" + engine.getTaskService().createTaskQuery()
                .processInstanceId(newcomer.activation().getId()).singleResult().getId());
    }

    @Test
    void aDeclarantLandsOnTheirDeclarationsAndIsNotOfferedCockpit() {
        logInAsDeclarant();
        waitForUrl("/mes-declarations");
        browser.waitForText(By.tagName("h1"), "Mes déclarations");
        assertThat(headerLinks()).contains("Mes déclarations", "Tâches", "Pièces jointes")
                .doesNotContain("Cockpit", "Tableau de bord", "Administration", "Journal de sécurité");

        browser.open("/camunda/app/cockpit/");
        browser.waitForText(By.id("error-title"), "Accès refusé");
        isFrench(body());
        browser.click(By.id("error-back"));
        waitForUrl("/mes-declarations");
    }

    @Test
    void reviewersNarcoticsTeamAndSupportLandInTasklistOnTheirFilter() {
        String[][] people = {
            {Groups.REVIEWERS, "Déclarations à instruire"},
            {Groups.NARCOTICS, "Déclarations annuelles à examiner"},
            {Groups.SUPPORT, "Tâches du support"}};
        for (String[] person : people) {
            browser.driver().manage().deleteAllCookies();
            logInAs(person[0]);
            waitForUrl("/camunda/app/tasklist/default/#/?filter=" + filterId(person[1]));
            browser.find(Browser.START_PROCESS);
            browser.waitForText(By.cssSelector(".task-filter.active"), person[1]);
            browser.open("/verification");
            assertThat(headerLinks()).as(person[0]).contains("Tâches").doesNotContain("Cockpit", "Mes déclarations",
                    "Administration");
        }
    }

    /** A link to a task (a mail, ANSM's case page) opened before logging in opens that task after the login. */
    @Test
    void aLinkToATaskOpensThatTaskOnceLoggedIn() {
        ProcessInstance filed = Declarations.fileAs(engine, Declarations.DECLARANT, Declarations.dei());
        Task review = engine.getTaskService().createTaskQuery().processInstanceId(filed.getId()).singleResult();

        browser.open("/camunda/app/tasklist/default/#/?task=" + review.getId());
        waitForUrl("/login");
        browser.logInHere(TestAccounts.person(accounts, Groups.REVIEWERS, Groups.REVIEWERS), TestAccounts.PASSWORD,
                TestAccounts.SECRET);

        waitForUrl("?task=" + review.getId());
        browser.waitForText(By.tagName("body"), "Instruire");
        browser.waitForText(By.tagName("body"), filed.getBusinessKey());
        assertThat(body()).doesNotContain("Sélectionnez une tâche");
    }

    /** A place that is not one of the webapp's ("#//host/…") is not carried over the login: Tasklist starts. */
    @Test
    void aForeignPlaceAfterTheHashIsNotCarriedOverTheLogin() {
        browser.open("/camunda/app/tasklist/default/#//example.com/x");
        waitForUrl("/login");
        browser.logInHere(TestAccounts.person(accounts, Groups.REVIEWERS, Groups.REVIEWERS), TestAccounts.PASSWORD,
                TestAccounts.SECRET);
        waitForUrl("/camunda/app/tasklist/");
        browser.find(Browser.START_PROCESS);
        assertThat(url()).doesNotContain("example.com");

        // a link to a task that no longer exists says so in French, without the engine's English
        browser.open("/camunda/app/tasklist/default/#/?task=inconnue-0000");
        browser.waitForText(By.cssSelector(".notifications"), "Aucune tâche ouverte ne porte l'identifiant inconnue-0000");
        assertThat(browser.find(By.cssSelector(".notifications")).getText()).doesNotContain("No matching", "<-");
    }

    @Test
    void analystsLandInCockpitAndAreNotOfferedTasklist() {
        logInAs(Groups.ANALYSTS);
        waitForUrl("/camunda/app/cockpit/default/");
        browser.find(By.id("impexflow-dashboard"));
        browser.open("/tableau-de-bord");
        assertThat(headerLinks()).contains("Cockpit", "Tableau de bord").doesNotContain("Tâches", "Mes déclarations",
                "Administration");

        browser.open("/camunda/app/tasklist/");
        browser.waitForText(By.id("error-title"), "Accès refusé");
        isFrench(body());
        browser.click(By.id("error-back"));
        waitForUrl("/camunda/app/cockpit/default/");
    }

    @Test
    void administratorsLandInAdmin() {
        logInAs(Groups.ADMINISTRATORS);
        waitForUrl("/camunda/app/admin/default/");
        browser.find(By.cssSelector("a[href*='#/users']"));
        browser.open("/verification");
        assertThat(headerLinks()).contains("Tâches", "Cockpit", "Administration", "Journal de sécurité");
    }

    @Test
    void aPageThatDoesNotExistIsOursInFrenchThenInEnglish() {
        logInAsDeclarant();
        browser.open("/mes-declarations/nulle-part/rien");
        browser.waitForText(By.id("error-title"), "Page introuvable");
        isFrench(body());

        browser.click(By.cssSelector("a[data-language='en']"));
        browser.waitForText(By.id("error-title"), "Page not found");
        assertThat(body()).contains("Back to my workspace").doesNotContain("Page introuvable", "Whitelabel");
        browser.click(By.id("error-back"));
        waitForUrl("/mes-declarations");
        browser.waitForText(By.tagName("h1"), "My declarations");
        browser.click(By.cssSelector("a[data-language='fr']"));
        browser.waitForText(By.tagName("h1"), "Mes déclarations");
    }

    @Test
    void anExpiredSessionAndAStaleFormEndOnOurPages() throws Exception {
        logInAsDeclarant();
        browser.open("/pieces-jointes");
        java.nio.file.Path file = java.nio.file.Files.createTempFile("lettre", ".pdf");
        java.nio.file.Files.writeString(file, "%PDF-1.4 lettre");
        browser.driver().findElement(By.id("files")).sendKeys(file.toAbsolutePath().toString());
        // the session ends (timeout, or the server restarted) while the page stays open
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.driver().manage().addCookie(new Cookie("JSESSIONID", "0".repeat(32), "/"));
        browser.click(By.cssSelector("form[enctype='multipart/form-data'] button[type='submit']"));
        browser.waitForText(By.id("error-title"), "Formulaire expiré");
        isFrench(body());
        assertThat(body()).contains("rien n'a été enregistré");

        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.driver().manage().addCookie(new Cookie("JSESSIONID", "1".repeat(32), "/"));
        browser.open("/mes-declarations");
        browser.waitForText(By.id("expired"), "Votre session a expiré");
        assertThat(url()).endsWith("/login?expired");
    }
    /**
     * The session ends while a reviewer has a task open in Tasklist: the next call of the webapp (here, the task's
     * form sent) leads to our login page saying so, not to the webapp's own login form (which logs nobody in); once
     * logged in again, the reviewer is back on the task, not on the JSON of the call that failed. Logging out from
     * Tasklist's menu leads to our login page too, saying it.
     */
    @Test
    void aSessionEndedInTasklistLeadsToOurLoginAndBackToTheTask() {
        ProcessInstance filed = Declarations.fileAs(engine, Declarations.DECLARANT, Declarations.dei());
        Task review = engine.getTaskService().createTaskQuery().processInstanceId(filed.getId()).singleResult();
        String reviewer = TestAccounts.person(accounts, Groups.REVIEWERS, Groups.REVIEWERS);
        browser.open("/camunda/app/tasklist/default/#/?task=" + review.getId());
        waitForUrl("/login");
        browser.logInHere(reviewer, TestAccounts.PASSWORD, TestAccounts.SECRET);
        waitForUrl("?task=" + review.getId());
        browser.waitForText(By.tagName("body"), filed.getBusinessKey());

        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.driver().manage().addCookie(new Cookie("JSESSIONID", "2".repeat(32), "/"));
        // the filter's list asked again: a call of the webapp, answered 401
        browser.driver().navigate().to(browser.driver().getCurrentUrl().replace("?task=", "?x=1&task="));
        waitForUrl("/login?expired");
        browser.waitForText(By.id("expired"), "Votre session a expiré");
        assertThat(body()).doesNotContain("Identifiant");

        browser.logInHere(reviewer, TestAccounts.PASSWORD, TestAccounts.SECRET);
        waitForUrl("task=" + review.getId());
        browser.waitForText(By.tagName("body"), filed.getBusinessKey());
        assertThat(url()).contains("/camunda/app/tasklist/").doesNotContain("/camunda/api/");

        // Tasklist's own logout: our login page, saying the person is logged out
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "var x = new XMLHttpRequest(); x.open('POST', '/camunda/api/admin/auth/user/default/logout');"
                        + "x.setRequestHeader('X-XSRF-TOKEN', (document.cookie.match(/XSRF-TOKEN=([^;]+)/) || [])[1] || '');"
                        + "x.onloadend = function () { location.hash = '#/login'; }; x.send();");
        waitForUrl("/login?logout");
    }
}
