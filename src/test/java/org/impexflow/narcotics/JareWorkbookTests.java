package org.impexflow.narcotics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The JARE workbook: generated for an operator, filled in as an operator would, then read back with
 * its report; broken and hostile files are refused with a clear message.
 */
class JareWorkbookTests {

    private static final int YEAR = 2025;
    private static final StockItem MORPHINE = new StockItem("Morphine (sulfate de)", "NDS-0001", "03400912345678",
            "6211-15-0", Unit.GRAM, new BigDecimal("120.5"));
    private static final StockItem METHADONE = new StockItem("Méthadone (chlorhydrate de)", "NDS-0002", null,
            "1095-90-5", Unit.MILLIGRAM, null);
    private static final StockItem SOLUTION = new StockItem("Morphine solution buvable 1 mg/ml", "NDS-1001",
            "03400998765432", null, Unit.MILLIGRAM, BigDecimal.ZERO);
    private static final JareExpectation EXPECTED = new JareExpectation(YEAR, List.of(MORPHINE, METHADONE),
            List.of(SOLUTION), Map.of("NDS-0001", new BigDecimal("10")), Map.of());

    @Test
    void templateIsPrefilledWithTheOperatorsLinesAndLastYearsClosingStocks() throws IOException {
        byte[] template = template();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Identification");
            assertThat(List.of(workbook.getSheetName(1), workbook.getSheetName(2), workbook.getSheetName(3)))
                    .containsExactly("Substances", "Préparations", "Fabrication");
            Sheet substances = workbook.getSheet("Substances");
            assertThat(substances.getRow(1).getCell(5).getStringCellValue()).isEqualTo("Stock au 1er janvier");
            Row morphine = substances.getRow(2);
            assertThat(morphine.getCell(0).getStringCellValue()).isEqualTo("Morphine (sulfate de)");
            assertThat(morphine.getCell(1).getStringCellValue()).isEqualTo("NDS-0001");
            assertThat(morphine.getCell(4).getStringCellValue()).isEqualTo("g");
            assertThat(morphine.getCell(5).getNumericCellValue()).as("carried from last year").isEqualTo(120.5);
            assertThat(substances.getRow(3).getCell(5).getCellType().name()).as("nothing to carry").isEqualTo("BLANK");
            assertThat(workbook.getSheet("Identification").getRow(2).getCell(1).getNumericCellValue()).isEqualTo(YEAR);
        }
        assertThat(JareReader.read(template, EXPECTED).findings()).as("left blank, last year's stock is not "
                + "accounted for at 31 December").extracting(Finding::where).contains("Substances!N3");
    }

    @Test
    void aCorrectlyFilledWorkbookHasNoFindingAndGivesItsQuantities() {
        JareReport report = JareReader.read(filled(workbook -> { }), EXPECTED);

        assertThat(report.findings()).isEmpty();
        assertThat(report.blocked()).isFalse();
        StockMovements morphine = report.substances().get("NDS-0001");
        assertThat(morphine.imported()).isEqualByComparingTo("10");
        assertThat(morphine.closing()).isEqualByComparingTo("100.5");
        assertThat(report.preparations()).containsKey("NDS-1001");
    }

    @Test
    void aRowThatDoesNotBalanceIsReportedAtItsClosingStock() {
        JareReport report = JareReader.read(filled(w -> set(w, "Substances", 2, 13, 101)), EXPECTED);

        assertThat(report.blocked()).isTrue();
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.where()).isEqualTo("Substances!N3");
            assertThat(f.message()).contains("ne s'équilibre pas", "100.5 g attendus", "101 déclarés");
        });
    }

    @Test
    void roundingWithinTheUnitsLastDecimalIsAccepted() {
        assertThat(JareReader.read(filled(w -> set(w, "Substances", 2, 13, 100.5009)), EXPECTED).findings())
                .as("within 0.001 g").isEmpty();
        assertThat(JareReader.read(filled(w -> set(w, "Substances", 2, 13, 100.502)), EXPECTED).blocked()).isTrue();
    }

    @Test
    void textAndNegativeQuantitiesAreBlockingAndNamed() {
        JareReport report = JareReader.read(filled(w -> {
            w.getSheet("Substances").getRow(2).getCell(6).setCellValue("beaucoup");
            set(w, "Préparations", 2, 9, -3);
        }), EXPECTED);

        assertThat(report.findings()).extracting(Finding::where, Finding::severity).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Substances!G3", Finding.Severity.BLOCKING),
                org.assertj.core.groups.Tuple.tuple("Préparations!J3", Finding.Severity.BLOCKING));
        assertThat(report.findings()).extracting(Finding::message)
                .anyMatch(m -> m.contains("« beaucoup » n'est pas une quantité"))
                .anyMatch(m -> m.contains("quantité négative : -3"));
    }

    @Test
    void prefilledCellsEditedAndRowsAddedOrRemovedAreBlocking() {
        JareReport edited = JareReader.read(filled(w -> w.getSheet("Substances").getRow(2).getCell(4)
                .setCellValue("kg")), EXPECTED);
        assertThat(edited.findings()).extracting(Finding::where).contains("Substances!E3");
        assertThat(edited.findings()).extracting(Finding::message).anyMatch(m -> m.contains("« g » attendu, « kg » trouvé"));

        JareReport added = JareReader.read(filled(w -> {
            Row extra = w.getSheet("Substances").createRow(10);
            extra.createCell(0).setCellValue("Cocaïne (chlorhydrate de)");
            extra.createCell(1).setCellValue("NDS-9999");
        }), EXPECTED);
        assertThat(added.findings()).extracting(Finding::where, Finding::message)
                .anyMatch(t -> t.toList().get(0).equals("Substances!B11")
                        && t.toList().get(1).toString().contains("ligne ajoutée"));

        JareReport removed = JareReader.read(filled(w -> w.getSheet("Substances").removeRow(
                w.getSheet("Substances").getRow(3))), EXPECTED);
        assertThat(removed.findings()).extracting(Finding::message)
                .anyMatch(m -> m.contains("ligne supprimée : Méthadone (chlorhydrate de) (N° NDS NDS-0002)"));
    }

    @Test
    void aWrongLayoutIsBlocking() {
        JareReport renamed = JareReader.read(filled(w -> w.setSheetName(w.getSheetIndex("Fabrication"), "Fab")),
                EXPECTED);
        assertThat(renamed.findings()).extracting(Finding::where).contains("Fabrication", "Fab");
        assertThat(renamed.blocked()).isTrue();

        JareReport moved = JareReader.read(filled(w -> w.getSheet("Substances").getRow(1).getCell(7)
                .setCellValue("Importations")), EXPECTED);
        assertThat(moved.findings()).singleElement().satisfies(f -> {
            assertThat(f.where()).isEqualTo("Substances!H2");
            assertThat(f.message()).contains("« Quantités importées » attendue, « Importations » trouvée");
        });

        JareReport otherYear = JareReader.read(filled(w -> w.getSheet("Identification").getRow(2).getCell(1)
                .setCellValue(2024)), EXPECTED);
        assertThat(otherYear.findings()).extracting(Finding::where, Finding::message)
                .anyMatch(t -> t.toList().get(0).equals("Identification!B3")
                        && t.toList().get(1).toString().contains("autre année (2024)"));
    }

    @Test
    void unitsThatDifferBetweenSheetsAreBlockingAndManufactureIsCheckedAgainstTheStocks() {
        JareReport report = JareReader.read(filled(w -> {
            Row link = w.getSheet("Fabrication").createRow(2);
            link.createCell(0).setCellValue("NDS-1001");
            link.createCell(1).setCellValue("NDS-0001");
            link.createCell(2).setCellValue(4);
            link.createCell(3).setCellValue("mg");
            link.createCell(4).setCellValue(4000);
            link.createCell(5).setCellValue("mg");
        }), EXPECTED);

        assertThat(report.findings()).extracting(Finding::where, Finding::severity).contains(
                org.assertj.core.groups.Tuple.tuple("Fabrication!D3", Finding.Severity.BLOCKING));
        assertThat(report.findings()).extracting(Finding::message)
                .anyMatch(m -> m.contains("unité « mg » différente de celle de la feuille Substances (g)"))
                .anyMatch(m -> m.contains("4 utilisés d'après la feuille Fabrication, 5 déclarés"));
    }

    @Test
    void importsAndExportsThatDifferFromTheAuthorisationsAreWarnings() {
        JareReport report = JareReader.read(filled(w -> {
            set(w, "Substances", 2, 7, 12);
            set(w, "Substances", 2, 13, 102.5);
        }), EXPECTED);

        assertThat(report.blocked()).isFalse();
        assertThat(report.hasWarnings()).isTrue();
        assertThat(report.findings()).singleElement().satisfies(f -> assertThat(f.message())
                .contains("N° NDS NDS-0001 : 12 déclarées importées, 10 d'après les autorisations enregistrées pour 2025"));
    }

    @Test
    void filesThatAreNotWorkbooksAreRefusedWithAClearMessage() throws Exception {
        assertThat(message("Bonjour, voici ma déclaration".getBytes(StandardCharsets.UTF_8)))
                .contains("n'est pas un classeur Excel (.xlsx)");
        assertThat(message(new byte[0])).contains("vide");
        assertThat(message(new byte[WorkbookFiles.MAX_BYTES + 1])).contains("dépasse 5 Mo");
        assertThat(message(zip(Map.of("hello.txt", "pas un classeur".getBytes(StandardCharsets.UTF_8)))))
                .contains("n'est pas un classeur Excel (.xlsx) lisible");
    }

    @Test
    void aPasswordProtectedWorkbookIsRefused() throws Exception {
        assertThat(message(encrypted(filled(w -> { }), "secret"))).contains("protégé par un mot de passe");
    }

    @Test
    void anArchiveBuiltToExhaustMemoryIsRefusedBeforeItIsInflated() throws Exception {
        byte[] sheet = new byte[60 * 1024 * 1024];
        java.util.Arrays.fill(sheet, (byte) ' ');
        byte[] bomb = zip(Map.of("[Content_Types].xml", ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas."
                + "openxmlformats.org/package/2006/content-types\"/>").getBytes(StandardCharsets.UTF_8),
                "xl/worksheets/sheet1.xml", sheet));
        assertThat(bomb.length).as("small on disk").isLessThan(WorkbookFiles.MAX_BYTES);

        assertThat(message(bomb)).as("refused by the inflate-ratio guard, not by running out of memory")
                .contains("démesurée");
    }

    @Test
    void theReportToDownloadListsEveryFindingWithItsCell() throws IOException {
        JareReport report = JareReader.read(filled(w -> set(w, "Substances", 2, 13, 101)), EXPECTED);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                JareReportWorkbook.write(report, "Rapport de validation")))) {
            Row line = workbook.getSheet("Rapport").getRow(2);
            assertThat(line.getCell(0).getStringCellValue()).isEqualTo("Bloquant");
            assertThat(line.getCell(1).getStringCellValue()).isEqualTo("Substances");
            assertThat(line.getCell(2).getStringCellValue()).isEqualTo("N3");
            assertThat(line.getCell(3).getStringCellValue()).contains("ne s'équilibre pas");
        }
    }

    @Test
    void aSheetOfMoreThanTenThousandRowsIsRefusedByNameAndNotReadFurther() throws IOException {
        JareReport over = JareReader.read(Files.readAllBytes(HostileWorkbooks.substanceRows(template(),
                WorkbookFiles.MAX_ROWS - 1, HostileWorkbooks.folder().resolve("test-rows-10001.xlsx"))), EXPECTED);

        assertThat(over.blocked()).isTrue();
        assertThat(over.findings()).filteredOn(f -> f.sheet().equals("Substances")).singleElement().satisfies(f -> {
            assertThat(f.where()).isEqualTo("Substances");
            assertThat(f.message()).startsWith("feuille Substances : plus de 10 000 lignes, lecture arrêtée à la "
                    + "ligne 10 001");
        });
        assertThat(over.substances()).as("nothing of the sheet is declared").isEmpty();

        JareReport atTheLimit = JareReader.read(Files.readAllBytes(HostileWorkbooks.substanceRows(template(),
                WorkbookFiles.MAX_ROWS - 2, HostileWorkbooks.folder().resolve("test-rows-10000.xlsx"))), EXPECTED);
        assertThat(atTheLimit.findings()).extracting(Finding::message).noneMatch(m -> m.contains("plus de 10 000"))
                .anyMatch(m -> m.contains("ligne ajoutée : « NDS-109997 »") || m.contains("non listé"));
        assertThat(atTheLimit.blocking()).as("each row added is counted").isGreaterThanOrEqualTo(9_998);
    }

    /**
     * The largest workbook an operator can have: 9,998 lines in each stock sheet, every cell filled,
     * written as Excel writes cells (reference, style, value; texts inline, which makes it larger).
     */
    @Test
    void theLargestWorkbookOfAnOperatorIsReadWithinEveryLimit() throws IOException {
        int lines = WorkbookFiles.MAX_ROWS - JareLayout.FIRST_DATA_ROW;
        List<StockItem> substances = new java.util.ArrayList<>();
        List<StockItem> preparations = new java.util.ArrayList<>();
        for (int i = 0; i < lines; i++) {
            substances.add(new StockItem("Substance n° " + i + " (chlorhydrate de)", "NDS-S" + i,
                    "034009" + (10_000_000 + i), (1000 + i) + "-15-0", Unit.MILLIGRAM, new BigDecimal("1000.125")));
            preparations.add(new StockItem("Préparation n° " + i + " solution buvable 1 mg/ml", "NDS-P" + i,
                    "034009" + (20_000_000 + i), null, Unit.GRAM, BigDecimal.ZERO));
        }
        // Substances: 1000.125 + 10.5 received = 1010.625; Préparations: all 0
        Path withSubstances = HostileWorkbooks.replace(template(), HostileWorkbooks.SUBSTANCES_PART,
                HostileWorkbooks.folder().resolve("test-largest-1.xlsx"), out -> stockSheet(out,
                        JareLayout.SUBSTANCE_COLUMNS, substances, "1000.125", "10.5", "0", "0", "0", "0", "0", "0",
                        "1010.625"));
        byte[] workbook = Files.readAllBytes(HostileWorkbooks.replace(Files.readAllBytes(withSubstances),
                "xl/worksheets/sheet3.xml", HostileWorkbooks.folder().resolve("test-largest.xlsx"), out -> stockSheet(
                        out, JareLayout.PREPARATION_COLUMNS, preparations, "0", "0", "0", "0", "0", "0", "0", "0", "0")));
        assertThat(workbook.length).isLessThan(WorkbookFiles.MAX_BYTES);

        JareReport report = JareReader.read(workbook, new JareExpectation(YEAR, substances, preparations, Map.of(),
                Map.of()));

        assertThat(report.findings()).isEmpty();
        assertThat(report.substances()).hasSize(lines);
        assertThat(report.substances().get("NDS-S9997").closing()).isEqualByComparingTo("1010.625");
        assertThat(report.preparations()).hasSize(lines);
    }

    @Test
    void aReportListsAThousandFindingsThenCountsTheOthersWithTheirSeverity() throws IOException {
        byte[] sheets = Files.readAllBytes(HostileWorkbooks.manySheets(template(), 1_200,
                HostileWorkbooks.folder().resolve("test-sheets-1200.xlsx")));

        JareReport report = JareReader.read(sheets, EXPECTED);

        assertThat(report.findings()).hasSize(JareReader.LISTED + 1);
        assertThat(report.findings().subList(0, JareReader.LISTED)).allSatisfy(f ->
                assertThat(f.message()).isEqualTo("feuille ajoutée, ignorée par l'ANSM"));
        Finding last = report.findings().get(JareReader.LISTED);
        assertThat(last.severity()).as("the blocking finding left out still blocks").isEqualTo(Finding.Severity.BLOCKING);
        assertThat(last.message()).as("the rows of the template left blank: morphine does not balance, its "
                + "import differs from the authorisation").startsWith("… et 202 autre(s) constat(s) non listé(s), "
                + "dont 1 bloquant(s)");
        assertThat(report.blocked()).isTrue();
        assertThat(report.blocking()).isEqualTo(1);
        assertThat(report.warnings()).isEqualTo(1_201);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(JareReportWorkbook.write(report, "R")))) {
            assertThat(workbook.getSheet("Rapport").getLastRowNum()).as("title, headers, findings")
                    .isEqualTo(JareReader.LISTED + 2);
        }
    }

    @Test
    void sheetsAreReadInTheOrderOfTheLayoutWhateverTheirOrderInTheWorkbook() {
        Consumer<XSSFWorkbook> unbalanced = w -> {
            set(w, "Substances", 2, 13, 101);
            Row link = w.getSheet("Fabrication").createRow(2);
            link.createCell(0).setCellValue("NDS-1001");
            link.createCell(1).setCellValue("NDS-0001");
            link.createCell(2).setCellValue(4);
            link.createCell(3).setCellValue("g");
        };
        JareReport inOrder = JareReader.read(filled(unbalanced), EXPECTED);
        JareReport reordered = JareReader.read(filled(unbalanced.andThen(w -> {
            w.setSheetOrder("Fabrication", 0);
            w.setSheetOrder("Préparations", 1);
        })), EXPECTED);

        assertThat(reordered.findings()).isEqualTo(inOrder.findings()).hasSize(3);
    }

    @Test
    void formulasCountByTheirValueAndNumbersReadAsExcelShowsThem() {
        JareReport report = JareReader.read(filled(w -> {
            w.getSheet("Substances").getRow(2).getCell(11).setCellFormula("30+5");
            w.getSheet("Identification").getRow(2).getCell(1).setCellValue("2025");
            w.getCreationHelper().createFormulaEvaluator().evaluateAll();
        }), EXPECTED);
        assertThat(report.findings()).as("35 transferred, by a formula; the year typed as text").isEmpty();

        JareReport numberInATextCell = JareReader.read(filled(w -> w.getSheet("Substances").getRow(2).getCell(2)
                .setCellValue(3400912345678.0)), EXPECTED);
        assertThat(numberInATextCell.findings()).as("a GTIN turned into a number, shown in the General format")
                .extracting(Finding::message).containsExactly("cellule remplie par l'ANSM modifiée : "
                        + "« 03400912345678 » attendu, « 3.40091E+12 » trouvé");
    }

    @Test
    void quantitiesOutOfAnyMeasureAndOverlongCellsAreNamedWithoutBeingHeldWhole() {
        JareReport report = JareReader.read(filled(w -> {
            w.getSheet("Substances").getRow(2).getCell(6).setCellValue("1E-999999999");
            w.getSheet("Substances").getRow(3).getCell(0).setCellValue("x".repeat(5_000));
        }), EXPECTED);

        assertThat(report.findings()).extracting(Finding::where).containsExactly("Substances!G3", "Substances!A4");
        assertThat(report.findings().get(0).message()).isEqualTo("« 1E-999999999 » n'est pas une quantité (un nombre "
                + "est attendu)");
        assertThat(report.findings().get(1).message()).contains("« " + "x".repeat(1_000) + "… » trouvé");
    }

    @Test
    void partsThatWouldMakeTheParserHoldThemWholeAreRefused() throws IOException {
        byte[] template = template();
        assertThat(message(Files.readAllBytes(HostileWorkbooks.hugeCell(template, 2_000_000,
                HostileWorkbooks.folder().resolve("test-cell.xlsx"))))).contains("dépasse 1 048 576 caractères");
        assertThat(message(Files.readAllBytes(HostileWorkbooks.hugeComment(template, 1_000,
                HostileWorkbooks.folder().resolve("test-comment.xlsx"))))).contains("n'est pas un classeur Excel "
                + "(.xlsx) lisible");
        assertThat(message(Files.readAllBytes(HostileWorkbooks.deepElements(template, 100,
                HostileWorkbooks.folder().resolve("test-depth.xlsx"))))).contains("n'est pas un classeur Excel "
                + "(.xlsx) lisible");
        assertThat(message(Files.readAllBytes(HostileWorkbooks.manyParts(template, 1_001,
                HostileWorkbooks.folder().resolve("test-parts.xlsx"))))).contains("plus de 1 000 parties");
        assertThat(message(Files.readAllBytes(HostileWorkbooks.sharedTexts(template, 200_000, 13,
                HostileWorkbooks.folder().resolve("test-texts.xlsx"))))).contains("plus de 200 000 textes");
        assertThat(message(Files.readAllBytes(HostileWorkbooks.hugeContentTypes(template, 2_000_000,
                HostileWorkbooks.folder().resolve("test-types.xlsx"))))).contains("les parties qui décrivent le "
                + "classeur (types, relations, propriétés, liste des feuilles) dépassent 1 Mo");
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static byte[] template() {
        return JareTemplate.generate("Laboratoire Démo", "42112345600012", YEAR, EXPECTED.substances(),
                EXPECTED.preparations());
    }

    /**
     * The template filled in so that every row balances and the imports match the authorisations:
     * morphine 120.5 g + 10 received + 10 imported − 5 used − 35 transferred = 100.5 g; methadone
     * 0 + 500 received − 500 transferred = 0; the solution 0 + 2000 obtained − 1500 transferred = 500.
     * Then {@code change} breaks it as a test needs.
     */
    private static byte[] filled(Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template()));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // Substances: F opening, G received, H imported, I used, J obtained, K losses, L transferred, M exported, N closing
            set(workbook, "Substances", 2, 6, 10);
            set(workbook, "Substances", 2, 7, 10);
            set(workbook, "Substances", 2, 8, 5);
            set(workbook, "Substances", 2, 11, 35);
            set(workbook, "Substances", 2, 13, 100.5);
            set(workbook, "Substances", 3, 5, 0);
            set(workbook, "Substances", 3, 6, 500);
            set(workbook, "Substances", 3, 11, 500);
            set(workbook, "Substances", 3, 13, 0);
            // Préparations: E opening … M closing
            set(workbook, "Préparations", 2, 8, 2000);
            set(workbook, "Préparations", 2, 10, 1500);
            set(workbook, "Préparations", 2, 12, 500);
            change.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A stock sheet: title, headers, then one row per item, its prefilled cells and these quantities. */
    private static void stockSheet(java.io.Writer out, List<String> columns, List<StockItem> items,
            String... quantities) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\"><sheetData><row r=\"1\">" + inline("A1", "Titre") + "</row><row r=\"2\">");
        for (int c = 0; c < columns.size(); c++) {
            out.write(inline((char) ('A' + c) + "2", columns.get(c)));
        }
        out.write("</row>");
        for (int i = 0; i < items.size(); i++) {
            StockItem item = items.get(i);
            int r = i + 3;
            StringBuilder row = new StringBuilder("<row r=\"" + r + "\" spans=\"1:14\">");
            List<String> texts = new java.util.ArrayList<>(List.of(item.name(), item.ndsNumber(), item.gtin()));
            if (item.cas() != null) {
                texts.add(item.cas());
            }
            texts.add(item.unit().symbol());
            char c = 'A';
            for (String text : texts) {
                row.append(inline(String.valueOf(c++) + r, text));
            }
            for (String quantity : quantities) {
                row.append("<c r=\"").append(c++).append(r).append("\" s=\"3\"><v>").append(quantity).append("</v></c>");
            }
            out.write(row.append("</row>").toString());
        }
        out.write("</sheetData></worksheet>");
    }

    private static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" s=\"2\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    private static void set(XSSFWorkbook workbook, String sheet, int row, int column, double value) {
        Row r = workbook.getSheet(sheet).getRow(row);
        (r.getCell(column) == null ? r.createCell(column) : r.getCell(column)).setCellValue(value);
    }

    private static String message(byte[] file) {
        JareReport report = JareReader.read(file, EXPECTED);
        assertThat(report.blocked()).isTrue();
        assertThat(report.findings()).hasSize(1);
        return report.findings().get(0).message();
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] encrypted(byte[] workbook, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password);
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(workbook));
                    OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
