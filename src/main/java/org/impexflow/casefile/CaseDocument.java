package org.impexflow.casefile;

import java.io.ByteArrayOutputStream;
import java.util.function.Function;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

/**
 * One document of a case as a PDF, laid out the same for every procedure ({@link PdfLayout}): the agency,
 * the title, the number, a stamp, the verification box, sections of label and value, a footer. A
 * procedure gives the texts and the lines, in the order it wants them:
 *
 * <pre>
 * CaseDocument.start("Attestation AT-…", agency).title(french, english).line(number, PdfLayout.SECTION)
 *         .stamp(french, english).verification(qr, code, url, label).section(title, labelsAndValues)
 *         .footer(text).bytes();
 * </pre>
 */
public final class CaseDocument {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, 50, 50, 50, 50);

    private CaseDocument(String documentTitle, String agency) {
        PdfWriter.getInstance(document, out);
        document.addTitle(documentTitle);
        document.addAuthor("ANSM");
        document.addCreator("impexflow");
        document.open();
        document.add(new Paragraph(agency, PdfLayout.SUBTITLE));
    }

    /** A new document with its title (the PDF's properties) and the agency's name on top. */
    public static CaseDocument start(String documentTitle, String agency) {
        return new CaseDocument(documentTitle, agency);
    }

    /** The title, and its translation below it when there is one. */
    public CaseDocument title(String title, String translation) {
        document.add(new Paragraph(title, PdfLayout.TITLE));
        return translation == null ? this : line(translation, PdfLayout.SUBTITLE);
    }

    public CaseDocument line(String text, Font font) {
        document.add(new Paragraph(text, font));
        return this;
    }

    /** A line with some space before and after it. */
    public CaseDocument spaced(String text, Font font, float before, float after) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        document.add(paragraph);
        return this;
    }

    /** The decision's stamp, and its translation below it when there is one. */
    public CaseDocument stamp(String stamp, String translation) {
        spaced(stamp, PdfLayout.STAMP, 8, 0);
        return translation == null ? this : line(translation, PdfLayout.SUBTITLE);
    }

    /** The QR code of the public verification page, with the code and the page's address. */
    public CaseDocument verification(byte[] qrCodePng, String displayCode, String url,
            Function<String, String> label) {
        PdfLayout.verification(document, qrCodePng, displayCode, url, label);
        return this;
    }

    /** A titled table of label, value pairs (a missing value shows as a dash). */
    public CaseDocument section(String title, String... labelsAndValues) {
        PdfLayout.section(document, title, labelsAndValues);
        return this;
    }

    /** The section that names who holds the case: the establishment (name, SIRET, address) and the declarant. */
    public CaseDocument holder(String title, org.impexflow.establishment.Establishment establishment, String country,
            String declarant, java.util.function.Function<String, String> label) {
        return section(title, label.apply("pdf.validated.companyName"), establishment.getName(),
                label.apply("pdf.validated.siret"), establishment.getSiret(),
                label.apply("pdf.validated.address"), establishment.getAddress() + ", " + establishment.getPostalCode()
                        + " " + establishment.getCity() + ", " + country,
                label.apply("case.field.declarant"), declarant);
    }

    /** A table of label, value pairs without a title. */
    public CaseDocument table(String... labelsAndValues) {
        document.add(PdfLayout.table(labelsAndValues));
        return this;
    }

    public CaseDocument add(Element element) {
        document.add(element);
        return this;
    }

    /** The small print at the bottom, then the document's bytes. */
    public byte[] footer(String text) {
        spaced(text, PdfLayout.SMALL, 16, 0);
        document.close();
        return out.toByteArray();
    }
}
