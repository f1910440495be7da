package org.impexflow.narcotics;

import java.io.IOException;
import java.io.InputStream;
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

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.impexflow.casefile.CaseInput;
import org.impexflow.narcotics.Finding.Kind;
import org.impexflow.narcotics.SheetRows.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;

/**
 * Reads an operator's JARE workbook against what ANSM expects and reports, cell by cell: a wrong
 * sheet or column layout, prefilled lines edited and lines added or removed, quantities that are not
 * numbers or are negative, units that differ between sheets, rows that do not balance, and declared
 * imports and exports that differ from the authorisations on record. Layout, lines, numbers, units and
 * balances block the submission; the rest are warnings that need a comment.
 * <p>
 * The workbook is read in streaming, one row at a time ({@link SheetRows}), in the order of the layout
 * whatever the order of its sheets; a sheet stops being read at its {@link WorkbookFiles#MAX_ROWS}th
 * row, and a report lists at most {@link #LISTED} findings: what one reading holds is bounded whatever
 * the file (docs/jare-workbook.md).
 */
public final class JareReader {

    /** Findings listed in a report; the others are counted in one last finding. */
    public static final int LISTED = 1_000;

    private static final Logger LOG = LoggerFactory.getLogger(JareReader.class);
    private static final int MOVEMENTS = 9;
    /** Digits a quantity may have on either side of the decimal point. */
    private static final int MAX_QUANTITY_SCALE = 30;

    private JareReader() {
    }

    public static JareReport read(byte[] content, JareExpectation expected) {
        OPCPackage workbook;
        try {
            workbook = WorkbookFiles.open(content);
        } catch (WorkbookFiles.UnreadableWorkbookException refused) {
            return JareReport.refused(refused.getMessage());
        }
        try {
            return new Reading(workbook, expected).read();
        } catch (IOException | SAXException | OpenXML4JException | RuntimeException e) {
            LOG.info("Workbook refused while reading: {}", String.valueOf(e));
            return JareReport.refused(WorkbookFiles.refusal(e).getMessage());
        } finally {
            workbook.revert();
        }
    }

    /** The findings of one reading, or of one sheet: {@link #LISTED} listed at most, all counted. */
    private static final class Findings {
        private final List<Finding> listed = new ArrayList<>();
        private long blocking;
        private long warnings;
        private long unlistedBlocking;
        private long unlistedWarnings;

        void add(Finding finding) {
            boolean block = finding.severity() == Finding.Severity.BLOCKING;
            if (block) {
                blocking++;
            } else {
                warnings++;
            }
            if (listed.size() < LISTED) {
                listed.add(finding);
            } else if (block) {
                unlistedBlocking++;
            } else {
                unlistedWarnings++;
            }
        }

        void addAll(Findings other) {
            other.listed.forEach(this::add);
            blocking += other.unlistedBlocking;
            warnings += other.unlistedWarnings;
            unlistedBlocking += other.unlistedBlocking;
            unlistedWarnings += other.unlistedWarnings;
        }

        JareReport report(Map<String, StockMovements> substances, Map<String, StockMovements> preparations) {
            List<Finding> all = new ArrayList<>(listed);
            long unlisted = unlistedBlocking + unlistedWarnings;
            if (unlisted > 0) {
                String message = "… et " + WorkbookFiles.grouped(unlisted) + " autre(s) constat(s) non listé(s)"
                        + (unlistedBlocking > 0 ? ", dont " + WorkbookFiles.grouped(unlistedBlocking)
                                + " bloquant(s)" : "") + " : corrigez d'abord ceux de la liste, puis déposez le "
                        + "fichier à nouveau";
                all.add(Finding.notListed(unlistedBlocking > 0, message));
            }
            return new JareReport(List.copyOf(all), substances, preparations, blocking, warnings);
        }
    }

    private static final class Reading {
        private final OPCPackage workbook;
        private final JareExpectation expected;
        private final DataFormatter formatter = new DataFormatter();
        private final Findings findings = new Findings();
        private final Map<String, PackagePart> sheets = new HashMap<>();
        private final Map<String, StockMovements> substances = new LinkedHashMap<>();
        private final Map<String, StockMovements> preparations = new LinkedHashMap<>();
        private final Map<String, BigDecimal> used = new HashMap<>();
        private SharedTexts shared;
        private CellFormats formats;

        Reading(OPCPackage workbook, JareExpectation expected) {
            this.workbook = workbook;
            this.expected = expected;
        }

        JareReport read() throws IOException, SAXException, OpenXML4JException {
            XSSFReader reader = new XSSFReader(workbook);
            Findings added = new Findings();
            XSSFReader.SheetIterator iterator = reader.getSheetIterator();
            while (iterator.hasNext()) {
                try (InputStream unread = iterator.next()) {
                    String name = iterator.getSheetName();
                    if (JareLayout.SHEETS.contains(name)) {
                        sheets.putIfAbsent(name, iterator.getSheetPart());
                    } else {
                        added.add(Finding.of(Kind.SHEET_ADDED, name, null, "feuille ajoutée, ignorée par l'ANSM"));
                    }
                }
            }
            WorkbookArchive.described(workbook);
            for (String name : JareLayout.SHEETS) {
                if (!sheets.containsKey(name)) {
                    findings.add(Finding.of(Kind.SHEET_MISSING,
                            name, null, "feuille absente ou renommée : le classeur doit garder "
                            + "les feuilles " + String.join(", ", JareLayout.SHEETS)));
                }
            }
            findings.addAll(added);
            shared = SharedTexts.read(reader.getSharedStringsData());
            formats = CellFormats.read(reader.getStylesData());
            year();
            stockSheet(JareLayout.SUBSTANCES, expected.substances(), substances);
            stockSheet(JareLayout.PREPARATIONS, expected.preparations(), preparations);
            manufacture();
            authorisations(JareLayout.SUBSTANCES, substances);
            authorisations(JareLayout.PREPARATIONS, preparations);
            return findings.report(substances, preparations);
        }

        /**
         * Reads the rows of a sheet up to the last one allowed: the index of the first row beyond, or -1
         * when the sheet ended (or the consumer had read enough).
         */
        private int rows(PackagePart sheet, int columns, int lastRow, SheetRows.Consumer consumer)
                throws IOException, SAXException {
            try {
                SheetRows.read(sheet.getInputStream(), shared, formats, formatter, columns, lastRow, consumer);
                return -1;
            } catch (SheetRows.Stop stop) {
                return stop.row();
            }
        }

        private void year() throws IOException, SAXException {
            PackagePart sheet = sheets.get(JareLayout.IDENTIFICATION);
            if (sheet == null) {
                return;
            }
            String[] year = {""};
            rows(sheet, 2, JareTemplate.YEAR_ROW, row -> {
                if (row.index() == JareTemplate.YEAR_ROW) {
                    year[0] = row.text(1).strip();
                }
            });
            if (!String.valueOf(expected.year()).equals(year[0])) {
                findings.add(Finding.of(Kind.OTHER_YEAR, JareLayout.IDENTIFICATION, "B" + (JareTemplate.YEAR_ROW + 1),
                        "classeur d'une autre année (" + (year[0].isEmpty() ? "vide" : year[0]) + ") : téléchargez "
                                + "celui de l'année " + expected.year()));
            }
        }

        /**
         * Reads a sheet with headers and data rows: its findings count only when it is read to its end;
         * a sheet with more than {@link WorkbookFiles#MAX_ROWS} rows has the one finding that says so.
         */
        private boolean sheet(String name, List<String> columns, Findings sheetFindings, SheetRows.Consumer data)
                throws IOException, SAXException {
            PackagePart sheet = sheets.get(name);
            if (sheet == null) {
                return false;
            }
            Headers headers = new Headers(name, columns, sheetFindings);
            int beyond = rows(sheet, columns.size(), WorkbookFiles.MAX_ROWS - 1, row -> {
                if (headers.check(row) && row.index() >= JareLayout.FIRST_DATA_ROW) {
                    data.row(row);
                }
            });
            if (!headers.ok()) {
                findings.addAll(sheetFindings);
                return false;
            }
            if (beyond >= 0) {
                findings.add(Finding.of(Kind.TOO_MANY_ROWS, name, null, "feuille " + name + " : plus de "
                        + WorkbookFiles.grouped(WorkbookFiles.MAX_ROWS) + " lignes, lecture arrêtée à la ligne "
                        + WorkbookFiles.grouped(beyond + 1L) + " : un fichier JARE a une ligne par substance ou "
                        + "préparation ; vérifiez qu'il s'agit du bon fichier"));
                return false;
            }
            return true;
        }

        /** The header row of a sheet, checked once, before its data rows: none is read when it is wrong. */
        private static final class Headers {
            private final String sheet;
            private final List<String> columns;
            private final Findings out;
            private Boolean ok;

            Headers(String sheet, List<String> columns, Findings out) {
                this.sheet = sheet;
                this.columns = columns;
                this.out = out;
            }

            /** Whether the reading goes on past this row; stops it when the headers are wrong. */
            boolean check(Row row) throws SheetRows.Stop {
                if (ok == null && row.index() >= JareLayout.HEADER_ROW) {
                    ok = compare(row.index() == JareLayout.HEADER_ROW ? row : null);
                    if (!ok) {
                        throw new SheetRows.Stop(-1);
                    }
                    return row.index() != JareLayout.HEADER_ROW;
                }
                return ok != null;
            }

            boolean ok() {
                if (ok == null) {
                    ok = compare(null);
                }
                return ok;
            }

            private boolean compare(Row header) {
                boolean same = true;
                for (int c = 0; c < columns.size(); c++) {
                    String found = header == null ? "" : header.text(c).strip();
                    if (!columns.get(c).equals(found)) {
                        out.add(Finding.of(Kind.WRONG_HEADER,
                                sheet, ref(JareLayout.HEADER_ROW, c), "colonne « " + columns.get(c)
                                + " » attendue, « " + found + " » trouvée : ne déplacez, n'ajoutez ni ne supprimez "
                                + "de colonne"));
                        same = false;
                    }
                }
                return same;
            }
        }

        private void stockSheet(String name, List<StockItem> items, Map<String, StockMovements> declared)
                throws IOException, SAXException {
            int prefilled = JareLayout.prefilled(name);
            int width = JareLayout.columns(name).size();
            Findings out = new Findings();
            Set<String> seen = new HashSet<>();
            Map<String, StockMovements> read = new LinkedHashMap<>();
            Map<String, StockItem> byNumber = items.stream()
                    .collect(Collectors.toMap(StockItem::ndsNumber, Function.identity(), (a, b) -> a, LinkedHashMap::new));
            boolean complete = sheet(name, JareLayout.columns(name), out, row -> {
                if (row.blank(width)) {
                    return;
                }
                int r = row.index();
                String nds = row.text(1).strip();
                StockItem item = byNumber.get(nds);
                if (item == null) {
                    out.add(Finding.of(Kind.LINE_ADDED,
                            name, ref(r, 1), "ligne ajoutée : « " + nds + " » n'est pas un N° "
                            + "NDS que l'ANSM a inscrit pour vous ; demandez son inscription à l'ANSM"));
                    return;
                }
                if (!seen.add(nds)) {
                    out.add(Finding.of(Kind.LINE_DUPLICATED, name, ref(r, 1), "ligne en double : le N° NDS " + nds
                            + " figure déjà plus haut"));
                    return;
                }
                List<String> expectedCells = prefilledCells(item, prefilled);
                for (int c = 0; c < prefilled; c++) {
                    if (c == 1) {
                        continue;
                    }
                    String found = row.text(c).strip();
                    if (!Objects.equals(expectedCells.get(c), found)) {
                        out.add(Finding.of(Kind.PREFILLED_EDITED,
                                name, ref(r, c), "cellule remplie par l'ANSM modifiée : « "
                                + expectedCells.get(c) + " » attendu, « " + found + " » trouvé"));
                    }
                }
                BigDecimal[] q = new BigDecimal[MOVEMENTS];
                boolean numbers = true;
                for (int m = 0; m < MOVEMENTS; m++) {
                    q[m] = quantity(out, name, row, prefilled + m);
                    numbers &= q[m] != null;
                }
                if (!numbers) {
                    return;
                }
                StockMovements movements = new StockMovements(q[0], q[1], q[2], q[3], q[4], q[5], q[6], q[7], q[8]);
                read.put(nds, movements);
                BigDecimal gap = movements.expectedClosing().subtract(movements.closing()).abs();
                if (gap.compareTo(item.unit().tolerance()) > 0) {
                    out.add(Finding.of(Kind.NOT_BALANCED, name, ref(r, prefilled + 8), "la ligne ne s'équilibre pas : "
                            + plain(movements.expectedClosing()) + " " + item.unit().symbol() + " attendus (stock au "
                            + "1er janvier + entrées − sorties), " + plain(movements.closing()) + " déclarés"));
                }
                if (item.openingStock() != null && movements.opening().compareTo(item.openingStock()) != 0) {
                    out.add(Finding.of(Kind.OPENING_STOCK_DIFFERS,
                            name, ref(r, prefilled), "stock au 1er janvier différent du stock "
                            + "au 31 décembre déclaré l'an dernier (" + plain(item.openingStock()) + " "
                            + item.unit().symbol() + ") : expliquez l'écart"));
                }
            });
            if (!complete) {
                return;
            }
            for (StockItem item : items) {
                if (!seen.contains(item.ndsNumber())) {
                    out.add(Finding.of(Kind.LINE_REMOVED, name, null, "ligne supprimée : " + item.name() + " (N° NDS "
                            + item.ndsNumber() + ") doit être déclarée, à 0 si besoin"));
                }
            }
            findings.addAll(out);
            declared.putAll(read);
        }

        private void manufacture() throws IOException, SAXException {
            Map<String, StockItem> substanceItems = index(expected.substances());
            Map<String, StockItem> preparationItems = index(expected.preparations());
            Findings out = new Findings();
            Map<String, BigDecimal> quantities = new HashMap<>();
            boolean complete = sheet(JareLayout.MANUFACTURE, JareLayout.MANUFACTURE_COLUMNS, out, row -> {
                if (row.blank(JareLayout.MANUFACTURE_COLUMNS.size())) {
                    return;
                }
                int r = row.index();
                String preparation = row.text(0).strip();
                String substance = row.text(1).strip();
                StockItem p = preparationItems.get(preparation);
                StockItem s = substanceItems.get(substance);
                if (p == null) {
                    out.add(Finding.of(Kind.MANUFACTURE_UNKNOWN_NDS,
                            JareLayout.MANUFACTURE, ref(r, 0), "« " + preparation
                            + " » n'est pas un N° NDS de la feuille " + JareLayout.PREPARATIONS));
                }
                if (s == null) {
                    out.add(Finding.of(Kind.MANUFACTURE_UNKNOWN_NDS, JareLayout.MANUFACTURE, ref(r, 1), "« " + substance
                            + " » n'est pas un N° NDS de la feuille " + JareLayout.SUBSTANCES));
                }
                BigDecimal substanceQuantity = quantity(out, JareLayout.MANUFACTURE, row, 2);
                quantity(out, JareLayout.MANUFACTURE, row, 4);
                unit(out, row, 3, s, JareLayout.SUBSTANCES);
                unit(out, row, 5, p, JareLayout.PREPARATIONS);
                if (s != null && substanceQuantity != null) {
                    quantities.merge(substance, substanceQuantity, BigDecimal::add);
                }
            });
            if (!complete) {
                return;
            }
            findings.addAll(out);
            used.putAll(quantities);
            used.forEach((nds, quantity) -> {
                StockMovements declared = substances.get(nds);
                if (declared != null && declared.usedInManufacture().compareTo(quantity) != 0) {
                    findings.add(Finding.of(Kind.MANUFACTURE_USE_DIFFERS,
                            JareLayout.SUBSTANCES, null, "N° NDS " + nds + " : "
                            + plain(quantity) + " utilisés d'après la feuille " + JareLayout.MANUFACTURE + ", "
                            + plain(declared.usedInManufacture()) + " déclarés en « Quantités utilisées en fabrication »"));
                }
            });
        }

        /** The unit of a line of the manufacture sheet is the unit of that line in its own sheet. */
        private static void unit(Findings out, Row row, int column, StockItem item, String sheetOfItem) {
            String found = row.text(column).strip();
            if (item != null && !item.unit().symbol().equals(found)
                    && Unit.ofSymbol(found).filter(u -> u == item.unit()).isEmpty()) {
                out.add(Finding.of(Kind.MANUFACTURE_UNIT_DIFFERS,
                        JareLayout.MANUFACTURE, ref(row.index(), column), "unité « " + found
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
                findings.add(Finding.of(Kind.AUTHORISATIONS_DIFFER,
                        sheet, null, "N° NDS " + nds + " : " + plain(declared) + " déclarées "
                        + what + ", " + plain(onRecord) + " d'après les autorisations enregistrées pour "
                        + expected.year() + " : expliquez l'écart"));
            }
        }

        /**
         * A quantity cell: empty is 0; a number or digits; never negative. Null, with a finding, otherwise.
         * Digits are read within {@link #MAX_QUANTITY_SCALE} places either side of the decimal point: a
         * "1E-999999999" would otherwise cost gigabytes once added to a stock.
         */
        private static BigDecimal quantity(Findings out, String sheet, Row row, int column) {
            BigDecimal value;
            if (row.isNumber(column)) {
                value = BigDecimal.valueOf(row.number(column)).stripTrailingZeros();
            } else {
                String shown = row.text(column);
                String text = CaseInput.ungrouped(shown).replace(',', '.');
                if (text.isEmpty()) {
                    return BigDecimal.ZERO;
                }
                try {
                    value = new BigDecimal(text);
                    if (Math.abs(value.scale()) > MAX_QUANTITY_SCALE
                            || value.precision() - value.scale() > MAX_QUANTITY_SCALE) {
                        throw new NumberFormatException("out of range");
                    }
                } catch (NumberFormatException e) {
                    out.add(Finding.of(Kind.NOT_A_QUANTITY, sheet, ref(row.index(), column), "« " + shown
                            + " » n'est pas une quantité (un nombre est attendu)"));
                    return null;
                }
            }
            if (value.signum() < 0) {
                out.add(Finding.of(Kind.NEGATIVE_QUANTITY,
                        sheet, ref(row.index(), column), "quantité négative : " + plain(value)));
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

        private static String ref(int row, int column) {
            return new CellReference(row, column).formatAsString(false);
        }

        private static String plain(BigDecimal value) {
            return value.stripTrailingZeros().toPlainString();
        }
    }
}
