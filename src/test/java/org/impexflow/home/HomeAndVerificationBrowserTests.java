package org.impexflow.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.impexflow.account.Accounts;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.exportdeclaration.DeclarationDocuments;
import org.impexflow.exportdeclaration.DeclarationRegister;
import org.impexflow.support.Browser;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.QrCodes;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TestEstablishments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The declarant's home and the public verification page, in headless Chromium. */
@ImpexflowSpringTest
class HomeAndVerificationBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Accounts accounts;
    @Autowired
    Establishments establishments;
    @Autowired
    DeclarationRegister register;
    @Autowired
    DeclarationDocuments documents;

    private Browser browser;
    private Establishment establishment;
    private String declarant;

    @BeforeEach
    void anEstablishmentWithADeclarant() {
        browser = new Browser("http://localhost:" + port);
        establishment = TestEstablishments.create(establishments, "Pharmacie Hospitalière du Test");
        declarant = TestAccounts.declarant(accounts, establishments, establishment);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theDeclarantLandsOnTheHomePageFiltersItAndOpensACase() {
        file("Paracétamol Hôpital");
        String validated = file("Quinine Hôpital");
        Declarations.decide(engine, engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(validated).singleResult(), "VALIDATE");

        browser.logIn(declarant, TestAccounts.PASSWORD, TestAccounts.SECRET);
        browser.waitForText(By.tagName("h1"), "Mes déclarations");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/mes-declarations");
        assertThat(counter("filed-EXPORT_DECLARATION")).isEqualTo("2");
        assertThat(counter("decided-EXPORT_DECLARATION")).isEqualTo("1");
        assertThat(rows()).hasSize(2);
        browser.screenshot("home-declarant");

        new Select(browser.find(By.id("statut"))).selectByVisibleText("Validée");
        browser.click(By.cssSelector("#filters button[type='submit']"));
        browser.waitForText(By.id("total"), "total 1");
        assertThat(rows()).containsExactly(validated);

        browser.click(By.linkText(validated));
        browser.waitForText(By.tagName("h1"), "Déclaration N° " + validated);
        assertThat(browser.find(By.id("timeline")).getText()).contains("Déclaration déposée et enregistrée",
                "Déclaration visée");
        assertThat(browser.find(By.id("download-validated")).isDisplayed()).isTrue();
        assertThat(browser.find(By.id("download-aee")).isDisplayed()).isTrue();
        browser.screenshot("case-page");
    }

    @Test
    void aDraftIsSavedIncompleteThenResumedAndFiled() {
        browser.logIn(declarant, TestAccounts.PASSWORD, TestAccounts.SECRET);
        browser.waitForText(By.tagName("h1"), "Mes déclarations");
        browser.click(By.id("new-draft"));
        browser.find(By.id("medicineName")).sendKeys("Méfloquine Brouillon");
        new Select(browser.find(By.id("destinationCountry"))).selectByValue("SN");
        browser.click(By.id("save"));
        browser.waitForText(By.id("saved"), "Brouillon enregistré.");

        browser.open("/mes-declarations");
        browser.waitForText(By.id("cases"), "Méfloquine Brouillon");
        assertThat(counter("filed-EXPORT_DECLARATION")).isEqualTo("0");
        browser.click(By.cssSelector("tr[data-draft] a"));
        assertThat(browser.find(By.id("medicineName")).getAttribute("value")).isEqualTo("Méfloquine Brouillon");
        browser.click(By.id("file"));
        browser.waitForText(By.id("refused"), "corrigez les champs signalés");
        browser.screenshot("draft-refused");

        Declarations.dei().forEach((field, value) -> {
            if (value instanceof String text && !field.equals("establishmentSiret") && !field.equals("declarantEmail")
                    && !field.equals("medicineName")) {
                org.openqa.selenium.WebElement input = browser.find(By.id(field));
                if ("date".equals(input.getAttribute("type"))) {
                    // a date field takes typing in the browser's locale order: set as the picker does
                    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                            .executeScript("arguments[0].value = arguments[1]", input, text);
                } else if (input.getTagName().equals("select")) {
                    new Select(input).selectByValue(text);
                } else {
                    input.clear();
                    input.sendKeys(text);
                }
            }
        });
        browser.click(By.cssSelector("input[name='hasFrenchMarketingAuthorisation'][value='false']"));
        browser.click(By.cssSelector("input[name='containsAnimalOriginSubstances'][value='false']"));
        browser.click(By.id("file"));
        browser.waitForText(By.id("timeline"), "Déclaration déposée et enregistrée");
        assertThat(browser.find(By.id("medicine")).getText()).isEqualTo("Méfloquine Brouillon");
        browser.open("/mes-declarations");
        assertThat(counter("filed-EXPORT_DECLARATION")).isEqualTo("1");
        assertThat(browser.driver().findElements(By.cssSelector("tr[data-draft]"))).isEmpty();
    }

    /**
     * A draft stands in the home table beside the cases, "En brouillon" with its N° de fiche; the declarant
     * filters the table on that status, sorts it, and deletes the draft from it.
     */
    @Test
    void aDraftStandsInTheHomeTableIsFilteredSortedAndDeleted() {
        String filed = file("Zidovudine Hôpital");
        browser.logIn(declarant, TestAccounts.PASSWORD, TestAccounts.SECRET);
        browser.waitForText(By.tagName("h1"), "Mes déclarations");
        browser.click(By.id("new-draft"));
        browser.find(By.id("medicineName")).sendKeys("Abacavir Brouillon");
        browser.click(By.id("save"));
        browser.waitForText(By.id("saved"), "Brouillon enregistré.");
        String number = browser.find(By.id("draft-number")).getText().replace("N° de fiche ", "");
        assertThat(number).matches("BR-\\d{4}-\\d{2}-\\d{4}");

        browser.open("/mes-declarations");
        browser.waitForText(By.id("cases"), "Abacavir Brouillon");
        assertThat(rows()).containsExactlyInAnyOrder(filed, number);
        assertThat(browser.find(By.cssSelector("tr[data-number='" + number + "'] .status")).getText())
                .startsWith("En brouillon");
        assertThat(counter("filed-EXPORT_DECLARATION")).as("a draft is not filed").isEqualTo("1");

        browser.click(By.cssSelector("a[data-sort='medicament']"));
        browser.waitForText(By.cssSelector("th[aria-sort='ascending']"), "Nom");
        assertThat(rows()).containsExactly(number, filed);
        browser.click(By.cssSelector("a[data-sort='medicament']"));
        browser.waitForText(By.cssSelector("th[aria-sort='descending']"), "Nom");
        assertThat(rows()).containsExactly(filed, number);

        new Select(browser.find(By.id("statut"))).selectByVisibleText("En brouillon");
        browser.click(By.cssSelector("#filters button[type='submit']"));
        browser.waitForText(By.id("total"), "total 1");
        assertThat(rows()).containsExactly(number);
        browser.screenshot("home-draft");

        browser.click(By.cssSelector("tr[data-number='" + number + "'] .delete-draft"));
        browser.waitForText(By.tagName("h1"), "Supprimer le brouillon ?");
        browser.click(By.id("confirm-delete"));
        browser.waitForText(By.id("notice"), "Brouillon abandonné.");
        assertThat(rows()).containsExactly(filed);
    }

    @Test
    void aChangeIsDeclaredFromAValidatedDeiAndTheReviewerSeesWhatChanged() {
        String dei = file("Chloroquine Hôpital");
        Declarations.decide(engine, engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(dei).singleResult(), "VALIDATE");

        browser.logIn(declarant, TestAccounts.PASSWORD, TestAccounts.SECRET);
        browser.open("/mes-declarations/" + dei);
        browser.click(By.id("amend"));
        browser.waitForText(By.tagName("h1"), "Déclaration en brouillon");
        assertThat(browser.find(By.id("amendedDeclarationNumbers")).getAttribute("value")).isEqualTo(dei);
        assertThat(browser.find(By.id("earlierDeclarationCopies")).getAttribute("value")).startsWith("PJ-");
        browser.find(By.id("strength")).clear();
        browser.find(By.id("strength")).sendKeys("100 mg");
        assertThat(browser.find(By.id("manufacturerName")).getAttribute("value")).as("as declared before")
                .isEqualTo("Fabricant Démo SAS");
        assertThat(browser.find(By.id("firstExportDate")).getAttribute("value")).as("the DEC's own, to be given")
                .isEmpty();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                browser.find(By.id("firstExportDate")), Declarations.plannedFirstExport());
        browser.click(By.id("file"));
        browser.waitForText(By.id("timeline"), "Déclaration déposée et enregistrée");
        String dec = browser.driver().getCurrentUrl().replaceAll(".*/", "");

        String task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(dec).singleResult().getId();
        try (Browser reviewer = new Browser("http://localhost:" + port)) {
            reviewer.logIntoTasklist(Declarations.REVIEWER, Declarations.PASSWORD);
            reviewer.open("/camunda/app/tasklist/default/#/?task=" + task);
            reviewer.waitForText(By.cssSelector(".fjs-form"), "Modifications par rapport à la version en vigueur N° " + dei);
            assertThat(reviewer.find(By.cssSelector(".fjs-form")).getText()).contains("Dosage : 20 mg / 120 mg → 100 mg");
            reviewer.screenshot("review-dec-changes");
        }
    }

    @Test
    void theQrCodeOpensTheVerificationPageAndTheLinkOfTheAuthoritysMailConfirmsReceipt() {
        String number = file("Artésunate Hôpital");
        Declarations.decide(engine, engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(number).singleResult(), "VALIDATE");
        byte[] pdf = documents.validatedCopy(register.byNumber(number).orElseThrow()).orElseThrow().getContent();
        String path = URI.create(QrCodes.readFromPdf(pdf)).getPath();

        browser.open(path);
        browser.waitForText(By.id("authentic"), "correspond à ce document");
        assertThat(browser.find(By.id("number")).getText()).isEqualTo(number);
        assertThat(browser.find(By.id("medicine")).getText()).isEqualTo("Artésunate Hôpital");
        assertThat(browser.find(By.id("state")).getText()).isEqualTo("En vigueur");
        assertThat(browser.find(By.tagName("main")).getText()).doesNotContain("Pharmacie Hospitalière du Test");
        assertThat(browser.driver().findElements(By.id("receipt"))).as("no receipt form on the public page").isEmpty();
        browser.screenshot("verification-page");

        // the importing authority's mail holds its own link
        jakarta.mail.internet.MimeMessage mail = org.impexflow.support.TestMailServer.to("arp@sante.sn.example").stream()
                .filter(m -> org.impexflow.support.Mails.subject(m).contains(number)).findFirst().orElseThrow();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("https?://[^/\\s]+(/verification/reception/\\S+)")
                .matcher(org.impexflow.support.Mails.text(mail));
        assertThat(link.find()).isTrue();
        browser.open(link.group(1));
        browser.waitForText(By.id("number"), number);
        browser.find(By.id("person")).sendKeys("Dr A. Diallo");
        browser.click(By.cssSelector("#receipt button[type='submit']"));
        browser.waitForText(By.id("receipt-recorded"), "la réception est enregistrée");
        browser.screenshot("receipt-page");
        assertThat(register.history(register.byNumber(number).orElseThrow().getId()))
                .filteredOn(e -> e.getKind().name().equals("RECEIPT_CONFIRMED")).hasSize(1);

        String code = path.substring(path.lastIndexOf('/') + 1);
        char last = code.charAt(code.length() - 1);
        browser.open("/verification/" + code.substring(0, code.length() - 1) + (last == 'X' ? 'Y' : 'X'));
        browser.waitForText(By.id("not-found"), "Aucun document");
    }

    private String file(String medicine) {
        ProcessInstance pi = Declarations.fileAs(engine, declarant, Declarations.with(Declarations.dei(),
                "establishmentSiret", establishment.getSiret(), "declarantEmail", declarant, "medicineName", medicine));
        return pi.getBusinessKey();
    }

    /** A counter of the home page; "0" when the page shows none (no case of that kind). */
    private String counter(String name) {
        browser.find(By.id("total"));
        return browser.driver().findElements(By.cssSelector("[data-counter='" + name + "']")).stream()
                .map(e -> e.getText()).findFirst().orElse("0");
    }

    private List<String> rows() {
        return browser.driver().findElements(By.cssSelector("#cases tbody tr")).stream()
                .map(row -> row.getAttribute("data-number")).toList();
    }
}
