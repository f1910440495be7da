package org.impexflow.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.impexflow.account.Accounts;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.narcotics.AnnualDeclarationProcess;
import org.impexflow.narcotics.AnnualDeclarationStatus;
import org.impexflow.narcotics.AnnualDeclarations;
import org.impexflow.narcotics.HostileWorkbooks;
import org.impexflow.narcotics.NarcoticsOperators;
import org.impexflow.narcotics.StockItem;
import org.impexflow.narcotics.Unit;
import org.impexflow.narcotics.WorkbookFiles;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TestEstablishments;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The operator's annual declaration through its pages: the prefilled workbook, the check of an upload
 * with its report cell by cell, the report to download, and the submission a Manager alone makes.
 */
@ImpexflowSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnnualDeclarationPagesTests {

    private static final int YEAR = 2025;
    private static final String PAGE = "/stupefiants/declarations/" + YEAR;

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

    private Establishment operator;
    private WebSession manager;
    private WebSession preparer;
    private WebSession outsider;
    private String preparerAccount;

    /** Once for the class, inside a test run (the coverage plugin records process events per test). */
    @BeforeEach
    void anOperatorWithItsDeclarationOpen() {
        if (manager != null) {
            return;
        }
        operator = TestEstablishments.create(establishments, "Laboratoire Morphine");
        operators.register(operator.getId(), LocalDate.of(2020, 1, 1));
        operators.addItem(operator.getId(), NarcoticsOperators.Kind.SUBSTANCE, new StockItem("Morphine (sulfate de)",
                "NDS-PG01", "03400912345678", "6211-15-0", Unit.GRAM, null));
        String managerAccount = TestAccounts.declarant(accounts, establishments, operator);
        preparerAccount = TestAccounts.declarant(accounts, establishments, operator);
        operators.addManager(operator.getId(), managerAccount);
        engine.getRuntimeService().startProcessInstanceByKey(AnnualDeclarationProcess.KEY, Map.of(
                AnnualDeclarationProcess.Vars.OPERATOR_ID, operator.getId(),
                AnnualDeclarationProcess.Vars.DECLARED_YEAR, YEAR));
        manager = login(managerAccount);
        preparer = login(preparerAccount);
        outsider = login(TestAccounts.declarant(accounts, establishments,
                TestEstablishments.create(establishments, "Laboratoire sans stupéfiants")));
    }

    @Test
    @Order(1)
    void theOperatorDownloadsItsPrefilledWorkbook() throws IOException {
        String list = preparer.get("/stupefiants/declarations").body();
        assertThat(list).contains("Déclarations annuelles des stupéfiants et psychotropes", "data-year=\"2025\"",
                "15/02/2026", "En retard");
        // its deadline has passed: late, whether or not the deadline's timer has run yet
        String page = preparer.get(PAGE).body();
        assertThat(page).contains("Déclaration annuelle 2025", "<span class=\"badge\" id=\"status\">En retard</span>",
                "à soumettre au plus tard le 15/02/2026",
                "id=\"download-template\"", "Campagne ouverte pour l&#39;opérateur")
                .as("said once, by the status").doesNotContain("id=\"late\"");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(preparer.download(PAGE + "/jare.xlsx")))) {
            assertThat(workbook.getSheet("Substances").getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo("Morphine (sulfate de)");
        }
    }

    @Test
    @Order(2)
    void anUploadIsCheckedCellByCellAndItsReportDownloads() throws IOException {
        byte[] unbalanced = workbook(sheet -> {
            sheet.getRow(2).getCell(6).setCellValue(10);
            sheet.getRow(2).getCell(13).setCellValue(9);
        });

        WebSession.Page checked = preparer.upload(PAGE, PAGE + "/controle", Map.of("comment", ""), "workbook",
                "JARE-2025.xlsx", unbalanced);

        assertThat(checked.status()).isEqualTo(422);
        assertThat(checked.body()).contains("Rapport de contrôle", "id=\"report-blocked\"",
                "data-where=\"Substances!N3\"", "la ligne ne s&#39;équilibre pas : 10 g attendus",
                "Seul un compte « Manager » de l&#39;opérateur peut soumettre").doesNotContain("id=\"submit\"");
        try (XSSFWorkbook report = new XSSFWorkbook(new ByteArrayInputStream(
                preparer.download(PAGE + "/rapport.xlsx")))) {
            assertThat(report.getSheet("Rapport").getRow(2).getCell(2).getStringCellValue()).isEqualTo("N3");
        }

        WebSession.Page notAWorkbook = preparer.upload(PAGE, PAGE + "/controle", Map.of(), "workbook", "JARE.pdf",
                "%PDF-1.4 pas un classeur".getBytes(StandardCharsets.UTF_8));
        assertThat(notAWorkbook.body()).contains("n&#39;est pas un classeur Excel (.xlsx)");
        assertThat(declarations.of(operator.getId(), YEAR).orElseThrow().getRound()).as("nothing submitted").isZero();
    }

    /**
     * Issue 16: a valid template with 172,000 rows in one sheet (4.8 MB) took the service down. It is
     * refused by the name of its sheet, the service answers on, and the report is kept for the person
     * who checked it, not in the HTTP session: a new login downloads it, another person has none.
     */
    @Test
    @Order(3)
    void aWorkbookOfAHundredAndSeventyTwoThousandRowsIsRefusedByItsSheetAndTheServiceAnswersOn() throws IOException {
        Path rows = HostileWorkbooks.substanceRows(declarations.template(operator.getId(), YEAR), 172_000,
                HostileWorkbooks.folder().resolve("pages-rows-172000.xlsx"));
        assertThat(Files.size(rows)).isBetween(4_500_000L, (long) WorkbookFiles.MAX_BYTES);

        WebSession.Page refused = preparer.upload(PAGE, PAGE + "/controle", Map.of(), "workbook", "JARE-2025.xlsx",
                Files.readAllBytes(rows));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"report-blocked\"", "data-where=\"Substances\"",
                "feuille Substances : plus de 10 000 lignes, lecture arrêtée à la ligne 10 001");
        assertThat(preparer.get(PAGE).body()).contains("Déclaration annuelle 2025");
        assertThat(outsider.get("/mes-declarations").status()).isEqualTo(200);

        WebSession again = login(preparerAccount);
        try (XSSFWorkbook report = new XSSFWorkbook(new ByteArrayInputStream(again.download(PAGE + "/rapport.xlsx")))) {
            assertThat(report.getSheet("Rapport").getRow(2).getCell(3).getStringCellValue())
                    .startsWith("feuille Substances : plus de 10 000 lignes");
        }
        assertThat(manager.get(PAGE + "/rapport.xlsx").status()).as("the manager checked nothing yet").isEqualTo(404);

        WebSession.Page tooLarge = preparer.upload(PAGE, PAGE + "/controle", Map.of(), "workbook", "JARE-2025.xlsx",
                new byte[WorkbookFiles.MAX_BYTES + 1]);
        assertThat(tooLarge.status()).isEqualTo(422);
        assertThat(tooLarge.body()).contains("Le fichier dépasse 5 Mo");
    }

    /** Last: the declaration is submitted, and nothing more is awaited. */
    @Test
    @Order(4)
    void aManagerSubmitsOnceTheWorkbookHasNoBlockingFindingAndItsWarningsAreExplained() throws IOException {
        byte[] balancedWithImports = workbook(sheet -> {
            sheet.getRow(2).getCell(7).setCellValue(4);
            sheet.getRow(2).getCell(13).setCellValue(4);
        });
        assertThat(manager.get(PAGE).body()).contains("id=\"submit\"");

        WebSession.Page unexplained = manager.upload(PAGE, PAGE + "/soumission", Map.of("comment", " "), "workbook",
                "JARE-2025.xlsx", balancedWithImports);
        assertThat(unexplained.status()).isEqualTo(422);
        assertThat(unexplained.body()).contains("id=\"comment-error\"", "expliquez les avertissements",
                "4 déclarées importées");
        // the file's name and the way to keep it: choose it again (a browser never refills a file field)
        assertThat(unexplained.body()).contains("id=\"workbook-chosen\"", "Fichier contrôlé : JARE-2025.xlsx",
                "choisissez-le à nouveau");

        WebSession.Page submitted = manager.upload(PAGE, PAGE + "/soumission",
                Map.of("comment", "Importation sous l'autorisation 2025-STUP-0007."), "workbook", "JARE-2025.xlsx",
                balancedWithImports);

        assertThat(submitted.status()).isEqualTo(302);
        String page = manager.get(PAGE).body();
        assertThat(page).contains("Déclaration soumise à l&#39;ANSM", "Soumise",
                "Soumission n° 1").doesNotContain("id=\"upload\"");
        // when it was given, and that it was after the deadline: no longer "to submit by … late"
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"))
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(page).contains("<span id=\"submitted-on\">le " + today + ",</span>",
                "<strong id=\"late\">après l&#39;échéance du 15/02/2026</strong>")
                .doesNotContain("à soumettre au plus tard", ">En retard<");
        assertThat(page.split("<[^>]*>Déclaration soumise<", -1)).as("one line in the history for one submission")
                .hasSize(2);
        assertThat(preparer.get("/stupefiants/declarations").body()).contains("Soumise (soumise après l&#39;échéance)")
                .doesNotContain("En retard");
        assertThat(declarations.of(operator.getId(), YEAR).orElseThrow().getStatus())
                .isEqualTo(AnnualDeclarationStatus.SUBMITTED);
    }

    /** After the submission: ANSM's narcotics team opens the workbook submitted and its report; operators cannot. */
    @Test
    @Order(5)
    void theNarcoticsTeamOpensTheSubmittedWorkbookAndItsReport() throws IOException {
        Long id = declarations.of(operator.getId(), YEAR).orElseThrow().getId();
        String base = "/ansm/stupefiants/declarations/" + id;
        WebSession narcotics = login(TestAccounts.person(accounts, "narcotics", org.impexflow.access.Groups.NARCOTICS));

        try (XSSFWorkbook submitted = new XSSFWorkbook(new ByteArrayInputStream(narcotics.download(base + "/jare.xlsx")))) {
            assertThat(submitted.getSheet("Substances").getRow(2).getCell(7).getNumericCellValue()).isEqualTo(4);
        }
        try (XSSFWorkbook report = new XSSFWorkbook(new ByteArrayInputStream(narcotics.download(base + "/rapport.xlsx")))) {
            assertThat(report.getSheet("Rapport").getRow(2).getCell(0).getStringCellValue()).isEqualTo("Avertissement");
        }
        assertThat(preparer.get(base + "/jare.xlsx").status()).isEqualTo(403);
        String summary = (String) engine.getRuntimeService().createVariableInstanceQuery()
                .variableName("reportSummary").processInstanceIdIn(declarations.of(operator.getId(), YEAR).orElseThrow()
                        .getProcessInstanceId()).singleResult().getValue();
        assertThat(summary).contains("1 avertissement(s)", "Avertissement – Substances",
                org.impexflow.casefile.Markdown.escape("Importation sous l'autorisation 2025-STUP-0007."));
    }

    @Test
    void establishmentsWithoutNarcoticsActivityAreKeptOut() {
        assertThat(outsider.get("/stupefiants/declarations").status()).isEqualTo(403);
        assertThat(outsider.get(PAGE).status()).isEqualTo(403);
        assertThat(preparer.get("/stupefiants/declarations/2019").status()).isEqualTo(404);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private byte[] workbook(Consumer<Sheet> substances) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(declarations.template(operator.getId(), YEAR)));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            substances.accept(book.getSheet("Substances"));
            book.write(out);
            return out.toByteArray();
        }
    }

    private WebSession login(String account) {
        WebSession session = new WebSession("http://127.0.0.1:" + port);
        session.logIn(account, TestAccounts.PASSWORD, TestAccounts.SECRET);
        return session;
    }
}
