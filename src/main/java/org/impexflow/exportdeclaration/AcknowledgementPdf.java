package org.impexflow.exportdeclaration;

import java.awt.Color;
import java.io.ByteArrayOutputStream;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.impexflow.establishment.Establishment;
import org.impexflow.reference.Countries;
import org.springframework.stereotype.Component;

/**
 * The AEE (accusé d'enregistrement électronique) as a PDF: the proof that a declaration was filed and
 * registered under its number. It says nothing of a decision.
 */
@Component
class AcknowledgementPdf {

    private static final Color ANSM_BLUE = new Color(0x1f, 0x3a, 0x68);
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD, ANSM_BLUE);
    private static final Font SUBTITLE = new Font(Font.HELVETICA, 10, Font.ITALIC, Color.DARK_GRAY);
    private static final Font LABEL = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font VALUE = new Font(Font.HELVETICA, 9);
    private static final Font SMALL = new Font(Font.HELVETICA, 7, Font.NORMAL, Color.GRAY);

    private final Countries countries;

    AcknowledgementPdf(Countries countries) {
        this.countries = countries;
    }

    byte[] render(ExportDeclaration d, Establishment establishment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        document.addTitle("Accusé d'enregistrement électronique N° " + d.getNumber());
        document.addAuthor("ANSM");
        document.addCreator("impexflow");
        document.open();
        document.add(new Paragraph("Agence nationale de sécurité du médicament et des produits de santé", SUBTITLE));
        document.add(new Paragraph("Accusé d'enregistrement électronique (AEE)", TITLE));
        document.add(new Paragraph("Electronic acknowledgement of registration", SUBTITLE));
        Paragraph intro = new Paragraph("L'ANSM a enregistré la déclaration d'exportation ci-dessous. Cet accusé "
                + "atteste son dépôt ; il ne vaut pas décision.", VALUE);
        intro.setSpacingBefore(10);
        intro.setSpacingAfter(8);
        document.add(intro);
        PdfPTable table = new PdfPTable(new float[] {1.3f, 3f});
        table.setWidthPercentage(100);
        String[] rows = {
            "N° de fiche", d.getNumber(),
            "Type", d.getType().label(),
            "Date de dépôt à l'ANSM", Dates.dayTime(d.getFiledAt()),
            "Établissement", establishment.getName()
                    + (establishment.getSiret() == null ? "" : " (SIRET " + establishment.getSiret() + ")"),
            "Déclarant", d.getDeclarantEmail(),
            "Médicament", d.getMedicineName(),
            "Dosage", d.getStrength(),
            "Forme pharmaceutique", d.getPharmaceuticalForm(),
            "Pays de destination", countries.frenchName(d.getDestinationCountry()),
        };
        for (int i = 0; i < rows.length; i += 2) {
            cell(table, rows[i], LABEL);
            cell(table, rows[i + 1] == null ? "—" : rows[i + 1], VALUE);
        }
        document.add(table);
        Paragraph footer = new Paragraph("Document généré par impexflow pour l'ANSM – pôle Importation, Exportation.",
                SMALL);
        footer.setSpacingBefore(16);
        document.add(footer);
        document.close();
        return out.toByteArray();
    }

    private static void cell(PdfPTable table, String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(new Chunk(text, font)));
        cell.setPadding(4);
        cell.setBorderColor(Color.LIGHT_GRAY);
        table.addCell(cell);
    }
}
