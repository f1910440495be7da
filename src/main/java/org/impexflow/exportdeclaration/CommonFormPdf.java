package org.impexflow.exportdeclaration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import org.impexflow.attachment.Attachment;
import org.impexflow.attachment.AttachmentKind;
import org.impexflow.casefile.CaseDates;
import org.impexflow.casefile.CaseDocument;
import org.impexflow.casefile.PdfLayout;
import org.impexflow.establishment.Establishment;
import org.impexflow.help.SupportContacts;
import org.impexflow.reference.Countries;
import org.springframework.stereotype.Component;

/**
 * The common DEI/DEC form (in English: IES/AES), the one ANSM's page offers for declaring by e-mail: the
 * fields of the declaration as the application asks them, blank to print, or prefilled from a case; and
 * its filling help. Sent back by e-mail, support enters it through the mail intake.
 */
@Component
record CommonFormPdf(Countries countries, SupportContacts contacts) {

    /** The form with nothing filled in. */
    byte[] blank(Locale language) {
        return render(null, null, List.of(), List.of(), language);
    }

    /** The form prefilled with a case's content, in a language. */
    byte[] prefilled(ExportDeclaration d, List<String> amendedNumbers, Establishment establishment,
            List<Attachment> attachments, Locale language) {
        return render(d, establishment, amendedNumbers, attachments, language);
    }

    private byte[] render(ExportDeclaration d, Establishment e, List<String> amendedNumbers, List<Attachment> attachments,
            Locale language) {
        Function<String, String> label = PdfLayout.labels(language);
        boolean filled = d != null;
        String yes = label.apply("case.yes");
        String no = label.apply("case.no");
        CaseDocument document = CaseDocument.start(label.apply("commonForm.title"), label.apply("pdf.agency"))
                .title(label.apply("commonForm.title"), label.apply("commonForm.subtitle"))
                .spaced(filled ? org.impexflow.reference.Languages.text(language, "commonForm.prefilledFrom", d.getNumber())
                        : label.apply("commonForm.intro"), PdfLayout.VALUE, 6, 4);

        section(document, label.apply("commonForm.section.type"),
                label.apply("draft.field.type"), filled ? d.getType().label(language) : "[  ] DEI      [  ] DEC",
                label.apply("draft.field.amends"), String.join(", ", amendedNumbers));
        section(document, label.apply("commonForm.section.establishment"),
                label.apply("pdf.validated.siret"), filled ? e.getSiret() : null,
                label.apply("pdf.validated.companyName"), filled ? e.getName() : null,
                label.apply("pdf.validated.address"), filled ? e.getAddress() : null,
                label.apply("commonForm.field.postalCodeCity"), filled ? e.getPostalCode() + " " + e.getCity() : null,
                label.apply("commonForm.field.declarantEmail"), filled ? d.getDeclarantEmail() : null);
        section(document, label.apply("commonForm.section.medicine"),
                label.apply("case.field.medicine"), filled ? d.getMedicineName() : null,
                label.apply("case.field.substances"), filled ? d.getActiveSubstances() : null,
                label.apply("case.field.strength"), filled ? d.getStrength() : null,
                label.apply("case.field.form"), filled ? d.getPharmaceuticalForm() : null,
                label.apply("case.field.presentation"), filled ? d.getPresentation() : null,
                label.apply("case.field.route"), filled ? d.getRouteOfAdministration() : null,
                label.apply("case.field.indications"), filled ? d.getTherapeuticIndications() : null,
                label.apply("case.field.frenchMa"), filled ? (d.isHasFrenchMarketingAuthorisation() ? yes : no)
                        : "[  ] " + yes + "      [  ] " + no,
                label.apply("case.field.noMaReason"), filled && d.getNoMarketingAuthorisationReason() != null
                        ? d.getNoMarketingAuthorisationReason().label(language)
                                + (d.getNoMarketingAuthorisationDetails() == null ? ""
                                        : " : " + d.getNoMarketingAuthorisationDetails()) : null,
                label.apply("case.field.animalOrigin"), filled ? (d.isContainsAnimalOriginSubstances() ? yes : no)
                        : "[  ] " + yes + "      [  ] " + no,
                label.apply("case.field.releaseCountry"), filled ? country(d.getReleaseCountry(), language) : null);
        section(document, label.apply("commonForm.section.export"),
                label.apply("case.field.destination"), filled ? country(d.getDestinationCountry(), language) : null,
                label.apply("draft.field.importerName"), filled ? d.getImporterName() : null,
                label.apply("draft.field.importerAddress"), filled ? d.getImporterAddress() : null,
                label.apply("case.field.firstExportDate"), filled && d.getFirstExportDate() != null
                        ? CaseDates.day(d.getFirstExportDate()) : null,
                label.apply("case.field.firstExportExplanation"), filled ? d.getFirstExportExplanation() : null);
        section(document, label.apply("commonForm.section.gmp"),
                label.apply("draft.field.manufacturerName"), filled ? d.getManufacturerName() : null,
                label.apply("draft.field.manufacturerAddress"), filled ? d.getManufacturerAddress() : null,
                label.apply("case.field.manufacturerCountry"), filled ? country(d.getManufacturerCountry(), language) : null,
                label.apply("case.field.releaseSite"), filled ? d.getReleaseSiteName() : null,
                label.apply("pdf.validated.address"), filled ? d.getReleaseSiteAddress() : null,
                label.apply("case.field.gmpReference"), filled ? d.getGmpReference() : null);
        section(document, label.apply("commonForm.section.attachments"),
                label.apply("draft.field.esb"), files(attachments, AttachmentKind.ESB_CERTIFICATE),
                label.apply("draft.field.copies"), files(attachments, AttachmentKind.EARLIER_DECLARATION_COPY),
                label.apply("case.field.gmpCertificate"), files(attachments, AttachmentKind.GMP_CERTIFICATE),
                label.apply("draft.field.other"), files(attachments, AttachmentKind.OTHER_DOCUMENT));
        return document.footer(org.impexflow.reference.Languages.text(language, "commonForm.send",
                contacts.exportMailbox()));
    }

    /** The filling help: what each part of the form asks and how to fill it in. */
    byte[] help(Locale language) {
        Function<String, String> label = PdfLayout.labels(language);
        CaseDocument document = CaseDocument.start(label.apply("commonForm.help.title"), label.apply("pdf.agency"))
                .title(label.apply("commonForm.help.title"), label.apply("commonForm.title"))
                .spaced(org.impexflow.reference.Languages.text(language, "commonForm.help.intro",
                        contacts.exportMailbox()), PdfLayout.VALUE, 6, 4);
        List<String> rows = new ArrayList<>();
        for (String[] entry : new String[][] {
            {"draft.field.type", "commonForm.help.type"},
            {"pdf.validated.siret", "commonForm.help.siret"},
            {"commonForm.field.declarantEmail", "commonForm.help.declarant"},
            {"case.field.medicine", "commonForm.help.medicine"},
            {"case.field.substances", "commonForm.help.substances"},
            {"case.field.frenchMa", "commonForm.help.frenchMa"},
            {"case.field.releaseCountry", "commonForm.help.release"},
            {"case.field.destination", "commonForm.help.destination"},
            {"case.field.firstExportDate", "commonForm.help.firstExport"},
            {"pdf.validated.gmp", "commonForm.help.gmp"},
            {"draft.field.esb", "commonForm.help.esb"},
            {"draft.field.copies", "commonForm.help.copies"}}) {
            rows.add(label.apply(entry[0]));
            rows.add(label.apply(entry[1]));
        }
        document.table(rows.toArray(String[]::new));
        return document.footer(org.impexflow.reference.Languages.text(language, "commonForm.send",
                contacts.exportMailbox()));
    }

    private String country(String code, Locale language) {
        return code == null ? null : countries.name(code, language) + " (" + code + ")";
    }

    private static String files(List<Attachment> attachments, AttachmentKind kind) {
        List<String> names = attachments.stream().filter(a -> a.getKind() == kind).map(Attachment::getFileName).toList();
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** A titled table whose empty values are boxes to write in. */
    private static void section(CaseDocument document, String title, String... labelsAndValues) {
        Paragraph heading = new Paragraph(title, PdfLayout.SECTION);
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(4);
        document.add(heading);
        PdfPTable table = new PdfPTable(new float[] {1.3f, 3f});
        table.setWidthPercentage(100);
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            PdfLayout.cell(table, labelsAndValues[i], PdfLayout.LABEL);
            String value = labelsAndValues[i + 1];
            PdfPCell written = new PdfPCell(new Phrase(value == null ? "" : value, PdfLayout.VALUE));
            written.setPadding(4);
            written.setMinimumHeight(18);
            written.setBorderColor(java.awt.Color.LIGHT_GRAY);
            table.addCell(written);
        }
        document.add(table);
    }
}
