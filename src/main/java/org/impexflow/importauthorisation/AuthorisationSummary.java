package org.impexflow.importauthorisation;

import static org.impexflow.casefile.CaseSummary.label;
import static org.impexflow.casefile.Markdown.item;

import java.util.Locale;

import org.impexflow.casefile.CaseSummary;
import org.springframework.stereotype.Component;

/** The whole request in French, as Markdown, for the reviewers' Tasklist form. */
@Component
record AuthorisationSummary(CaseSummary summary) {

    String markdown(ImportAuthorisation a) {
        StringBuilder md = summary.head(a, "N°", label("ai.type"), a.getDeclarantEmail());
        md.append("#### Médicament\n");
        item(md, label("case.field.medicine"), a.getMedicineName());
        item(md, label("case.field.substances"), a.getActiveSubstances().replace("\n", " ; "));
        item(md, label("case.field.form"), a.getPharmaceuticalForm());
        item(md, label("case.field.strength"), a.getStrength());
        item(md, label("case.field.route"), a.getRouteOfAdministration());
        item(md, label("ai.field.manufacturer"), a.getManufacturer());
        item(md, label("ai.field.releaseSite"), a.getReleaseSite());
        md.append("\n#### Importation\n");
        item(md, label("ai.field.provenance"), summary.country(a.getProvenanceCountry()));
        item(md, label("ai.field.origin"), summary.country(a.getOriginCountry()));
        item(md, label("ai.field.quantity"), quantity(a, Locale.FRENCH));
        item(md, label("ai.field.purpose"), purpose(a, Locale.FRENCH));
        return md.toString();
    }

    /** "15 boîtes de 25 comprimés – Une importation", "50000 boîtes – en 4 opérations sur un an". */
    static String quantity(ImportAuthorisation a, Locale language) {
        String amount = a.getQuantity() + " " + a.getQuantityUnit();
        return a.getQuantityMode() == QuantityMode.SERIES
                ? amount + " – " + a.getQuantityMode().label(language) + " (" + a.getPlannedOperations() + ")"
                : amount + " – " + a.getQuantityMode().label(language);
    }

    static String purpose(ImportAuthorisation a, Locale language) {
        return a.getPurpose().label(language) + (a.getPurposeDetails() == null ? "" : " : " + a.getPurposeDetails());
    }
}
