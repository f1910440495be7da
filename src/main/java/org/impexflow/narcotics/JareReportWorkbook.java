package org.impexflow.narcotics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The validation report to download: one line per finding, with its sheet and cell, in French. */
public final class JareReportWorkbook {

    public static final List<String> COLUMNS = List.of("Gravité", "Feuille", "Cellule", "Constat");

    private JareReportWorkbook() {
    }

    public static byte[] write(JareReport report, String title) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Rapport");
            sheet.createRow(0).createCell(0).setCellValue(title);
            Row header = sheet.createRow(1);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c));
            }
            int r = 2;
            for (Finding finding : report.findings()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(finding.severity().label());
                row.createCell(1).setCellValue(finding.sheet());
                row.createCell(2).setCellValue(finding.cell() == null ? "" : finding.cell());
                row.createCell(3).setCellValue(finding.message());
            }
            if (report.findings().isEmpty()) {
                sheet.createRow(r).createCell(3).setCellValue("Aucune anomalie : le classeur peut être soumis.");
            }
            sheet.setColumnWidth(0, 16 * 256);
            sheet.setColumnWidth(1, 16 * 256);
            sheet.setColumnWidth(3, 100 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
