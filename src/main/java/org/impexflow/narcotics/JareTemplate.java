package org.impexflow.narcotics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The blank JARE workbook of an operator for a year: its substances and preparations prefilled by
 * ANSM (grey), last year's closing stocks carried into "Stock au 1er janvier", the rest to fill in.
 */
public final class JareTemplate {

    /** Identification rows: label in column A, value in column B. */
    public static final String OPERATOR = "Opérateur";
    public static final String SIRET = "N° SIRET";
    public static final String YEAR = "Année déclarée";
    public static final String GENERATED = "Généré le";
    /** The labels of the identification rows, from row 1 (A1), their values in column B. */
    public static final List<String> IDENTIFICATION_ROWS = List.of(OPERATOR, SIRET, YEAR, GENERATED);
    public static final int YEAR_ROW = 2;

    private JareTemplate() {
    }

    public static byte[] generate(String operatorName, String siret, int year, List<StockItem> substances,
            List<StockItem> preparations) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet identification = workbook.createSheet(JareLayout.IDENTIFICATION);
            label(identification, 0, OPERATOR, operatorName, styles);
            label(identification, 1, SIRET, siret, styles);
            Row yearRow = identification.createRow(YEAR_ROW);
            text(yearRow, 0, YEAR, styles.header);
            Cell yearCell = yearRow.createCell(1);
            yearCell.setCellValue(year);
            yearCell.setCellStyle(styles.prefilled);
            label(identification, 3, GENERATED, LocalDate.now().toString(), styles);
            identification.createRow(5).createCell(0).setCellValue("Déclaration annuelle des stocks de stupéfiants "
                    + "et psychotropes " + year + ". Les cellules grises sont remplies par l'ANSM : ne les modifiez "
                    + "pas et n'ajoutez pas de ligne. Quantités positives, dans l'unité de la ligne ; une cellule "
                    + "vide vaut 0. Chaque ligne doit s'équilibrer : stock au 1er janvier + entrées − sorties = stock "
                    + "au 31 décembre.");
            identification.setColumnWidth(0, 20 * 256);
            identification.setColumnWidth(1, 60 * 256);

            stockSheet(workbook, JareLayout.SUBSTANCES, "Substances – année " + year, substances, true, styles);
            stockSheet(workbook, JareLayout.PREPARATIONS, "Préparations – année " + year, preparations, false, styles);
            Sheet manufacture = workbook.createSheet(JareLayout.MANUFACTURE);
            manufacture.createRow(0).createCell(0).setCellValue("Préparations fabriquées à partir de substances – "
                    + "une ligne par préparation et substance utilisée – année " + year);
            headers(manufacture, JareLayout.MANUFACTURE_COLUMNS, styles);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stockSheet(XSSFWorkbook workbook, String name, String title, List<StockItem> items,
            boolean withCas, Styles styles) {
        Sheet sheet = workbook.createSheet(name);
        sheet.createRow(0).createCell(0).setCellValue(title);
        List<String> columns = JareLayout.columns(name);
        headers(sheet, columns, styles);
        int rowIndex = JareLayout.FIRST_DATA_ROW;
        for (StockItem item : items) {
            Row row = sheet.createRow(rowIndex++);
            int c = 0;
            text(row, c++, item.name(), styles.prefilled);
            text(row, c++, item.ndsNumber(), styles.prefilled);
            text(row, c++, item.gtin() == null ? "" : item.gtin(), styles.prefilled);
            if (withCas) {
                text(row, c++, item.cas() == null ? "" : item.cas(), styles.prefilled);
            }
            text(row, c++, item.unit().symbol(), styles.prefilled);
            Cell opening = row.createCell(c);
            opening.setCellStyle(styles.quantity);
            if (item.openingStock() != null) {
                opening.setCellValue(item.openingStock().doubleValue());
            }
            for (int q = c + 1; q < columns.size(); q++) {
                row.createCell(q).setCellStyle(styles.quantity);
            }
        }
        sheet.createFreezePane(JareLayout.prefilled(name), JareLayout.FIRST_DATA_ROW);
    }

    private static void headers(Sheet sheet, List<String> columns, Styles styles) {
        Row header = sheet.createRow(JareLayout.HEADER_ROW);
        for (int c = 0; c < columns.size(); c++) {
            text(header, c, columns.get(c), styles.header);
            sheet.setColumnWidth(c, (c == 0 ? 40 : 18) * 256);
        }
    }

    private static void label(Sheet sheet, int row, String label, String value, Styles styles) {
        Row r = sheet.createRow(row);
        text(r, 0, label, styles.header);
        text(r, 1, value == null ? "" : value, styles.prefilled);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle prefilled;
        final CellStyle quantity;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setBorderBottom(BorderStyle.THIN);
            prefilled = workbook.createCellStyle();
            prefilled.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            prefilled.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            quantity = workbook.createCellStyle();
            quantity.setDataFormat(workbook.createDataFormat().getFormat("#,##0.######"));
        }
    }
}
