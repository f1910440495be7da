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
            // what the reviewer needs first: what this DEC changes
            d.getAmends().stream().filter(ExportDeclaration::isInForce).findFirst()
                    .ifPresent(inForce -> changes(md, inForce, d));
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

    /** A DEC compared field by field with the version in force it amends. */
    private void changes(StringBuilder md, ExportDeclaration before, ExportDeclaration after) {
        md.append("\n#### Modifications par rapport à la version en vigueur N° ").append(before.getNumber())
                .append('\n');
        int count = 0;
        for (String[] field : fields(before, after)) {
            if (!java.util.Objects.equals(field[1], field[2])) {
                md.append("- **").append(field[0]).append(" :** ").append(escape(field[1]).replace("\n", " ; "))
                        .append(" → **").append(escape(field[2]).replace("\n", " ; ")).append("**\n");
                count++;
            }
        }
        if (count == 0) {
            md.append("Aucun champ modifié.\n");
        }
        md.append('\n');
    }

    private String[][] fields(ExportDeclaration b, ExportDeclaration a) {
        return new String[][] {
            {"Nom ou code", b.getMedicineName(), a.getMedicineName()},
            {"Substances actives et quantités", b.getActiveSubstances(), a.getActiveSubstances()},
            {"Dosage", b.getStrength(), a.getStrength()},
            {"Forme pharmaceutique", b.getPharmaceuticalForm(), a.getPharmaceuticalForm()},
            {"Présentation", b.getPresentation(), a.getPresentation()},
            {"Voie d'administration", b.getRouteOfAdministration(), a.getRouteOfAdministration()},
            {"Indications thérapeutiques", b.getTherapeuticIndications(), a.getTherapeuticIndications()},
            {"AMM en France", yesNo(b.isHasFrenchMarketingAuthorisation()), yesNo(a.isHasFrenchMarketingAuthorisation())},
            {"Raison de l'absence d'AMM", reason(b), reason(a)},
            {"Substances d'origine animale", yesNo(b.isContainsAnimalOriginSubstances()),
                yesNo(a.isContainsAnimalOriginSubstances())},
            {"Pays de libération des lots", countries.frenchName(b.getReleaseCountry()),
                countries.frenchName(a.getReleaseCountry())},
            {"Pays de destination", countries.frenchName(b.getDestinationCountry()),
                countries.frenchName(a.getDestinationCountry())},
            {"Importateur", b.getImporterName(), a.getImporterName()},
            {"Adresse de l'importateur", b.getImporterAddress(), a.getImporterAddress()},
        };
    }

    private static String yesNo(boolean value) {
        return value ? "oui" : "non";
    }

    private static String reason(ExportDeclaration d) {
        return d.getNoMarketingAuthorisationReason() == null ? "—" : d.getNoMarketingAuthorisationReason().label()
                + (d.getNoMarketingAuthorisationDetails() == null ? "" : " : " + d.getNoMarketingAuthorisationDetails());
    }

    private static void item(StringBuilder md, String label, String value) {
        md.append("- **").append(label).append(" :** ").append(escape(value)).append('\n');
    }

    /** User text is shown as text, never as Markdown or HTML. */
    private static String escape(String value) {
        return value == null ? "" : value.replaceAll("([\\\\`*_{}\\[\\]<>#|])", "\\\\$1");
    }
}
