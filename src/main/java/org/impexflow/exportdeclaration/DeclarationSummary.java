package org.impexflow.exportdeclaration;

import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.reference.Countries;
import org.springframework.stereotype.Component;

/** The whole declaration in French, as Markdown, for the Tasklist forms of reviewers and support. */
@Component
class DeclarationSummary {

    private final Countries countries;
    private final Establishments establishments;

    DeclarationSummary(Countries countries, Establishments establishments) {
        this.countries = countries;
        this.establishments = establishments;
    }

    String markdown(ExportDeclaration d) {
        Establishment e = establishments.byId(d.getEstablishmentId()).orElseThrow();
        StringBuilder md = new StringBuilder();
        md.append("**N° de fiche :** ").append(d.getNumber()).append(" – ").append(d.getType().label()).append("\n\n");
        md.append("**Déposée le :** ").append(Dates.dayTime(d.getFiledAt()))
                .append(" – **échéance d'instruction :** ").append(Dates.day(d.getReviewDueAt())).append("\n\n");
        md.append("**Établissement :** ").append(escape(e.getName()))
                .append(e.getSiret() == null ? "" : " (SIRET " + e.getSiret() + ")")
                .append(" – **déclarant :** ").append(escape(d.getDeclarantEmail())).append("\n\n");
        if (!d.getAmends().isEmpty()) {
            md.append("**Déclarations modifiées :** ").append(String.join(", ",
                    d.getAmends().stream().map(ExportDeclaration::getNumber).sorted().toList())).append("\n\n");
        }
        md.append("#### Médicament\n");
        item(md, "Nom ou code", d.getMedicineName());
        item(md, "Substances actives et quantités", d.getActiveSubstances().replace("\n", " ; "));
        item(md, "Dosage", d.getStrength());
        item(md, "Forme pharmaceutique", d.getPharmaceuticalForm());
        item(md, "Présentation", d.getPresentation());
        item(md, "Voie d'administration", d.getRouteOfAdministration());
        item(md, "Indications thérapeutiques", d.getTherapeuticIndications());
        item(md, "AMM en France", d.isHasFrenchMarketingAuthorisation() ? "oui" : "non");
        if (d.getNoMarketingAuthorisationReason() != null) {
            item(md, "Raison de l'absence d'AMM", d.getNoMarketingAuthorisationReason().label()
                    + (d.getNoMarketingAuthorisationDetails() == null ? ""
                            : " : " + d.getNoMarketingAuthorisationDetails()));
        }
        item(md, "Substances d'origine animale", d.isContainsAnimalOriginSubstances() ? "oui" : "non");
        md.append("\n#### Exportation\n");
        item(md, "Pays de libération des lots", countries.frenchName(d.getReleaseCountry()) + " ("
                + d.getReleaseCountry() + ")");
        item(md, "Pays de destination", countries.frenchName(d.getDestinationCountry()) + " ("
                + d.getDestinationCountry() + ")");
        item(md, "Importateur", d.getImporterName() + ", " + d.getImporterAddress().replace("\n", ", "));
        return md.toString();
    }

    private static void item(StringBuilder md, String label, String value) {
        md.append("- **").append(label).append(" :** ").append(escape(value)).append('\n');
    }

    /** User text is shown as text, never as Markdown or HTML. */
    private static String escape(String value) {
        return value == null ? "" : value.replaceAll("([\\\\`*_{}\\[\\]<>#|])", "\\\\$1");
    }
}
