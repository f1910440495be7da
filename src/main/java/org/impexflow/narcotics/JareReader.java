package org.impexflow.narcotics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.impexflow.casefile.CaseInput;

/**
 * Reads an operator's JARE workbook against what ANSM expects and reports, cell by cell: a wrong
 * sheet or column layout, prefilled lines edited and lines added or removed, quantities that are not
 * numbers or are negative, units that differ between sheets, rows that do not balance, and declared
 * imports and exports that differ from the authorisations on record. Layout, lines, numbers, units and
 * balances block the submission; the rest are warnings that need a comment.
 */
public final class JareReader {

    private static final DataFormatter TEXT = new DataFormatter();
    private static final int MOVEMENTS = 9;

    private JareReader() {
    }

    public static JareReport read(byte[] content, JareExpectation expected) {
        try (XSSFWorkbook workbook = WorkbookFiles.open(content)) {
            return new Reading(workbook, expected).read();
        } catch (WorkbookFiles.UnreadableWorkbookException refused) {
            return JareReport.refused(refused.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Reading {
        private final XSSFWorkbook workbook;
        private final JareExpectation expected;
        private final List<Finding> findings = new ArrayList<>();
        private final Map<String, StockMovements> substances = new LinkedHashMap<>();
        private final Map<String, StockMovements> preparations = new LinkedHashMap<>();

        Reading(XSSFWorkbook workbook, JareExpectation expected) {
            this.workbook = workbook;
            this.expected = expected;
        }

        JareReport read() {
            for (String name : JareLayout.SHEETS) {
                if (workbook.getSheet(name) == null) {
                    findings.add(Finding.blocking(name, null, "feuille absente ou renommée : le classeur doit garder "
                            + "les feuilles " + String.join(", ", JareLayout.SHEETS)));
                }
            }
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                String name = workbook.getSheetName(i);
                if (!JareLayout.SHEETS.contains(name)) {
                    findings.add(Finding.warning(name, null, "feuille ajoutée, ignorée par l'ANSM"));
                }
            }
            year();
            stockSheet(JareLayout.SUBSTANCES, expected.substances(), substances);
            stockSheet(JareLayout.PREPARATIONS, expected.preparations(), preparations);
            manufacture();
            authorisations(JareLayout.SUBSTANCES, substances);
            authorisations(JareLayout.PREPARATIONS, preparations);
            return new JareReport(List.copyOf(findings), substances, preparations);
        }

        private void year() {
            Sheet sheet = workbook.getSheet(JareLayout.IDENTIFICATION);
            if (sheet == null) {
                return;
            }
            Row row = sheet.getRow(JareTemplate.YEAR_ROW);
            Cell cell = row == null ? null : row.getCell(1);
            String year = cell == null ? "" : TEXT.formatCellValue(cell).strip();
            if (!String.valueOf(expected.year()).equals(year)) {
                findings.add(Finding.blocking(JareLayout.IDENTIFICATION, "B" + (JareTemplate.YEAR_ROW + 1),
                        "classeur d'une autre année (" + (year.isEmpty() ? "vide" : year) + ") : téléchargez celui "
                                + "de l'année " + expected.year()));
            }
        }

        private boolean headers(Sheet sheet, List<String> columns) {
            Row header = sheet.getRow(JareLayout.HEADER_ROW);
            boolean ok = true;
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header == null ? null : header.getCell(c);
                String found = cell == null ? "" : TEXT.formatCellValue(cell).strip();
                if (!columns.get(c).equals(found)) {
                    findings.add(Finding.blocking(sheet.getSheetName(), ref(JareLayout.HEADER_ROW, c),
                            "colonne « " + columns.get(c) + " » attendue, « " + found + " » trouvée : ne déplacez, "
                                    + "n'ajoutez ni ne supprimez de colonne"));
                    ok = false;
                }
            }
            return ok;
        }

        private void stockSheet(String name, List<StockItem> items, Map<String, StockMovements> declared) {
            Sheet sheet = workbook.getSheet(name);
            if (sheet == null || !headers(sheet, JareLayout.columns(name))) {
                return;
            }
            if (sheet.getLastRowNum() > WorkbookFiles.MAX_ROWS) {
                findings.add(Finding.blocking(name, null, "plus de " + WorkbookFiles.MAX_ROWS + " lignes"));
                return;
            }
            int prefilled = JareLayout.prefilled(name);
            Set<String> seen = new HashSet<>();
            Map<String, StockItem> byNumber = items.stream()
                    .collect(Collectors.toMap(StockItem::ndsNumber, Function.identity(), (a, b) -> a, LinkedHashMap::new));
            for (int r = JareLayout.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (blank(row, JareLayout.columns(name).size())) {
                    continue;
                }
                String nds = text(row, 1);
                StockItem item = byNumber.get(nds);
                if (item == null) {
                    findings.add(Finding.blocking(name, ref(r, 1), "ligne ajoutée : « " + nds + " » n'est pas un N° "
                            + "NDS que l'ANSM a inscrit pour vous ; demandez son inscription à l'ANSM"));
                    continue;
                }
                if (!seen.add(nds)) {
                    findings.add(Finding.blocking(name, ref(r, 1), "ligne en double : le N° NDS " + nds
                            + " figure déjà plus haut"));
                    continue;
                }
                List<String> expectedCells = prefilledCells(item, prefilled);
                for (int c = 0; c < prefilled; c++) {
                    if (c == 1) {
                        continue;
                    }
                    String found = text(row, c);
                    if (!Objects.equals(expectedCells.get(c), found)) {
                        findings.add(Finding.blocking(name, ref(r, c), "cellule remplie par l'ANSM modifiée : « "
                                + expectedCells.get(c) + " » attendu, « " + found + " » trouvé"));
                    }
                }
                BigDecimal[] q = new BigDecimal[MOVEMENTS];
                boolean numbers = true;
                for (int m = 0; m < MOVEMENTS; m++) {
                    q[m] = quantity(name, row, r, prefilled + m);
                    numbers &= q[m] != null;
                }
                if (!numbers) {
                    continue;
                }
                StockMovements movements = new StockMovements(q[0], q[1], q[2], q[3], q[4], q[5], q[6], q[7], q[8]);
                declared.put(nds, movements);
                BigDecimal gap = movements.expectedClosing().subtract(movements.closing()).abs();
                if (gap.compareTo(item.unit().tolerance()) > 0) {
                    findings.add(Finding.blocking(name, ref(r, prefilled + 8), "la ligne ne s'équilibre pas : "
                            + plain(movements.expectedClosing()) + " " + item.unit().symbol() + " attendus (stock au "
                            + "1er janvier + entrées − sorties), " + plain(movements.closing()) + " déclarés"));
                }
                if (item.openingStock() != null && movements.opening().compareTo(item.openingStock()) != 0) {
                    findings.add(Finding.warning(name, ref(r, prefilled), "stock au 1er janvier différent du stock "
                            + "au 31 décembre déclaré l'an dernier (" + plain(item.openingStock()) + " "
                            + item.unit().symbol() + ") : expliquez l'écart"));
                }
            }
            for (StockItem item : items) {
                if (!seen.contains(item.ndsNumber())) {
                    findings.add(Finding.blocking(name, null, "ligne supprimée : " + item.name() + " (N° NDS "
                            + item.ndsNumber() + ") doit être déclarée, à 0 si besoin"));
                }
            }
        }

        private void manufacture() {
            Sheet sheet = workbook.getSheet(JareLayout.MANUFACTURE);
            if (sheet == null || !headers(sheet, JareLayout.MANUFACTURE_COLUMNS)) {
                return;
            }
            Map<String, StockItem> substanceItems = index(expected.substances());
            Map<String, StockItem> preparationItems = index(expected.preparations());
            Map<String, BigDecimal> used = new HashMap<>();
            for (int r = JareLayout.FIRST_DATA_ROW; r <= Math.min(sheet.getLastRowNum(), WorkbookFiles.MAX_ROWS); r++) {
                Row row = sheet.getRow(r);
                if (blank(row, JareLayout.MANUFACTURE_COLUMNS.size())) {
                    continue;
                }
                String preparation = text(row, 0);
                String substance = text(row, 1);
                StockItem p = preparationItems.get(preparation);
                StockItem s = substanceItems.get(substance);
                if (p == null) {
                    findings.add(Finding.blocking(JareLayout.MANUFACTURE, ref(r, 0), "« " + preparation
                            + " » n'est pas un N° NDS de la feuille " + JareLayout.PREPARATIONS));
                }
                if (s == null) {
                    findings.add(Finding.blocking(JareLayout.MANUFACTURE, ref(r, 1), "« " + substance
                            + " » n'est pas un N° NDS de la feuille " + JareLayout.SUBSTANCES));
                }
                BigDecimal substanceQuantity = quantity(JareLayout.MANUFACTURE, row, r, 2);
                quantity(JareLayout.MANUFACTURE, row, r, 4);
                unit(row, r, 3, s, JareLayout.SUBSTANCES);
                unit(row, r, 5, p, JareLayout.PREPARATIONS);
                if (s != null && substanceQuantity != null) {
                    used.merge(substance, substanceQuantity, BigDecimal::add);
                }
            }
            used.forEach((nds, quantity) -> {
                StockMovements declared = substances.get(nds);
                if (declared != null && declared.usedInManufacture().compareTo(quantity) != 0) {
                    findings.add(Finding.warning(JareLayout.SUBSTANCES, null, "N° NDS " + nds + " : "
                            + plain(quantity) + " utilisés d'après la feuille " + JareLayout.MANUFACTURE + ", "
                            + plain(declared.usedInManufacture()) + " déclarés en « Quantités utilisées en fabrication »"));
                }
            });
        }

        /** The unit of a line of the manufacture sheet is the unit of that line in its own sheet. */
        private void unit(Row row, int r, int column, StockItem item, String sheetOfItem) {
            String found = text(row, column);
            if (item != null && !item.unit().symbol().equals(found)
                    && Unit.ofSymbol(found).filter(u -> u == item.unit()).isEmpty()) {
                findings.add(Finding.blocking(JareLayout.MANUFACTURE, ref(r, column), "unité « " + found
                        + " » différente de celle de la feuille " + sheetOfItem + " (" + item.unit().symbol() + ")"));
            }
        }

        private void authorisations(String sheet, Map<String, StockMovements> declared) {
            declared.forEach((nds, movements) -> {
                compare(sheet, nds, "importées", movements.imported(), expected.authorisedImports().get(nds));
                compare(sheet, nds, "exportées", movements.exported(), expected.authorisedExports().get(nds));
            });
        }

        private void compare(String sheet, String nds, String what, BigDecimal declared, BigDecimal authorised) {
            BigDecimal onRecord = authorised == null ? BigDecimal.ZERO : authorised;
            if (declared.compareTo(onRecord) != 0) {
                findings.add(Finding.warning(sheet, null, "N° NDS " + nds + " : " + plain(declared) + " déclarées "
                        + what + ", " + plain(onRecord) + " d'après les autorisations enregistrées pour "
                        + expected.year() + " : expliquez l'écart"));
            }
        }

        /** A quantity cell: empty is 0; a number or digits; never negative. Null, with a finding, otherwise. */
        private BigDecimal quantity(String sheet, Row row, int r, int column) {
            Cell cell = row.getCell(column);
            if (cell == null || cell.getCellType() == CellType.BLANK) {
                return BigDecimal.ZERO;
            }
            BigDecimal value;
            if (cell.getCellType() == CellType.NUMERIC
                    || (cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC)) {
                value = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
            } else {
                String text = CaseInput.ungrouped(TEXT.formatCellValue(cell)).replace(',', '.');
                if (text.isEmpty()) {
                    return BigDecimal.ZERO;
                }
                try {
                    value = new BigDecimal(text);
                } catch (NumberFormatException e) {
                    findings.add(Finding.blocking(sheet, ref(r, column), "« " + TEXT.formatCellValue(cell)
                            + " » n'est pas une quantité (un nombre est attendu)"));
                    return null;
                }
            }
            if (value.signum() < 0) {
                findings.add(Finding.blocking(sheet, ref(r, column), "quantité négative : " + plain(value)));
                return null;
            }
            return value;
        }

        private static List<String> prefilledCells(StockItem item, int prefilled) {
            List<String> cells = new ArrayList<>();
            cells.add(item.name());
            cells.add(item.ndsNumber());
            cells.add(item.gtin() == null ? "" : item.gtin());
            if (prefilled == 5) {
                cells.add(item.cas() == null ? "" : item.cas());
            }
            cells.add(item.unit().symbol());
            return cells;
        }

        private static Map<String, StockItem> index(List<StockItem> items) {
            return items.stream().collect(Collectors.toMap(StockItem::ndsNumber, Function.identity(), (a, b) -> a));
        }

        private static boolean blank(Row row, int columns) {
            if (row == null) {
                return true;
            }
            for (int c = 0; c < columns; c++) {
                Cell cell = row.getCell(c);
                if (cell != null && !TEXT.formatCellValue(cell).isBlank()) {
                    return false;
                }
            }
            return true;
        }

        private static String text(Row row, int column) {
            Cell cell = row.getCell(column);
            return cell == null ? "" : TEXT.formatCellValue(cell).strip();
        }

        private static String ref(int row, int column) {
            return new CellReference(row, column).formatAsString(false);
        }

        private static String plain(BigDecimal value) {
            return value.stripTrailingZeros().toPlainString();
        }
    }
}
