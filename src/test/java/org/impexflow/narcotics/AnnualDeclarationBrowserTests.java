package org.impexflow.narcotics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.impexflow.account.Accounts;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.support.Browser;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TestEstablishments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A Manager uploads the JARE workbook in a real browser, reads its report cell by cell, corrects it and submits. */
@ImpexflowSpringTest
class AnnualDeclarationBrowserTests {

    private static final int YEAR = 2025;

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Accounts accounts;
    @Autowired
    Establishments establishments;
    @Autowired
    NarcoticsOperators operators;
    @Autowired
    AnnualDeclarations declarations;

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
    void managerUploadsTheWorkbookReadsItsReportThenSubmitsTheCorrectedOne() throws Exception {
        Establishment operator = TestEstablishments.create(establishments, "Laboratoire Navigateur Stupéfiants");
        operators.register(operator.getId(), LocalDate.of(2021, 1, 1));
        operators.addItem(operator.getId(), NarcoticsOperators.Kind.SUBSTANCE, new StockItem("Morphine (sulfate de)",
                "NDS-BR01", null, "6211-15-0", Unit.GRAM, null));
        String manager = TestAccounts.declarant(accounts, establishments, operator);
        operators.addManager(operator.getId(), manager);
        engine.getRuntimeService().startProcessInstanceByKey(AnnualDeclarationProcess.KEY, Map.of(
                AnnualDeclarationProcess.Vars.OPERATOR_ID, operator.getId(),
                AnnualDeclarationProcess.Vars.DECLARED_YEAR, YEAR));
        browser.logIn(manager, TestAccounts.PASSWORD, TestAccounts.SECRET);

        browser.open("/mes-declarations");
        browser.click(By.id("annual-declarations"));
        browser.click(By.linkText(String.valueOf(YEAR)));
        // due on 15/02/2026, past: late whether or not the deadline's timer has run yet
        browser.waitForText(By.id("status"), "En retard");

        browser.find(By.id("file")).sendKeys(file(operator, 12, 11).toString());
        browser.click(By.id("check"));

        browser.waitForText(By.id("report-blocked"), "anomalies bloquantes");
        List<WebElement> findings = browser.driver().findElements(By.cssSelector("#findings tbody tr"));
        assertThat(findings).singleElement().satisfies(row -> assertThat(row.getText())
                .contains("Bloquant", "Substances!N3", "la ligne ne s'équilibre pas : 12 g attendus", "11 déclarés"));
        browser.screenshot("jare-report-blocked");

        browser.find(By.id("file")).sendKeys(file(operator, 12, 12).toString());
        browser.click(By.id("submit"));

        browser.waitForText(By.id("submitted"), "Déclaration soumise à l'ANSM");
        browser.waitForText(By.id("status"), "Soumise");
        browser.screenshot("jare-submitted");
        assertThat(declarations.of(operator.getId(), YEAR).orElseThrow().getRound()).isEqualTo(1);
    }

    /**
     * An account of the operator (not a Manager) joins the cover letter in a real browser: the page lists it
     * with its type and SHA-256, and links to the guide of the workbook.
     */
    @Test
    void anAccountOfTheOperatorJoinsTheCoverLetterOnTheDeclarationsPage() throws Exception {
        Establishment operator = TestEstablishments.create(establishments, "Laboratoire Navigateur Pièces");
        operators.register(operator.getId(), LocalDate.of(2021, 1, 1));
        String preparer = TestAccounts.declarant(accounts, establishments, operator);
        engine.getRuntimeService().startProcessInstanceByKey(AnnualDeclarationProcess.KEY, Map.of(
                AnnualDeclarationProcess.Vars.OPERATOR_ID, operator.getId(),
                AnnualDeclarationProcess.Vars.DECLARED_YEAR, YEAR));
        byte[] letter = org.impexflow.support.RealFiles.pdf();
        Path file = Files.createTempFile("lettre-accompagnement-", ".pdf");
        Files.write(file, letter);
        browser.logIn(preparer, TestAccounts.PASSWORD, TestAccounts.SECRET);

        browser.open("/stupefiants/declarations/" + YEAR);
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("documentType"))).selectByValue("COVER_LETTER");
        browser.find(By.id("document")).sendKeys(file.toString());
        browser.click(By.id("join"));

        browser.waitForText(By.id("document-joined"), "Pièce jointe à la déclaration.");
        WebElement row = browser.find(By.cssSelector("#joined-documents tbody tr"));
        assertThat(row.getText()).contains("Lettre d'accompagnement signée par le pharmacien responsable",
                file.getFileName().toString(), "PDF", org.impexflow.attachment.Attachments.sha256(letter));
        assertThat(browser.find(By.cssSelector("#document-types tr[data-document-type='COVER_LETTER'] .joined-count"))
                .getText()).isEqualTo("1");
        browser.screenshot("annual-declaration-document-joined");

        browser.click(By.id("guide-link"));
        browser.waitForText(By.tagName("h1"), "Guide du fichier JARE");
    }

    /** The operator's workbook with morphine received and declared at 31 December. */
    private Path file(Establishment operator, double received, double closing) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(declarations.template(operator.getId(), YEAR)));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet substances = book.getSheet(JareLayout.SUBSTANCES);
            substances.getRow(2).getCell(6).setCellValue(received);
            substances.getRow(2).getCell(13).setCellValue(closing);
            book.write(out);
            Path file = Files.createTempFile("JARE-" + YEAR + "-", ".xlsx");
            Files.write(file, out.toByteArray());
            return file;
        }
    }
}
