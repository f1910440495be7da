package org.impexflow.exportdeclaration;

import static org.impexflow.casefile.CaseSummary.label;
import static org.impexflow.casefile.Markdown.escape;
import static org.impexflow.casefile.Markdown.item;

import org.impexflow.casefile.CaseSummary;
import org.springframework.stereotype.Component;

/** The whole declaration in French, as Markdown, for the Tasklist forms of reviewers and support. */
@Component
record DeclarationSummary(CaseSummary summary) {

    String markdown(ExportDeclaration d) {
        StringBuilder md = summary.head(d, "N° de fiche", d.getType().label(), d.getDeclarantEmail());
        if (!d.getAmends().isEmpty()) {
            md.append("**").append(label("case.field.amends")).append(" :** ").append(String.join(", ",
                    d.getAmends().stream().map(ExportDeclaration::getNumber).sorted().toList())).append("\n\n");
            // what the reviewer needs first: what this DEC changes
            d.getAmends().stream().filter(ExportDeclaration::isInForce).findFirst()
                    .ifPresent(inForce -> changes(md, inForce, d));
        }
        md.append("#### Médicament\n");
        item(md, label("case.field.medicine"), d.getMedicineName());
        item(md, label("case.field.substances"), d.getActiveSubstances().replace("\n", " ; "));
        item(md, label("case.field.strength"), d.getStrength());
        item(md, label("case.field.form"), d.getPharmaceuticalForm());
        item(md, label("case.field.presentation"), d.getPresentation());
        item(md, label("case.field.route"), d.getRouteOfAdministration());
        item(md, label("case.field.indications"), d.getTherapeuticIndications());
        item(md, label("case.field.frenchMa"), d.isHasFrenchMarketingAuthorisation() ? "oui" : "non");
        if (d.getNoMarketingAuthorisationReason() != null) {
            item(md, label("case.field.noMaReason"), d.getNoMarketingAuthorisationReason().label()
                    + (d.getNoMarketingAuthorisationDetails() == null ? ""
                            : " : " + d.getNoMarketingAuthorisationDetails()));
        }
        item(md, label("case.field.animalOrigin"), d.isContainsAnimalOriginSubstances() ? "oui" : "non");
        md.append("\n#### Exportation\n");
        item(md, label("case.field.releaseCountry"), summary.country(d.getReleaseCountry()));
        item(md, label("case.field.destination"), summary.country(d.getDestinationCountry()));
        item(md, label("case.field.importer"), d.getImporterName() + ", " + d.getImporterAddress().replace("\n", ", "));
        if (d.getFirstExportDate() != null) {
            item(md, label("case.field.firstExportDate"), org.impexflow.casefile.CaseDates.day(d.getFirstExportDate()));
        }
        if (d.getFirstExportExplanation() != null) {
            item(md, label("case.field.firstExportExplanation"), d.getFirstExportExplanation());
        }
        if (d.getManufacturerName() != null) {
            md.append("\n#### ").append(label("pdf.validated.gmp")).append('\n');
            item(md, label("case.field.manufacturer"), manufacturer(d));
            item(md, label("case.field.releaseSite"), releaseSite(d));
            item(md, label("case.field.gmpCertificate"), gmp(d));
        }
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
            {label("case.field.medicine"), b.getMedicineName(), a.getMedicineName()},
            {label("case.field.substances"), b.getActiveSubstances(), a.getActiveSubstances()},
            {label("case.field.strength"), b.getStrength(), a.getStrength()},
            {label("case.field.form"), b.getPharmaceuticalForm(), a.getPharmaceuticalForm()},
            {label("case.field.presentation"), b.getPresentation(), a.getPresentation()},
            {label("case.field.route"), b.getRouteOfAdministration(), a.getRouteOfAdministration()},
            {label("case.field.indications"), b.getTherapeuticIndications(), a.getTherapeuticIndications()},
            {label("case.field.frenchMa"), yesNo(b.isHasFrenchMarketingAuthorisation()), yesNo(a.isHasFrenchMarketingAuthorisation())},
            {label("case.field.noMaReason"), reason(b), reason(a)},
            {label("case.field.animalOrigin"), yesNo(b.isContainsAnimalOriginSubstances()),
                yesNo(a.isContainsAnimalOriginSubstances())},
            {label("case.field.releaseCountry"), summary.countryName(b.getReleaseCountry()),
                summary.countryName(a.getReleaseCountry())},
            {label("case.field.destination"), summary.countryName(b.getDestinationCountry()),
                summary.countryName(a.getDestinationCountry())},
            {label("case.field.importer"), b.getImporterName(), a.getImporterName()},
            {label("pdf.validated.importerAddress"), b.getImporterAddress(), a.getImporterAddress()},
            {label("case.field.manufacturer"), manufacturer(b), manufacturer(a)},
            {label("case.field.releaseSite"), releaseSite(b), releaseSite(a)},
            {label("case.field.gmpReference"), b.getGmpReference(), a.getGmpReference()},
        };
    }

    /** "Name, address, country", or null for a declaration registered before the manufacturer was asked. */
    private String manufacturer(ExportDeclaration d) {
        return d.getManufacturerName() == null ? null : d.getManufacturerName() + ", "
                + d.getManufacturerAddress().replace("\n", ", ") + ", " + summary.countryName(d.getManufacturerCountry());
    }

    private String releaseSite(ExportDeclaration d) {
        return d.getReleaseSiteName() == null ? null : d.getReleaseSiteName() + ", "
                + d.getReleaseSiteAddress().replace("\n", ", ") + ", " + summary.countryName(d.getReleaseCountry());
    }

    /** The EudraGMDP reference, else the certificate, which is then among the case's files (one of the two is required). */
    static String gmp(ExportDeclaration d) {
        return d.getGmpReference() != null ? label("case.field.gmpReferenceShort") + " " + d.getGmpReference()
                : label("case.field.gmpAttached");
    }

    private static String yesNo(boolean value) {
        return value ? "oui" : "non";
    }

    private static String reason(ExportDeclaration d) {
        return d.getNoMarketingAuthorisationReason() == null ? "—" : d.getNoMarketingAuthorisationReason().label()
                + (d.getNoMarketingAuthorisationDetails() == null ? "" : " : " + d.getNoMarketingAuthorisationDetails());
    }
}
