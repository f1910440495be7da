package org.impexflow.exportdeclaration;

import static org.impexflow.casefile.PdfLayout.LABEL;
import static org.impexflow.casefile.PdfLayout.SECTION;
import static org.impexflow.casefile.PdfLayout.SMALL;
import static org.impexflow.casefile.PdfLayout.STAMP;
import static org.impexflow.casefile.PdfLayout.SUBTITLE;
import static org.impexflow.casefile.PdfLayout.TITLE;
import static org.impexflow.casefile.PdfLayout.VALUE;
import static org.impexflow.casefile.PdfLayout.bilingual;
import static org.impexflow.casefile.PdfLayout.section;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import org.impexflow.attachment.Attachment;
import org.impexflow.attachment.AttachmentKind;
import org.impexflow.establishment.Establishment;
import org.impexflow.reference.Countries;
import org.impexflow.reference.Languages;
import org.impexflow.verification.VerificationCodes;
import org.springframework.stereotype.Component;
import org.impexflow.casefile.CaseDates;
import org.impexflow.casefile.PdfLayout;

/** The copy of a validated ("visée") export declaration: number, dates, decision and the whole content. */
@Component
class ValidatedDeclarationPdf {

    private final Countries countries;
    private final VerificationCodes verificationCodes;

    ValidatedDeclarationPdf(Countries countries, VerificationCodes verificationCodes) {
        this.countries = countries;
        this.verificationCodes = verificationCodes;
    }

    byte[] render(ExportDeclaration d, String verificationCode, Establishment establishment,
            List<Attachment> attachments, List<DeclarationEvent> history) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        Function<String, String> label = PdfLayout.bilingualLabels();
        String yes = label.apply("case.yes");
        String no = label.apply("case.no");
        document.addTitle(Languages.text(Locale.FRENCH, "pdf.validated.docTitle", d.getNumber()));
        document.addAuthor("ANSM");
        document.addCreator("impexflow");
        document.open();

        document.add(new Paragraph(label.apply("pdf.agency"), SUBTITLE));
        document.add(new Paragraph(d.getType().label(), TITLE));
        document.add(new Paragraph(d.getType().label(Locale.ENGLISH), SUBTITLE));
        document.add(new Paragraph(label.apply("home.column.numero") + " : " + d.getNumber(), SECTION));

        String decided = CaseDates.day(d.getDecidedAt());
        Paragraph stamp = new Paragraph(Languages.text(Locale.FRENCH, "pdf.validated.stamp", decided), STAMP);
        stamp.setSpacingBefore(8);
        document.add(stamp);
        Paragraph stampEn = new Paragraph(Languages.text(Locale.ENGLISH, "pdf.validated.stamp", decided), SUBTITLE);
        stampEn.setSpacingAfter(4);
        document.add(stampEn);
        document.add(new Paragraph(label.apply("pdf.validated.legalBasis"), VALUE));
        PdfLayout.verification(document, verificationCodes.qrCodePng(verificationCode, 8),
                VerificationCodes.display(verificationCode), verificationCodes.url(verificationCode), label);

        section(document, label.apply("pdf.validated.case"), new String[] {
            label.apply("home.column.numero"), d.getNumber(),
            label.apply("home.column.type"), bilingual(d.getType().label(), d.getType().label(Locale.ENGLISH)),
            label.apply("case.field.filedAt"), CaseDates.dayTime(d.getFiledAt()),
            label.apply("home.column.decision"), decided,
            label.apply("pdf.validated.decision"), label.apply("pdf.validated.decisionValue"),
            label.apply("case.field.amends"), d.getAmends().stream().map(ExportDeclaration::getNumber).sorted()
                    .reduce((a, b) -> a + ", " + b).orElse(null),
            label.apply("case.field.comment"), d.getDecisionComment()});
        section(document, label.apply("pdf.validated.exporter"), new String[] {
            label.apply("pdf.validated.companyName"), establishment.getName(),
            label.apply("pdf.validated.siret"), establishment.getSiret(),
            label.apply("pdf.validated.address"), establishment.getAddress() + ", " + establishment.getPostalCode()
                    + " " + establishment.getCity() + ", " + countries.frenchName(establishment.getCountryCode()),
            label.apply("case.field.declarant"), d.getDeclarantEmail()});
        section(document, label.apply("pdf.validated.medicine"), new String[] {
            label.apply("case.field.medicine"), d.getMedicineName(),
            label.apply("case.field.substances"), d.getActiveSubstances(),
            label.apply("case.field.strength"), d.getStrength(),
            label.apply("case.field.form"), d.getPharmaceuticalForm(),
            label.apply("case.field.presentation"), d.getPresentation(),
            label.apply("case.field.route"), d.getRouteOfAdministration(),
            label.apply("case.field.indications"), d.getTherapeuticIndications(),
            label.apply("case.field.frenchMa"), d.isHasFrenchMarketingAuthorisation() ? yes : no,
            label.apply("case.field.noMaReason"), d.getNoMarketingAuthorisationReason() == null ? null
                    : d.getNoMarketingAuthorisationReason().label()
                            + (d.getNoMarketingAuthorisationDetails() == null ? ""
                                    : " : " + d.getNoMarketingAuthorisationDetails()),
            label.apply("case.field.animalOrigin"), d.isContainsAnimalOriginSubstances() ? yes : no,
            label.apply("case.field.releaseCountry"), bothNames(d.getReleaseCountry())});
        section(document, label.apply("pdf.validated.export"), new String[] {
            label.apply("case.field.destination"), bothNames(d.getDestinationCountry()) + " ("
                    + d.getDestinationCountry() + ")",
            label.apply("case.field.importer"), d.getImporterName(),
            label.apply("pdf.validated.importerAddress"), d.getImporterAddress()});

        String files = attachments.stream().filter(a -> a.getKind() != AttachmentKind.VALIDATED_COPY)
                .map(a -> bilingual(a.getKind().label(), a.getKind().label(Locale.ENGLISH)) + " : " + a.getFileName())
                .reduce((a, b) -> a + "\n" + b).orElse(null);
        section(document, label.apply("pdf.validated.attachments"),
                new String[] {label.apply("pdf.validated.files"), files});

        section(document, label.apply("pdf.validated.history"), history.stream()
                .flatMap(event -> java.util.stream.Stream.of(CaseDates.dayTime(event.getOccurredAt()),
                        bilingual(event.getKind().label(), event.getKind().label(Locale.ENGLISH))))
                .toArray(String[]::new));

        Paragraph footer = new Paragraph(Languages.text(Locale.FRENCH, "pdf.validated.footer", d.getNumber()) + "\n"
                + Languages.text(Locale.ENGLISH, "pdf.validated.footer", d.getNumber()), SMALL);
        footer.setSpacingBefore(16);
        document.add(footer);
        document.close();
        return out.toByteArray();
    }

    /** A country as "France", "Maroc / Morocco". */
    private String bothNames(String code) {
        return bilingual(countries.name(code, Locale.FRENCH), countries.name(code, Locale.ENGLISH));
    }
}
