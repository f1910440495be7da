package org.impexflow.exportdeclaration;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.function.Function;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import org.impexflow.establishment.Establishment;
import org.impexflow.reference.Countries;
import org.springframework.stereotype.Component;
import org.impexflow.casefile.CaseDates;
import org.impexflow.casefile.PdfLayout;

/**
 * The AEE (accusé d'enregistrement électronique) as a PDF: the proof that a declaration was filed and
 * registered under its number. It says nothing of a decision.
 */
@Component
class AcknowledgementPdf {

    private final Countries countries;

    AcknowledgementPdf(Countries countries) {
        this.countries = countries;
    }

    /** The AEE in the declarant's language. */
    byte[] render(ExportDeclaration d, Establishment establishment, Locale language) {
        Function<String, String> label = PdfLayout.labels(language);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        document.addTitle(label.apply("pdf.aee.title") + " – " + d.getNumber());
        document.addAuthor("ANSM");
        document.addCreator("impexflow");
        document.open();
        document.add(new Paragraph(label.apply("pdf.agency"), PdfLayout.SUBTITLE));
        document.add(new Paragraph(label.apply("pdf.aee.title"), PdfLayout.TITLE));
        Paragraph intro = new Paragraph(label.apply("pdf.aee.intro"), PdfLayout.VALUE);
        intro.setSpacingBefore(10);
        intro.setSpacingAfter(8);
        document.add(intro);
        document.add(PdfLayout.table(
            label.apply("home.column.numero"), d.getNumber(),
            label.apply("home.column.type"), d.getType().label(language),
            label.apply("case.field.filedAt"), CaseDates.dayTime(d.getFiledAt()),
            label.apply("case.field.establishment"), establishment.getName()
                    + (establishment.getSiret() == null ? "" : " (SIRET " + establishment.getSiret() + ")"),
            label.apply("case.field.declarant"), d.getDeclarantEmail(),
            label.apply("case.field.medicine"), d.getMedicineName(),
            label.apply("case.field.strength"), d.getStrength(),
            label.apply("case.field.form"), d.getPharmaceuticalForm(),
            label.apply("case.field.destination"), countries.name(d.getDestinationCountry(), language)));
        Paragraph footer = new Paragraph(label.apply("pdf.aee.footer"), PdfLayout.SMALL);
        footer.setSpacingBefore(16);
        document.add(footer);
        document.close();
        return out.toByteArray();
    }
}
