package org.impexflow.importauthorisation;

import static org.impexflow.casefile.PdfLayout.SECTION;
import static org.impexflow.casefile.PdfLayout.VALUE;
import static org.impexflow.casefile.PdfLayout.bilingual;

import java.util.Locale;
import java.util.function.Function;


import org.impexflow.casefile.CaseDates;
import org.impexflow.casefile.CaseDocument;
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
record ImportAuthorisationPdf(Countries countries, VerificationCodes verificationCodes) {

    byte[] render(ImportAuthorisation a, String verificationCode, Establishment establishment) {
        Function<String, String> label = PdfLayout.bilingualLabels();
        String decided = CaseDates.day(a.getDecidedAt());
        String validUntil = CaseDates.day(a.getValidUntil());
        CaseDocument document = CaseDocument.start(Languages.text(Locale.FRENCH, "ai.pdf.docTitle", a.getNumber()),
                label.apply("pdf.agency"))
                .title(Languages.text(Locale.FRENCH, "ai.type"), Languages.text(Locale.ENGLISH, "ai.type"))
                .line(label.apply("home.column.numero") + " : " + a.getNumber(), SECTION)
                .stamp(Languages.text(Locale.FRENCH, "ai.pdf.stamp", decided),
                        Languages.text(Locale.ENGLISH, "ai.pdf.stamp", decided))
                .spaced(Languages.text(Locale.FRENCH, "ai.pdf.validity", validUntil) + " / "
                        + Languages.text(Locale.ENGLISH, "ai.pdf.validity", validUntil), SECTION, 0, 4)
                .line(label.apply("ai.pdf.legalBasis"), VALUE)
                .verification(verificationCodes.qrCodePng(verificationCode, 8),
                        VerificationCodes.display(verificationCode), verificationCodes.url(verificationCode), label);

        document.section(label.apply("ai.pdf.case"), new String[] {
            label.apply("home.column.numero"), a.getNumber(),
            label.apply("case.field.filedAt"), CaseDates.dayTime(a.getFiledAt()),
            label.apply("home.column.decision"), decided,
            label.apply("pdf.validated.decision"), label.apply("ai.pdf.decisionValue"),
            label.apply("ai.field.validUntil"), validUntil,
            label.apply("case.field.comment"), a.getDecisionComment()});
        document.holder(label.apply("ai.pdf.importer"), establishment, countries.frenchName(establishment.getCountryCode()),
                a.getDeclarantEmail(), label);
        document.section(label.apply("ai.pdf.medicine"), new String[] {
            label.apply("case.field.medicine"), a.getMedicineName(),
            label.apply("case.field.substances"), a.getActiveSubstances(),
            label.apply("case.field.form"), a.getPharmaceuticalForm(),
            label.apply("case.field.strength"), a.getStrength(),
            label.apply("case.field.route"), a.getRouteOfAdministration(),
            label.apply("ai.field.manufacturer"), a.getManufacturer(),
            label.apply("ai.field.releaseSite"), a.getReleaseSite()});
        document.section(label.apply("ai.pdf.import"), new String[] {
            label.apply("ai.field.provenance"), bothNames(a.getProvenanceCountry()) + " (" + a.getProvenanceCountry() + ")",
            label.apply("ai.field.origin"), bothNames(a.getOriginCountry()) + " (" + a.getOriginCountry() + ")",
            label.apply("ai.field.quantity"), a.getQuantity() + " " + a.getQuantityUnit(),
            label.apply("ai.field.quantityMode"), bilingual(a.getQuantityMode().label(),
                    a.getQuantityMode().label(Locale.ENGLISH)),
            label.apply("ai.field.operations"), String.valueOf(a.getPlannedOperations()),
            label.apply("ai.field.purpose"), bilingual(AuthorisationSummary.purpose(a, Locale.FRENCH),
                    AuthorisationSummary.purpose(a, Locale.ENGLISH))});

        return document.footer(Languages.text(Locale.FRENCH, "ai.pdf.footer", a.getNumber()) + "\n"
                + Languages.text(Locale.ENGLISH, "ai.pdf.footer", a.getNumber()));
    }

    /** A country as "Inde / India". */
    private String bothNames(String code) {
        return bilingual(countries.name(code, Locale.FRENCH), countries.name(code, Locale.ENGLISH));
    }
}
