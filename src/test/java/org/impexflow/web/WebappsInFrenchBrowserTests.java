package org.impexflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.access.Groups;
import org.impexflow.account.Accounts;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.support.Browser;
import org.impexflow.support.CamundaForm;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TestEstablishments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist and Cockpit in French throughout (issue 17), for a French person on an English browser: relative
 * dates and dates of the task cards, the Camunda Forms' own texts, the texts fixed in the webapps'
 * templates; and the person is offered only what they may do: a declarant changes neither the dates nor
 * the groups of their task nor comments, nobody but administrators creates a task outside a process, and
 * an analyst, who only reads, finds no button that changes a case in Cockpit. In English, the webapps
 * speak English.
 */
@ImpexflowSpringTest
class WebappsInFrenchBrowserTests {

    /** Texts of the webapps in English (their locale files, form-js, their templates, moment.js). */
    private static final List<Pattern> ENGLISH = List.of(Pattern.compile("\\bago\\b"),
            Pattern.compile("\\bin (?:a|an|\\d+) (?:few|seconds?|minutes?|hours?|days?|months?|years?)\\b"),
            Pattern.compile("\\b(?:Select|Search|Toggle|Suspend|Delete|Retry|Modify|Claim|Loading|Created|Due)\\b"),
            Pattern.compile("Add Comment|Set due date|Set follow|Create task|Start process|Add variable"),
            Pattern.compile("zoom in|zoom out|reset zoom|Failed Job|Message is null|Field is required|No results"),
            Pattern.compile("\\b(?:January|February|March|April|May|June|July|August|September|October|November"
                    + "|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b"));
    /** The tooltips of Cockpit's buttons that change a case, a job, a variable, a task or a deployment. */
    private static final List<String> COCKPIT_ACTIONS = List.of("Supprimer", "Suspendre", "Activer",
            "Augmenter le nombre de tentatives", "Ajouter une nouvelle variable", "Modifier", "Ajouter une annotation",
            "Gérer le", "Annuler");
    /** The webapps' changes by the name of their handler, whatever the language. */
    private static final String COCKPIT_ACTION_HANDLERS = "[ng-click^='openDialog('], [ng-click^='enableEditMode('], "
            + "[ng-click^='deleteVariable('], [ng-click^='openJobRetryDialog('], [ng-click^='toggleSuspension('], "
            + "[ng-click^='openRecalculationWindow('], [ng-click^='openSuspensionStateDialog('], "
            + "[ng-click='openModal()'], [ng-click='enter()'], .change-group-identity-links, "
            + ".change-user-identity-links, .delete-deployment";
    /** What a page shows: its visible text, the tooltips, placeholders and labels of its visible elements. */
    private static final String SHOWN = """
            const shown = [document.body.innerText];
            document.querySelectorAll('[title], [placeholder], [aria-label], .tooltip-inner').forEach(e => {
              if (e.getClientRects().length) {
                shown.push(e.getAttribute('title') || '', e.getAttribute('placeholder') || '',
                  e.getAttribute('aria-label') || '', e.classList.contains('tooltip-inner') ? e.innerText : '');
              }
            });
            return shown.join('\\n');""";
    /** Visible elements matching a selector, and not inert: what a person can click. */
    private static final String USABLE = """
            return [...document.querySelectorAll(arguments[0])]
              .filter(e => e.getClientRects().length && !e.closest('[inert]'))
              .map(e => (e.getAttribute('uib-tooltip') || e.getAttribute('title') || e.innerText || '').trim()
                + ' <' + (e.getAttribute('ng-click') || e.className) + '>');""";

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
        browser = new Browser("http://localhost:" + port, "en-US");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aReviewerReadsTasklistInFrenchDatesOfTheTaskCardsIncluded() {
        openAReviewAsAReviewer("Tasklist en français", null);
        browser.screenshot("webapps-fr-reviewer-task");

        List<String> cards = texts("ol.tasks-list li.task .dates");
        assertThat(cards).isNotEmpty().allSatisfy(dates -> assertThat(dates).as("relative dates of a task card")
                .matches("(?s).*Créée il y a .*").doesNotContain("ago", "Created"));
        assertThat((String) js().executeScript("return [...document.querySelectorAll("
                + "'ol.tasks-list li.task .tasklist-card-plugin')].map(e => e.textContent).join(' ')"))
                .as("dates among the cards' variables").contains(thisMonthInFrench());
        assertThat(shown()).contains("Ajouter un commentaire", "Démarrer un processus");
        assertThat(browser.find(By.cssSelector(".navbar-brand")).getText()).isEqualTo("impexflow Tâches");
        noEnglishIn(shown());
        assertThat(usable("li.create-task-action a")).as("a task outside a process: administrators only").isEmpty();
        // the order the header shows is the list's: soonest due first
        assertThat(browser.driver().getCurrentUrl()).contains("sorting=").contains("dueDate");
        browser.waitForText(By.cssSelector("body"), "Échéance");
        assertThat(shown()).doesNotContain("Date de création");
        // Tasklist may write its own default in the address first: the filter still opens in due-date order
        String withTasklistsDefault = browser.driver().getCurrentUrl().replaceAll("sorting=[^&]*", "sorting="
                + java.net.URLEncoder.encode("[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]",
                        java.nio.charset.StandardCharsets.UTF_8));
        browser.driver().get("about:blank");
        browser.driver().get(withTasklistsDefault);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(driver -> driver.getCurrentUrl().contains("dueDate"));
        browser.waitForText(By.cssSelector("body"), "Échéance");
    }

    @Test
    void aDeclarantIsOfferedOnlyWhatTheyMayDoOnTheirTaskAndTheFormsSpeakFrench() {
        Establishment establishment = TestEstablishments.create(establishments, "Laboratoire Francophone");
        String declarant = TestAccounts.declarant(accounts, establishments, establishment);
        ProcessInstance pi = Declarations.fileAs(engine, declarant, Declarations.with(Declarations.dei(),
                "establishmentSiret", establishment.getSiret(), "declarantEmail", declarant,
                "medicineName", "Complément en français"));
        Declarations.decide(engine, pi, "REQUEST_COMPLEMENT");
        Task complement = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();

        browser.logIn(declarant, TestAccounts.PASSWORD, TestAccounts.SECRET);
        browser.open("/camunda/app/tasklist/default/#/?task=" + complement.getId());
        browser.waitForText(By.cssSelector(".fjs-form"), "Complément demandé");
        browser.find(By.cssSelector(".task-card li.assignee"));
        browser.screenshot("webapps-fr-declarant-task");

        assertThat(browser.find(By.cssSelector(".task-card .meta.dates")).getText()).as("the due date, readable")
                .contains("dans");
        assertThat(usable(".createCommentLink, .task-card .followup-date, .task-card .due-date, .reset-due-date, "
                + ".task-card li.groups [ng-click], .task-card li.assignee [cam-widget-inline-field], "
                + ".instance-link, li.create-task-action a")).as("comments, dates, groups, assignee, Cockpit").isEmpty();
        assertThat(usable(".task-card .unclaim")).as("they may give the task back").hasSize(1);
        noEnglishIn(shown());

        // the start form: form-js's own texts, and its validation messages
        browser.open("/camunda/app/tasklist/");
        CamundaForm form = CamundaForm.startForm(browser, "Déclaration d'exportation (DEI/DEC)");
        assertThat(browser.find(By.cssSelector(".fjs-form")).getText()).contains("Sélectionner");
        form.input("destinationCountry").sendKeys("zzzz");
        browser.waitForText(By.cssSelector(".fjs-form"), "Aucun résultat");
        assertThat(form.input("destinationCountry").getAttribute("placeholder")).isEqualTo("Rechercher");
        form.start();
        browser.waitForText(By.cssSelector(".fjs-form"), "Ce champ est obligatoire.");
        // a pattern's message says what to type, not the pattern
        form.input("establishmentSiret").sendKeys("123", org.openqa.selenium.Keys.TAB);
        browser.waitForText(By.cssSelector(".fjs-form"), "Saisissez 14 chiffres, sans espace (N° SIRET).");
        assertThat(browser.find(By.cssSelector(".fjs-form")).getText()).doesNotContain("\\d{14}", "^");
        // the calendar of a date field: its months and days in French
        form.input("firstExportDate").click();
        browser.waitForText(By.cssSelector(".flatpickr-calendar.open"), "lun.");
        String calendar = browser.find(By.cssSelector(".flatpickr-calendar.open")).getText();
        String month = browser.find(By.cssSelector(".flatpickr-calendar.open .flatpickr-monthDropdown-months option:checked"))
                .getText();
        assertThat(month).isIn("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                "octobre", "novembre", "décembre");
        assertThat(calendar).contains("dim.", "sam.").doesNotContainPattern("\\b(Sun|Mon|Tue|Wed|Thu|Fri|Sat)\\b");
        browser.screenshot("webapps-fr-calendar");
        browser.screenshot("webapps-fr-start-form");
        noEnglishIn(shown());
    }

    @Test
    void aDateIsTypedDayFirstOnAnEnglishBrowserAndADayThatDoesNotExistIsNotCarriedOver() {
        String declarant = TestAccounts.declarant(accounts, establishments,
                TestEstablishments.create(establishments, "Laboratoire des Dates"));
        browser.logIn(declarant, TestAccounts.PASSWORD, TestAccounts.SECRET);
        browser.open("/camunda/app/tasklist/");
        CamundaForm form = CamundaForm.startForm(browser, "Déclaration d'exportation (DEI/DEC)");
        assertThat(form.input("firstExportDate").getAttribute("placeholder")).as("French order, whatever the browser's")
                .isEqualTo("jj/mm/aaaa");

        // 31 February: the picker alone made it 3 March, silently
        form.input("firstExportDate").sendKeys("31/02/2027", org.openqa.selenium.Keys.TAB);
        browser.waitForText(By.cssSelector(".fjs-form"), "Cette date n'existe pas : saisissez le jour sous la forme jj/mm/aaaa");
        assertThat(form.input("firstExportDate").getAttribute("value")).as("left as typed").isEqualTo("31/02/2027");
        assertThat(form.input("firstExportDate").getAttribute("aria-invalid")).isEqualTo("true");
        browser.screenshot("webapps-fr-date-refused");

        // 15 January 2027, typed as a French person types it: the picker takes that day
        form.input("firstExportDate").clear();
        form.input("firstExportDate").sendKeys("15/01/2027", org.openqa.selenium.Keys.TAB);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(driver -> driver.findElements(By.cssSelector(".impexflow-date-error")).isEmpty());
        assertThat(form.input("firstExportDate").getAttribute("value")).isEqualTo("15/01/2027");
        form.input("firstExportDate").click();
        assertThat(browser.find(By.cssSelector(".flatpickr-calendar.open .flatpickr-day.selected"))
                .getAttribute("aria-label")).isEqualTo("15 janvier 2027");

        // Esc closes the calendar; the start dialog, and what was typed in it, stay (the dialog closed on Esc)
        form.input("firstExportDate").sendKeys(org.openqa.selenium.Keys.ESCAPE);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(driver -> driver.findElements(By.cssSelector(".flatpickr-calendar.open")).isEmpty());
        for (int look = 0; look < 15; look++) {
            assertThat(browser.driver().findElements(By.cssSelector(".modal-dialog .fjs-form")))
                    .as("the start dialog is still open " + look * 100 + " ms after Esc").isNotEmpty();
            sleep(100);
        }
        assertThat(form.input("firstExportDate").getAttribute("value")).isEqualTo("15/01/2027");

        // the same in a text field: what was typed stays
        form.input("medicineName").sendKeys("Échap Démo", org.openqa.selenium.Keys.ESCAPE);
        for (int look = 0; look < 15; look++) {
            assertThat(browser.driver().findElements(By.cssSelector(".modal-dialog .fjs-form")))
                    .as("the start dialog is still open " + look * 100 + " ms after Esc in a text field").isNotEmpty();
            sleep(100);
        }
        assertThat(form.input("medicineName").getAttribute("value")).isEqualTo("Échap Démo");

        // a click on the shade beside the dialog neither
        org.openqa.selenium.WebElement shade = browser.find(By.cssSelector(".modal"));
        new org.openqa.selenium.interactions.Actions(browser.driver()).moveToElement(shade, 5 - shade.getRect()
                .getWidth() / 2, 5 - shade.getRect().getHeight() / 2).click().perform();
        for (int look = 0; look < 15; look++) {
            assertThat(browser.driver().findElements(By.cssSelector(".modal-dialog .fjs-form")))
                    .as("the start dialog is still open " + look * 100 + " ms after a click beside it").isNotEmpty();
            sleep(100);
        }
        assertThat(form.input("medicineName").getAttribute("value")).isEqualTo("Échap Démo");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aDecimalCommaInAWholeNumberIsShownAndRefusedNotDropped() {
        browser.logIn(TestAccounts.declarant(accounts, establishments,
                TestEstablishments.create(establishments, "Laboratoire des Nombres")), TestAccounts.PASSWORD,
                TestAccounts.SECRET);
        browser.open("/camunda/app/tasklist/");
        CamundaForm form = CamundaForm.startForm(browser, "Autorisation d'importation (AI)");

        // "1500,5" became 15005: the comma was swallowed by the field
        form.input("quantity").sendKeys("1500,5", org.openqa.selenium.Keys.TAB);
        browser.waitForText(By.cssSelector(".fjs-form"), "Saisissez un nombre entier, par exemple 1500 ou 1501.");
        assertThat(form.input("quantity").getAttribute("value")).isIn("1500.5", "1500,5");
        browser.screenshot("webapps-fr-decimal-refused");
        noEnglishIn(shown());
    }

    @Test
    void anAnalystReadsCockpitInFrenchAndFindsNoButtonThatWouldChangeACase() {
        ProcessInstance pi = Declarations.fileAs(engine, Declarations.DECLARANT, Declarations.with(Declarations.dei(),
                "medicineName", "Cockpit en lecture"));
        // the acknowledgement's mail fails: an incident, beside the review task
        String job = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult().getId();
        engine.getManagementService().setJobRetries(job, 0);
        String definition = pi.getProcessDefinitionId();

        browser.logIn(TestAccounts.person(accounts, "analyste", Groups.ANALYSTS), TestAccounts.PASSWORD,
                TestAccounts.SECRET);
        browser.open("/camunda/app/cockpit/default/#/process-definition/" + definition + "/runtime");
        browser.waitForText(By.tagName("body"), "Instances de processus");
        readOnlyAndFrench("process definition");
        tab("Incidents");
        readOnlyAndFrench("process definition, incidents");
        tab("Définitions de jobs");
        readOnlyAndFrench("process definition, job definitions");

        browser.open("/camunda/app/cockpit/default/#/process-instance/" + pi.getId() + "/runtime");
        browser.waitForText(By.tagName("body"), "medicineName");
        browser.waitForText(By.tagName("body"), "Cockpit en lecture");
        browser.screenshot("webapps-fr-analyst-variables");
        readOnlyAndFrench("process instance, variables");
        tab("Incidents");
        browser.waitForText(By.tagName("body"), "Job en échec");
        browser.screenshot("webapps-fr-analyst-incidents");
        readOnlyAndFrench("process instance, incidents");
        tab("Tâches utilisateur");
        browser.waitForText(By.tagName("body"), "Instruire la déclaration");
        browser.screenshot("webapps-fr-analyst-user-tasks");
        readOnlyAndFrench("process instance, user tasks");
        tab("Jobs");
        readOnlyAndFrench("process instance, jobs");

        browser.open("/camunda/app/cockpit/default/#/processes");
        WebElement toggle = browser.find(By.cssSelector(".processes-dashboard .section-toggle"));
        new Actions(browser.driver()).moveToElement(toggle).perform();
        browser.waitForText(By.cssSelector(".tooltip-inner"), "Afficher ou masquer cette section");
        browser.screenshot("webapps-fr-analyst-processes");
        readOnlyAndFrench("processes");
        browser.open("/camunda/app/cockpit/default/#/repository");
        browser.waitForText(By.tagName("body"), "export-declaration.bpmn");
        readOnlyAndFrench("deployments");

        // from the process instance to ANSM's page of its case
        browser.open("/camunda/app/cockpit/default/#/process-instance/" + pi.getId() + "/runtime");
        WebElement casePage = browser.find(By.id("impexflow-case-page"));
        assertThat(casePage.getAttribute("title")).isEqualTo("Page du dossier : historique, documents, courriels");
        casePage.click();
        browser.waitForText(By.id("title"), pi.getBusinessKey());
        browser.screenshot("webapps-fr-analyst-case-page");
    }

    @Test
    void inEnglishTheWebappsSpeakEnglish() {
        openAReviewAsAReviewer("Tasklist in English", "en");
        browser.screenshot("webapps-en-reviewer-task");

        assertThat(shown()).contains("Start process", "Add Comment").doesNotContain("Démarrer un processus");
        assertThat(browser.find(By.cssSelector(".navbar-brand")).getText()).as("the webapp's name too")
                .isEqualTo("impexflow Tasks");
        assertThat(texts("ol.tasks-list li.task .dates")).isNotEmpty()
                .allSatisfy(dates -> assertThat(dates).matches("(?s).*Created .* ago.*"));
    }

    /** A new review in Tasklist, opened by a new reviewer, in the language chosen on our pages (null: none). */
    private void openAReviewAsAReviewer(String medicineName, String language) {
        ProcessInstance pi = Declarations.fileAs(engine, Declarations.DECLARANT, Declarations.with(Declarations.dei(),
                "medicineName", medicineName));
        Declarations.runJobs(engine, pi.getId());
        Task review = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();

        browser.logIn(TestAccounts.person(accounts, "evaluateur", Groups.REVIEWERS), TestAccounts.PASSWORD,
                TestAccounts.SECRET);
        if (language != null) {
            browser.open("/verification?lang=" + language);
        }
        browser.open("/camunda/app/tasklist/default/#/?task=" + review.getId());
        browser.waitForText(By.cssSelector(".fjs-form"), medicineName);
        browser.find(By.cssSelector("ol.tasks-list li.task .creation-date"));
    }

    private void tab(String name) {
        browser.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()=\"" + name + "\"]"));
        browser.find(By.xpath("//ul[contains(@class,'nav-tabs')]/li[contains(@class,'active')][normalize-space()=\""
                + name + "\"]"));
    }

    /** No button of a change that the analyst may not make, nothing in English. */
    private void readOnlyAndFrench(String page) {
        List<String> usable = new ArrayList<>(usable(COCKPIT_ACTION_HANDLERS));
        usable.addAll(usable("a[uib-tooltip], button[uib-tooltip]").stream()
                .filter(tooltip -> COCKPIT_ACTIONS.stream().anyMatch(tooltip::startsWith)).toList());
        assertThat(usable).as("buttons of changes on " + page).isEmpty();
        assertThat(usable("[ng-click='showDialog()']")).as("the time to live, not editable").isEmpty();
        noEnglishIn(shown());
    }

    private void noEnglishIn(String shown) {
        List<String> found = new ArrayList<>();
        for (Pattern english : ENGLISH) {
            Matcher matcher = english.matcher(shown);
            while (matcher.find()) {
                found.add(matcher.group());
            }
        }
        assertThat(found).as("English on a French page:\n" + shown).isEmpty();
    }

    private String shown() {
        // the webapps render as they receive their data: let them settle
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).pollingEvery(Duration.ofMillis(500))
                .until(ignored -> browser.driver().findElements(By.cssSelector(".loader:not(.ng-hide)")).stream()
                        .noneMatch(WebElement::isDisplayed));
        return (String) js().executeScript(SHOWN);
    }

    @SuppressWarnings("unchecked")
    private List<String> usable(String selector) {
        return (List<String>) js().executeScript(USABLE, selector);
    }

    private List<String> texts(String selector) {
        return browser.driver().findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }

    private static String thisMonthInFrench() {
        return LocalDate.now().getMonth().getDisplayName(TextStyle.FULL, Locale.FRENCH);
    }
}
