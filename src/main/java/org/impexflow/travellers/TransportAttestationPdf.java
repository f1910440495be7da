package org.impexflow.travellers;

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

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import org.impexflow.casefile.CaseDates;
import org.impexflow.casefile.PdfLayout;
import org.impexflow.reference.Countries;
import org.impexflow.verification.VerificationCodes;
import org.springframework.stereotype.Component;

/**
 * The ANSM transport attestation, in French and English: who carries which narcotic medicine, how much,
 * to where and when, with the verification code of the public page.
 */
@Component
class TransportAttestationPdf {

    private final Countries countries;
    private final VerificationCodes verificationCodes;

    TransportAttestationPdf(Countries countries, VerificationCodes verificationCodes) {
        this.countries = countries;
        this.verificationCodes = verificationCodes;
    }

    byte[] render(TransportAttestation a, NarcoticMedicine medicine, String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        document.addTitle("Attestation de transport " + a.getNumber());
        document.addAuthor("ANSM");
        document.addCreator("impexflow");
        document.open();
        document.add(new Paragraph(bilingual("Agence nationale de sécurité du médicament et des produits de santé",
                "French National Agency for Medicines and Health Products Safety"), SUBTITLE));
        document.add(new Paragraph("Attestation de transport de médicaments stupéfiants", TITLE));
        document.add(new Paragraph("Certificate for the transport of narcotic medicines by a traveller", SUBTITLE));
        document.add(new Paragraph("N° / No. " + a.getNumber(), SECTION));
        Paragraph stamp = new Paragraph("DÉLIVRÉE PAR L'ANSM LE " + CaseDates.day(a.getDecidedAt()) + " / ISSUED BY ANSM ON "
                + CaseDates.day(a.getDecidedAt()), STAMP);
        stamp.setSpacingBefore(8);
        document.add(stamp);
        document.add(new Paragraph("L'ANSM atteste que le voyageur ci-dessous transporte, pour son usage personnel, le "
                + "médicament stupéfiant indiqué, prescrit par un médecin en France. / ANSM certifies that the traveller "
                + "below carries, for personal use, the narcotic medicine stated, prescribed by a doctor in France.",
                VALUE));
        PdfLayout.verification(document, verificationCodes.qrCodePng(code, 8), VerificationCodes.display(code),
                verificationCodes.url(code), key -> bilingual(Lang.fr(key), Lang.en(key)));
        section(document, "Voyageur / Traveller", new String[] {
            "Nom, prénom / Name", a.getLastName().toUpperCase(Locale.FRENCH) + " " + a.getFirstName(),
            "Né(e) le / Date of birth", CaseDates.day(a.getBirthDate()),
            "Résidence / Residence", a.getResidenceAddress()});
        section(document, "Voyage / Journey", new String[] {
            "Destination", bilingual(countries.name(a.getDestinationCountry(), Locale.FRENCH),
                    countries.name(a.getDestinationCountry(), Locale.ENGLISH)),
            "Départ / Departure", CaseDates.day(a.getDepartureDate()),
            "Retour / Return", CaseDates.day(a.getReturnDate())});
        section(document, "Médicament / Medicine", new String[] {
            "Médicament / Medicine", medicine.name(),
            "Posologie quotidienne / Daily dose", a.getDailyDose(),
            "Quantité / Quantity", a.getQuantityDays() + " jours de traitement / days of treatment",
            "Prescripteur / Prescriber", a.getPrescriber()});
        Paragraph footer = new Paragraph("Valable pour le voyage indiqué, dans la limite de la durée maximale de "
                + "prescription du médicament (" + medicine.maxPrescriptionDays() + " jours). / Valid for the journey "
                + "stated, within the maximum prescription duration of the medicine (" + medicine.maxPrescriptionDays()
                + " days).", SMALL);
        footer.setSpacingBefore(16);
        document.add(footer);
        document.close();
        return out.toByteArray();
    }

    /** The verification box's two labels. */
    private static final class Lang {
        static String fr(String key) {
            return org.impexflow.reference.Languages.text(Locale.FRENCH, key);
        }

        static String en(String key) {
            return org.impexflow.reference.Languages.text(Locale.ENGLISH, key);
        }
    }
}
