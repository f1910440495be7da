package org.impexflow.exportdeclaration;

import java.util.Locale;
import java.util.function.Function;


import org.impexflow.establishment.Establishment;
import org.impexflow.reference.Countries;
import org.springframework.stereotype.Component;
import org.impexflow.casefile.CaseDates;
import org.impexflow.casefile.CaseDocument;
import org.impexflow.casefile.PdfLayout;

/**
 * The AEE (accusé d'enregistrement électronique) as a PDF: the proof that a declaration was filed and
 * registered under its number. It says nothing of a decision.
 */
@Component
record AcknowledgementPdf(Countries countries) {

    /** The AEE in the declarant's language. */
    byte[] render(ExportDeclaration d, Establishment establishment, Locale language) {
        Function<String, String> label = PdfLayout.labels(language);
        return CaseDocument.start(label.apply("pdf.aee.title") + " – " + d.getNumber(), label.apply("pdf.agency"))
                .title(label.apply("pdf.aee.title"), null)
                .spaced(label.apply("pdf.aee.intro"), PdfLayout.VALUE, 10, 8)
                .table(
                    label.apply("home.column.numero"), d.getNumber(),
                    label.apply("home.column.type"), d.getType().label(language),
                    label.apply("case.field.filedAt"), CaseDates.dayTime(d.getFiledAt()),
                    label.apply("case.field.establishment"), establishment.getName()
                            + (establishment.getSiret() == null ? "" : " (SIRET " + establishment.getSiret() + ")"),
                    label.apply("case.field.declarant"), d.getDeclarantEmail(),
                    label.apply("case.field.medicine"), d.getMedicineName(),
                    label.apply("case.field.strength"), d.getStrength(),
                    label.apply("case.field.form"), d.getPharmaceuticalForm(),
                    label.apply("case.field.destination"), countries.name(d.getDestinationCountry(), language))
                .footer(label.apply("pdf.aee.footer"));
    }
}
