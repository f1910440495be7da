package org.impexflow.importauthorisation;

import static org.impexflow.casefile.PdfLayout.SECTION;
import static org.impexflow.casefile.PdfLayout.SMALL;
import static org.impexflow.casefile.PdfLayout.STAMP;
import static org.impexflow.casefile.PdfLayout.SUBTITLE;
import static org.impexflow.casefile.PdfLayout.TITLE;
import static org.impexflow.casefile.PdfLayout.VALUE;
import static org.impexflow.casefile.PdfLayout.bilingual;
import static org.impexflow.casefile.PdfLayout.section;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.function.Function;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import org.impexflow.casefile.CaseDates;
import org.impexflow.casefile.PdfLayout;
import org.impexflow.establishment.Establishment;
import org.impexflow.reference.Countries;
import org.impexflow.reference.Languages;
import org.impexflow.verification.VerificationCodes;
import org.springframework.stereotype.Component;

/**
 * The import authorisation granted by ANSM: number, decision, validity, what may be imported, by whom
 * and from where, with the verification code of the public page. French and English, as the validated
 * export declaration: customs and suppliers abroad read it too.
 */
@Component
class ImportAuthorisationPdf {

    private final Countries countries;
    private final VerificationCodes verificationCodes;

    ImportAuthorisationPdf(Countries countries, VerificationCodes verificationCodes) {
        this.countries = countries;
        this.verificationCodes = verificationCodes;
    }

    byte[] render(ImportAuthorisation a, String verificationCode, Establishment establishment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        Function<String, String> label = PdfLayout.bilingualLabels();
        document.addTitle(Languages.text(Locale.FRENCH, "ai.pdf.docTitle", a.getNumber()));
        document.addAuthor("ANSM");
        document.addCreator("impexflow");
        document.open();

        document.add(new Paragraph(label.apply("pdf.agency"), SUBTITLE));
        document.add(new Paragraph(Languages.text(Locale.FRENCH, "ai.type"), TITLE));
        document.add(new Paragraph(Languages.text(Locale.ENGLISH, "ai.type"), SUBTITLE));
        document.add(new Paragraph(label.apply("home.column.numero") + " : " + a.getNumber(), SECTION));

        String decided = CaseDates.day(a.getDecidedAt());
        String validUntil = CaseDates.day(a.getValidUntil());
        Paragraph stamp = new Paragraph(Languages.text(Locale.FRENCH, "ai.pdf.stamp", decided), STAMP);
        stamp.setSpacingBefore(8);
        document.add(stamp);
        document.add(new Paragraph(Languages.text(Locale.ENGLISH, "ai.pdf.stamp", decided), SUBTITLE));
        Paragraph validity = new Paragraph(Languages.text(Locale.FRENCH, "ai.pdf.validity", validUntil) + " / "
                + Languages.text(Locale.ENGLISH, "ai.pdf.validity", validUntil), SECTION);
        validity.setSpacingAfter(4);
        document.add(validity);
        document.add(new Paragraph(label.apply("ai.pdf.legalBasis"), VALUE));
        PdfLayout.verification(document, verificationCodes.qrCodePng(verificationCode, 8),
                VerificationCodes.display(verificationCode), verificationCodes.url(verificationCode), label);

        section(document, label.apply("ai.pdf.case"), new String[] {
            label.apply("home.column.numero"), a.getNumber(),
            label.apply("case.field.filedAt"), CaseDates.dayTime(a.getFiledAt()),
            label.apply("home.column.decision"), decided,
            label.apply("pdf.validated.decision"), label.apply("ai.pdf.decisionValue"),
            label.apply("ai.field.validUntil"), validUntil,
            label.apply("case.field.comment"), a.getDecisionComment()});
        section(document, label.apply("ai.pdf.importer"), new String[] {
            label.apply("pdf.validated.companyName"), establishment.getName(),
            label.apply("pdf.validated.siret"), establishment.getSiret(),
            label.apply("pdf.validated.address"), establishment.getAddress() + ", " + establishment.getPostalCode()
                    + " " + establishment.getCity() + ", " + countries.frenchName(establishment.getCountryCode()),
            label.apply("case.field.declarant"), a.getDeclarantEmail()});
        section(document, label.apply("ai.pdf.medicine"), new String[] {
            label.apply("case.field.medicine"), a.getMedicineName(),
            label.apply("case.field.substances"), a.getActiveSubstances(),
            label.apply("case.field.form"), a.getPharmaceuticalForm(),
            label.apply("case.field.strength"), a.getStrength(),
            label.apply("case.field.route"), a.getRouteOfAdministration(),
            label.apply("ai.field.manufacturer"), a.getManufacturer(),
            label.apply("ai.field.releaseSite"), a.getReleaseSite()});
        section(document, label.apply("ai.pdf.import"), new String[] {
            label.apply("ai.field.provenance"), bothNames(a.getProvenanceCountry()) + " (" + a.getProvenanceCountry() + ")",
            label.apply("ai.field.origin"), bothNames(a.getOriginCountry()) + " (" + a.getOriginCountry() + ")",
            label.apply("ai.field.quantity"), a.getQuantity() + " " + a.getQuantityUnit(),
            label.apply("ai.field.quantityMode"), bilingual(a.getQuantityMode().label(),
                    a.getQuantityMode().label(Locale.ENGLISH)),
            label.apply("ai.field.operations"), String.valueOf(a.getPlannedOperations()),
            label.apply("ai.field.purpose"), bilingual(AuthorisationSummary.purpose(a, Locale.FRENCH),
                    AuthorisationSummary.purpose(a, Locale.ENGLISH))});

        Paragraph footer = new Paragraph(Languages.text(Locale.FRENCH, "ai.pdf.footer", a.getNumber()) + "\n"
                + Languages.text(Locale.ENGLISH, "ai.pdf.footer", a.getNumber()), SMALL);
        footer.setSpacingBefore(16);
        document.add(footer);
        document.close();
        return out.toByteArray();
    }

    /** A country as "Inde / India". */
    private String bothNames(String code) {
        return bilingual(countries.name(code, Locale.FRENCH), countries.name(code, Locale.ENGLISH));
    }
}
