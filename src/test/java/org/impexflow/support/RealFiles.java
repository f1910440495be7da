package org.impexflow.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Real files, made by the libraries that read them (PDFBox, ImageIO, POI), and what the service must
 * refuse: a Windows program, an HTML page, a ZIP that is no workbook.
 */
public final class RealFiles {

    private RealFiles() {
    }

    public static byte[] pdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                text.showText("Certificat ESB");
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpeg");
    }

    /** An Excel workbook of one sheet, as POI writes it. */
    public static byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Lots").createRow(0).createCell(0).setCellValue("Lot 42");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ZIP archive of a CSV file: no workbook, whatever its name. */
    public static byte[] plainZip() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("lots.csv"));
            zip.write("lot;quantite\n42;10\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The headers of a Windows program: the DOS header ("MZ", the offset of the PE header at 0x3C), the
     * PE signature and a COFF header for x86, then code bytes.
     */
    public static byte[] exe() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3C] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        exe[0x84] = 0x4C;
        exe[0x85] = 0x01;
        exe[0x86] = 0x01;
        for (int i = 0x100; i < exe.length; i++) {
            exe[i] = (byte) 0x90;
        }
        return exe;
    }

    public static byte[] html() {
        return ("<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Certificat</title></head>\n"
                + "<body><script>alert(1)</script><p>Certificat ESB</p></body></html>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A mail as a mail program saves it (.eml). */
    public static byte[] eml() {
        return ("Return-Path: <declarant@labo.test>\r\nFrom: Declarant <declarant@labo.test>\r\n"
                + "To: support@ansm.test\r\nSubject: =?UTF-8?Q?D=C3=A9claration?=\r\n"
                + "Date: Tue, 25 Nov 2025 10:00:00 +0100\r\nMessage-ID: <1@labo.test>\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\nBonjour, voici notre déclaration.\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 40, 20);
        graphics.setColor(Color.BLUE);
        graphics.drawString("Rx", 5, 15);
        graphics.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
