package org.impexflow.exportdeclaration;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.impexflow.attachment.Attachment;
import org.impexflow.attachment.AttachmentKind;
import org.impexflow.establishment.Establishment;
import org.impexflow.reference.Countries;
import org.impexflow.verification.VerificationCodes;
import org.springframework.stereotype.Component;

/** The copy of a validated ("visée") export declaration: number, dates, decision and the whole content. */
@Component
class ValidatedDeclarationPdf {

    private static final Color ANSM_BLUE = new Color(0x1f, 0x3a, 0x68);
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD, ANSM_BLUE);
    private static final Font SUBTITLE = new Font(Font.HELVETICA, 10, Font.ITALIC, Color.DARK_GRAY);
    private static final Font SECTION = new Font(Font.HELVETICA, 11, Font.BOLD, ANSM_BLUE);
    private static final Font LABEL = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font VALUE = new Font(Font.HELVETICA, 9);
    private static final Font STAMP = new Font(Font.HELVETICA, 12, Font.BOLD, new Color(0x0b, 0x6e, 0x2f));
    private static final Font SMALL = new Font(Font.HELVETICA, 7, Font.NORMAL, Color.GRAY);

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
        document.addTitle("Déclaration d'exportation visée N° " + d.getNumber());
        document.addAuthor("ANSM");
        document.addCreator("impexflow");
        document.open();

        document.add(new Paragraph("Agence nationale de sécurité du médicament et des produits de santé", SUBTITLE));
        document.add(new Paragraph(d.getType().label(), TITLE));
        document.add(new Paragraph("Initial export statement (IES) / Additional export statement (AES)", SUBTITLE));
        document.add(new Paragraph("N° de fiche : " + d.getNumber(), SECTION));

        Paragraph stamp = new Paragraph("DÉCLARATION VISÉE PAR L'ANSM LE " + Dates.day(d.getDecidedAt()), STAMP);
        stamp.setSpacingBefore(8);
        stamp.setSpacingAfter(4);
        document.add(stamp);
        document.add(new Paragraph("Articles L.5124-11 et R.5121-135 du code de la santé publique", VALUE));
        verification(document, verificationCode);

        section(document, "Dossier", rows(
                "N° de fiche", d.getNumber(),
                "Type", d.getType().label(),
                "Date de dépôt à l'ANSM", Dates.dayTime(d.getFiledAt()),
                "Date de décision ANSM", Dates.day(d.getDecidedAt()),
                "Décision", "Validée (déclaration visée)",
                "Déclarations modifiées", d.getAmends().stream().map(ExportDeclaration::getNumber).sorted()
                        .reduce((a, b) -> a + ", " + b).orElse("—"),
                "Observations de l'ANSM", d.getDecisionComment() == null || d.getDecisionComment().isBlank() ? "—"
                        : d.getDecisionComment()));
        section(document, "Établissement exportateur", rows(
                "Raison sociale", establishment.getName(),
                "N° SIRET", establishment.getSiret() == null ? "—" : establishment.getSiret(),
                "Adresse", establishment.getAddress() + ", " + establishment.getPostalCode() + " "
                        + establishment.getCity() + ", " + countries.frenchName(establishment.getCountryCode()),
                "Déclarant", d.getDeclarantEmail()));
        section(document, "Médicament", rows(
                "Nom ou code", d.getMedicineName(),
                "Substances actives et quantités", d.getActiveSubstances(),
                "Dosage", d.getStrength(),
                "Forme pharmaceutique", d.getPharmaceuticalForm(),
                "Présentation", d.getPresentation(),
                "Voie d'administration", d.getRouteOfAdministration(),
                "Indications thérapeutiques", d.getTherapeuticIndications(),
                "AMM en France", d.isHasFrenchMarketingAuthorisation() ? "Oui" : "Non",
                "Raison de l'absence d'AMM", d.getNoMarketingAuthorisationReason() == null ? "—"
                        : d.getNoMarketingAuthorisationReason().label()
                                + (d.getNoMarketingAuthorisationDetails() == null ? ""
                                        : " : " + d.getNoMarketingAuthorisationDetails()),
                "Substances d'origine animale", d.isContainsAnimalOriginSubstances() ? "Oui" : "Non",
                "Pays de libération des lots", countries.frenchName(d.getReleaseCountry())));
        section(document, "Exportation", rows(
                "Pays de destination", countries.frenchName(d.getDestinationCountry()) + " ("
                        + d.getDestinationCountry() + ")",
                "Importateur", d.getImporterName(),
                "Adresse de l'importateur", d.getImporterAddress()));

        String files = attachments.stream().filter(a -> a.getKind() != AttachmentKind.VALIDATED_COPY)
                .map(a -> a.getKind().label() + " : " + a.getFileName()).reduce((a, b) -> a + "\n" + b).orElse("—");
        section(document, "Pièces jointes", rows("Pièces du dossier", files));

        PdfPTable timeline = table();
        for (DeclarationEvent event : history) {
            cell(timeline, Dates.dayTime(event.getOccurredAt()), LABEL);
            cell(timeline, event.getKind().label(), VALUE);
        }
        Paragraph historyTitle = new Paragraph("Historique", SECTION);
        historyTitle.setSpacingBefore(10);
        document.add(historyTitle);
        document.add(timeline);

        Paragraph footer = new Paragraph("Exemplaire visé de la déclaration d'exportation N° " + d.getNumber()
                + ", établi par l'ANSM – pôle Importation, Exportation. Un exemplaire est communiqué au ministre "
                + "de la santé du pays importateur. Document généré par impexflow.", SMALL);
        footer.setSpacingBefore(16);
        document.add(footer);
        document.close();
        return out.toByteArray();
    }

    /** The QR code of the public verification page, with the code and the address beside it. */
    private void verification(Document document, String code) {
        PdfPTable box = new PdfPTable(new float[] {1f, 4f});
        box.setWidthPercentage(100);
        box.setSpacingBefore(6);
        Image qr;
        try {
            qr = Image.getInstance(verificationCodes.qrCodePng(code, 8));
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
        text.add(new Chunk("Code de vérification / Verification code : ", LABEL));
        text.add(new Chunk(VerificationCodes.display(code) + "\n", STAMP));
        text.add(new Chunk("Authenticité et validité à vérifier sur / Check authenticity and validity at:\n", VALUE));
        text.add(new Chunk(verificationCodes.url(code), VALUE));
        PdfPCell words = new PdfPCell(text);
        words.setBorderColor(Color.LIGHT_GRAY);
        words.setPadding(6);
        box.addCell(words);
        document.add(box);
    }

    private static String[] rows(String... labelsAndValues) {
        return labelsAndValues;
    }

    private static void section(Document document, String title, String[] rows) {
        Paragraph heading = new Paragraph(title, SECTION);
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(4);
        document.add(heading);
        PdfPTable table = table();
        for (int i = 0; i < rows.length; i += 2) {
            cell(table, rows[i], LABEL);
            cell(table, rows[i + 1] == null ? "—" : rows[i + 1], VALUE);
        }
        document.add(table);
    }

    private static PdfPTable table() {
        PdfPTable table = new PdfPTable(new float[] {1.3f, 3f});
        table.setWidthPercentage(100);
        return table;
    }

    private static void cell(PdfPTable table, String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(new Chunk(text, font)));
        cell.setPadding(4);
        cell.setBorderColor(Color.LIGHT_GRAY);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        table.addCell(cell);
    }
}
