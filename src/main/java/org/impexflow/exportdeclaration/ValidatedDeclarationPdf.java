package org.impexflow.exportdeclaration;

import static org.impexflow.casefile.PdfLayout.SECTION;
import static org.impexflow.casefile.PdfLayout.VALUE;
import static org.impexflow.casefile.PdfLayout.bilingual;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;


import org.impexflow.attachment.Attachment;
import org.impexflow.attachment.AttachmentKind;
import org.impexflow.establishment.Establishment;
import org.impexflow.reference.Countries;
import org.impexflow.reference.Languages;
import org.impexflow.verification.VerificationCodes;
import org.springframework.stereotype.Component;
import org.impexflow.casefile.CaseDates;
import org.impexflow.casefile.CaseDocument;
import org.impexflow.casefile.PdfLayout;

/** The copy of a validated ("visée") export declaration: number, dates, decision and the whole content. */
@Component
record ValidatedDeclarationPdf(Countries countries, VerificationCodes verificationCodes) {

    byte[] render(ExportDeclaration d, String verificationCode, Establishment establishment,
            List<Attachment> attachments, List<DeclarationEvent> history) {
        Function<String, String> label = PdfLayout.bilingualLabels();
        String yes = label.apply("case.yes");
        String no = label.apply("case.no");
        String decided = CaseDates.day(d.getDecidedAt());
        CaseDocument document = CaseDocument.start(Languages.text(Locale.FRENCH, "pdf.validated.docTitle",
                d.getNumber()), label.apply("pdf.agency"))
                .title(d.getType().label(), d.getType().label(Locale.ENGLISH))
                .line(label.apply("home.column.numero") + " : " + d.getNumber(), SECTION)
                .stamp(Languages.text(Locale.FRENCH, "pdf.validated.stamp", decided),
                        Languages.text(Locale.ENGLISH, "pdf.validated.stamp", decided))
                .line(label.apply("pdf.validated.legalBasis"), VALUE)
                .verification(verificationCodes.qrCodePng(verificationCode, 8),
                        VerificationCodes.display(verificationCode), verificationCodes.url(verificationCode), label);

        document.section(label.apply("pdf.validated.case"), new String[] {
            label.apply("home.column.numero"), d.getNumber(),
            label.apply("home.column.type"), bilingual(d.getType().label(), d.getType().label(Locale.ENGLISH)),
            label.apply("case.field.filedAt"), CaseDates.dayTime(d.getFiledAt()),
            label.apply("home.column.decision"), decided,
            label.apply("pdf.validated.decision"), label.apply("pdf.validated.decisionValue"),
            label.apply("case.field.amends"), d.getAmends().stream().map(ExportDeclaration::getNumber).sorted()
                    .reduce((a, b) -> a + ", " + b).orElse(null),
            label.apply("case.field.comment"), d.getDecisionComment()});
        document.holder(label.apply("pdf.validated.exporter"), establishment, countries.frenchName(establishment.getCountryCode()),
                d.getDeclarantEmail(), label);
        document.section(label.apply("pdf.validated.medicine"), new String[] {
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
        document.section(label.apply("pdf.validated.export"), new String[] {
            label.apply("case.field.destination"), bothNames(d.getDestinationCountry()) + " ("
                    + d.getDestinationCountry() + ")",
            label.apply("case.field.importer"), d.getImporterName(),
            label.apply("pdf.validated.importerAddress"), d.getImporterAddress(),
            label.apply("case.field.firstExportDate"), d.getFirstExportDate() == null ? null
                    : CaseDates.day(d.getFirstExportDate())});
        if (d.getManufacturerName() != null) {
            // manufacture under EU GMP, what the importing authority is told of quality (ANSM's page)
            document.section(label.apply("pdf.validated.gmp"), new String[] {
                label.apply("case.field.manufacturer"), d.getManufacturerName(),
                label.apply("pdf.validated.address"), d.getManufacturerAddress(),
                label.apply("case.field.manufacturerCountry"), bothNames(d.getManufacturerCountry()),
                label.apply("case.field.releaseSite"), d.getReleaseSiteName(),
                label.apply("pdf.validated.address"), d.getReleaseSiteAddress(),
                label.apply("case.field.releaseCountry"), bothNames(d.getReleaseCountry()),
                label.apply("case.field.gmpReference"), d.getGmpReference(),
                label.apply("case.field.gmpCertificate"), attachments.stream()
                        .filter(a -> a.getKind() == AttachmentKind.GMP_CERTIFICATE).map(Attachment::getFileName)
                        .reduce((a, b) -> a + ", " + b).orElse(null)});
        }

        String files = attachments.stream().filter(a -> a.getKind() != AttachmentKind.VALIDATED_COPY)
                .map(a -> bilingual(a.getKind().label(), a.getKind().label(Locale.ENGLISH)) + " : " + a.getFileName())
                .reduce((a, b) -> a + "\n" + b).orElse(null);
        document.section(label.apply("pdf.validated.attachments"),
                new String[] {label.apply("pdf.validated.files"), files});

        document.section(label.apply("pdf.validated.history"), history.stream()
                .flatMap(event -> java.util.stream.Stream.of(CaseDates.dayTime(event.getOccurredAt()),
                        bilingual(event.getKind().label(), event.getKind().label(Locale.ENGLISH))))
                .toArray(String[]::new));

        return document.footer(Languages.text(Locale.FRENCH, "pdf.validated.footer", d.getNumber()) + "\n"
                + Languages.text(Locale.ENGLISH, "pdf.validated.footer", d.getNumber()));
    }

    /** A country as "France", "Maroc / Morocco". */
    private String bothNames(String code) {
        return bilingual(countries.name(code, Locale.FRENCH), countries.name(code, Locale.ENGLISH));
    }
}
