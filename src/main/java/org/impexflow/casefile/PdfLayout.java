package org.impexflow.casefile;

import java.awt.Color;
import java.util.Locale;
import java.util.function.Function;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import org.impexflow.reference.Languages;

/** The look shared by the documents of a case (acknowledgements, validated declarations, authorisations): fonts, sections, tables. */
public final class PdfLayout {

    public static final Color ANSM_BLUE = new Color(0x1f, 0x3a, 0x68);
    public static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD, ANSM_BLUE);
    public static final Font SUBTITLE = new Font(Font.HELVETICA, 10, Font.ITALIC, Color.DARK_GRAY);
    public static final Font SECTION = new Font(Font.HELVETICA, 11, Font.BOLD, ANSM_BLUE);
    public static final Font LABEL = new Font(Font.HELVETICA, 9, Font.BOLD);
    public static final Font VALUE = new Font(Font.HELVETICA, 9);
    public static final Font STAMP = new Font(Font.HELVETICA, 12, Font.BOLD, new Color(0x0b, 0x6e, 0x2f));
    public static final Font SMALL = new Font(Font.HELVETICA, 7, Font.NORMAL, Color.GRAY);

    private PdfLayout() {
    }

    /** Labels in one language. */
    public static Function<String, String> labels(Locale language) {
        return key -> Languages.text(language, key);
    }

    /** Labels in French, then English ("Dosage / Strength"): documents that go abroad. */
    public static Function<String, String> bilingualLabels() {
        return key -> bilingual(Languages.text(Locale.FRENCH, key), Languages.text(Locale.ENGLISH, key));
    }

    /** "Dosage / Strength"; a text that is the same in both languages once. */
    public static String bilingual(String french, String english) {
        return french.equals(english) ? french : french + " / " + english;
    }

    public static void section(Document document, String title, String[] labelsAndValues) {
        Paragraph heading = new Paragraph(title, SECTION);
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(4);
        document.add(heading);
        document.add(table(labelsAndValues));
    }

    /** A table of label, value pairs; a missing value shows as a dash. */
    public static PdfPTable table(String... labelsAndValues) {
        PdfPTable table = new PdfPTable(new float[] {1.3f, 3f});
        table.setWidthPercentage(100);
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            cell(table, labelsAndValues[i], LABEL);
            cell(table, labelsAndValues[i + 1] == null || labelsAndValues[i + 1].isBlank() ? "—"
                    : labelsAndValues[i + 1], VALUE);
        }
        return table;
    }

    public static void cell(PdfPTable table, String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(new Chunk(text, font)));
        cell.setPadding(4);
        cell.setBorderColor(Color.LIGHT_GRAY);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        table.addCell(cell);
    }

    /** The QR code of the public verification page, with the code and the page's address beside it. */
    public static void verification(Document document, byte[] qrCodePng, String displayCode, String url,
            Function<String, String> label) {
        PdfPTable box = new PdfPTable(new float[] {1f, 4f});
        box.setWidthPercentage(100);
        box.setSpacingBefore(6);
        Image qr;
        try {
            qr = Image.getInstance(qrCodePng);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        qr.scaleToFit(90, 90);
        qr.setInterpolation(false);
        PdfPCell image = new PdfPCell(qr, false);
        image.setBorderColor(Color.LIGHT_GRAY);
        image.setPadding(4);
        box.addCell(image);
        Paragraph text = new Paragraph();
        text.add(new Chunk(label.apply("pdf.verification.code") + " : ", LABEL));
        text.add(new Chunk(displayCode + "\n", STAMP));
        text.add(new Chunk(label.apply("pdf.verification.where") + " :\n", VALUE));
        text.add(new Chunk(url, VALUE));
        PdfPCell words = new PdfPCell(text);
        words.setBorderColor(Color.LIGHT_GRAY);
        words.setPadding(6);
        box.addCell(words);
        document.add(box);
    }
}
