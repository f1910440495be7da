package org.impexflow.travellers;

import static org.impexflow.casefile.PdfLayout.SECTION;
import static org.impexflow.casefile.PdfLayout.VALUE;
import static org.impexflow.casefile.PdfLayout.bilingual;

import java.util.Locale;


import org.impexflow.casefile.CaseDates;
import org.impexflow.casefile.CaseDocument;
import org.impexflow.casefile.PdfLayout;
import org.impexflow.reference.Countries;
import org.impexflow.verification.VerificationCodes;
import org.springframework.stereotype.Component;

/**
 * The ANSM transport attestation, in French and English: who carries which narcotic medicine, how much,
 * to where and when, with the verification code of the public page.
 */
@Component
record TransportAttestationPdf(Countries countries, VerificationCodes verificationCodes) {

    byte[] render(TransportAttestation a, NarcoticMedicine medicine, String code) {
        String decided = CaseDates.day(a.getDecidedAt());
        CaseDocument document = CaseDocument.start("Attestation de transport " + a.getNumber(),
                bilingual("Agence nationale de sécurité du médicament et des produits de santé",
                        "French National Agency for Medicines and Health Products Safety"))
                .title("Attestation de transport de médicaments stupéfiants",
                        "Certificate for the transport of narcotic medicines by a traveller")
                .line("N° / No. " + a.getNumber(), SECTION)
                .stamp("DÉLIVRÉE PAR L'ANSM LE " + decided + " / ISSUED BY ANSM ON " + decided, null)
                .line("L'ANSM atteste que le voyageur ci-dessous transporte, pour son usage personnel, le "
                        + "médicament stupéfiant indiqué, prescrit par un médecin en France. / ANSM certifies that the "
                        + "traveller below carries, for personal use, the narcotic medicine stated, prescribed by a "
                        + "doctor in France.", VALUE)
                .verification(verificationCodes.qrCodePng(code, 8), VerificationCodes.display(code),
                        verificationCodes.url(code), PdfLayout.bilingualLabels());
        document.section("Voyageur / Traveller", new String[] {
            "Nom, prénom / Name", a.getLastName().toUpperCase(Locale.FRENCH) + " " + a.getFirstName(),
            "Né(e) le / Date of birth", CaseDates.day(a.getBirthDate()),
            "Résidence / Residence", a.getResidenceAddress()});
        document.section("Voyage / Journey", new String[] {
            "Destination", bilingual(countries.name(a.getDestinationCountry(), Locale.FRENCH),
                    countries.name(a.getDestinationCountry(), Locale.ENGLISH)),
            "Départ / Departure", CaseDates.day(a.getDepartureDate()),
            "Retour / Return", CaseDates.day(a.getReturnDate())});
        document.section("Médicament / Medicine", new String[] {
            "Médicament / Medicine", medicine.name(),
            "Posologie quotidienne / Daily dose", a.getDailyDose(),
            "Quantité / Quantity", a.getQuantityDays() + " jours de traitement / days of treatment",
            "Prescripteur / Prescriber", a.getPrescriber()});
        return document.footer("Valable pour le voyage indiqué, dans la limite de la durée maximale de "
                + "prescription du médicament (" + medicine.maxPrescriptionDays() + " jours). / Valid for the journey "
                + "stated, within the maximum prescription duration of the medicine (" + medicine.maxPrescriptionDays()
                + " days).");
    }
}
