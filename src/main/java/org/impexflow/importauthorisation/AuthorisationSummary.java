package org.impexflow.importauthorisation;

import static org.impexflow.casefile.Markdown.escape;
import static org.impexflow.casefile.Markdown.item;

import java.util.Locale;

import org.impexflow.casefile.CaseDates;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.reference.Countries;
import org.impexflow.reference.Languages;
import org.springframework.stereotype.Component;

/** The whole request in French, as Markdown, for the reviewers' Tasklist form. */
@Component
class AuthorisationSummary {

    private final Countries countries;
    private final Establishments establishments;

    AuthorisationSummary(Countries countries, Establishments establishments) {
        this.countries = countries;
        this.establishments = establishments;
    }

    String markdown(ImportAuthorisation a) {
        Establishment e = establishments.byId(a.getEstablishmentId()).orElseThrow();
        StringBuilder md = new StringBuilder();
        md.append("**N° :** ").append(a.getNumber()).append(" – ").append(label("ai.type")).append("\n\n");
        md.append("**Déposée le :** ").append(CaseDates.dayTime(a.getFiledAt()))
                .append(" – **échéance d'instruction :** ").append(CaseDates.day(a.getReviewDueAt())).append("\n\n");
        md.append("**Établissement :** ").append(escape(e.getName()))
                .append(e.getSiret() == null ? "" : " (SIRET " + e.getSiret() + ")")
                .append(" – **déclarant :** ").append(escape(a.getDeclarantEmail())).append("\n\n");
        md.append("#### Médicament\n");
        item(md, label("case.field.medicine"), a.getMedicineName());
        item(md, label("case.field.substances"), a.getActiveSubstances().replace("\n", " ; "));
        item(md, label("case.field.form"), a.getPharmaceuticalForm());
        item(md, label("case.field.strength"), a.getStrength());
        item(md, label("case.field.route"), a.getRouteOfAdministration());
        item(md, label("ai.field.manufacturer"), a.getManufacturer());
        item(md, label("ai.field.releaseSite"), a.getReleaseSite());
        md.append("\n#### Importation\n");
        item(md, label("ai.field.provenance"), countries.frenchName(a.getProvenanceCountry()) + " ("
                + a.getProvenanceCountry() + ")");
        item(md, label("ai.field.origin"), countries.frenchName(a.getOriginCountry()) + " (" + a.getOriginCountry() + ")");
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

    private static String label(String key) {
        return Languages.text(Locale.FRENCH, key);
    }
}
