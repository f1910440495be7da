package org.impexflow.exportdeclaration;

import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.impexflow.casefile.CaseDates;
import org.impexflow.casefile.CaseNumbering;
import org.impexflow.casefile.CaseChain;
import org.impexflow.casefile.CaseFiling;
import org.impexflow.casefile.CaseInput;
import org.impexflow.casefile.CheckedFiling;
import org.impexflow.casefile.FileInput;
import org.impexflow.casefile.TextLists;
import org.impexflow.establishment.Establishment;
import org.impexflow.validation.FieldErrors;
import org.springframework.stereotype.Component;

/**
 * The checks that refuse a filing before anything is stored, each naming the field at fault
 * (issue: "missing required fields; unknown country codes; animal-origin substances without an ESB
 * certificate; a DEC that does not refer to an existing validated declaration of the same
 * establishment, or without copies of the earlier declarations").
 */
@Component
record DeclarationChecks(CaseFiling filing, ExportDeclarationRepository declarations) {

    static final Pattern NUMBER = Pattern.compile("\\d{4}-\\d{2}-\\d{4}");
    private static final Map<String, Integer> MAX_LENGTHS = Map.of(
            MEDICINE_NAME, 300, ACTIVE_SUBSTANCES, 2000, STRENGTH, 200, PHARMACEUTICAL_FORM, 200,
            PRESENTATION, 500, ROUTE_OF_ADMINISTRATION, 200, THERAPEUTIC_INDICATIONS, 4000,
            IMPORTER_NAME, 300, IMPORTER_ADDRESS, 1000, NO_MA_DETAILS, 2000);
    private static final Map<String, Integer> GMP_MAX_LENGTHS = Map.of(FIRST_EXPORT_EXPLANATION, 2000,
            MANUFACTURER_NAME, 300, MANUFACTURER_ADDRESS, 1000, RELEASE_SITE_NAME, 300, RELEASE_SITE_ADDRESS, 1000,
            GMP_REFERENCE, 100);
    private static final Map<String, Integer> ALL_MAX_LENGTHS = maxLengths();

    private static Map<String, Integer> maxLengths() {
        Map<String, Integer> all = new java.util.HashMap<>(MAX_LENGTHS);
        all.putAll(GMP_MAX_LENGTHS);
        return Map.copyOf(all);
    }

    CheckedFiling<DeclarationRequest> check(VariableScope variables, String initiator) {
        FieldErrors errors = new FieldErrors();
        CaseInput in = new CaseInput(variables, errors, ALL_MAX_LENGTHS);

        DeclarationType type = in.enumValue(DECLARATION_TYPE, DeclarationType.class, true);
        Establishment establishment = filing.establishment(ESTABLISHMENT_SIRET, in.text(ESTABLISHMENT_SIRET, false),
                initiator, errors);
        String declarantEmail = filing.declarantEmail(in, DECLARANT_EMAIL, initiator, establishment);
        if (establishment != null && !establishment.filesExportDeclarations()) {
            errors.add(ESTABLISHMENT_SIRET, "seul un établissement pharmaceutique situé en France dépose une "
                    + "déclaration d'exportation (DEI/DEC) : " + establishment.getName() + " est enregistré comme « "
                    + establishment.getType().label() + " »" + ("FR".equals(establishment.getCountryCode()) ? ""
                            : ", situé hors de France") + " ; en cas d'erreur sur ces informations, écrivez au support de l'ANSM");
        }

        String medicineName = in.text(MEDICINE_NAME, true);
        String activeSubstances = in.text(ACTIVE_SUBSTANCES, true);
        String strength = in.text(STRENGTH, true);
        String form = in.text(PHARMACEUTICAL_FORM, true);
        String presentation = in.text(PRESENTATION, true);
        String route = in.text(ROUTE_OF_ADMINISTRATION, true);
        String indications = in.text(THERAPEUTIC_INDICATIONS, true);
        Boolean hasAmm = in.bool(HAS_FRENCH_MARKETING_AUTHORISATION);
        String releaseCountry = filing.country(in, RELEASE_COUNTRY, "pays de libération des lots");
        String destinationCountry = filing.country(in, DESTINATION_COUNTRY, "pays de destination");
        String importerName = in.text(IMPORTER_NAME, true);
        String importerAddress = in.text(IMPORTER_ADDRESS, true);
        DeclarationRequest.FirstExport firstExport = firstExport(in);
        NoMarketingAuthorisationReason reason = in.enumValue(NO_MA_REASON, NoMarketingAuthorisationReason.class,
                !Boolean.TRUE.equals(hasAmm));
        String reasonDetails = in.text(NO_MA_DETAILS, false);
        if (reason == NoMarketingAuthorisationReason.OTHER && reasonDetails == null) {
            errors.add(NO_MA_DETAILS, "obligatoire quand la raison de l'absence d'AMM est « Autre »");
        }
        Boolean animalOrigin = in.bool(CONTAINS_ANIMAL_ORIGIN);

        Map<String, List<FileInput>> files = filing.files(variables, List.of(ESB_CERTIFICATE,
                EARLIER_DECLARATION_COPIES, GMP_CERTIFICATE, OTHER_DOCUMENTS), initiator, establishment, errors);
        DeclarationRequest.Manufacture manufacture = manufacture(in, files.get(GMP_CERTIFICATE));
        if (Boolean.TRUE.equals(animalOrigin) && files.get(ESB_CERTIFICATE).isEmpty() && !errors.has(ESB_CERTIFICATE)) {
            errors.add(ESB_CERTIFICATE, "obligatoire : le médicament contient des substances d'origine animale, "
                    + "joignez le certificat au regard du risque ESB");
        }

        List<String> amended = TextLists.split(in.text(AMENDED_DECLARATION_NUMBERS, false));
        if (type == DeclarationType.DEC) {
            checkAmended(amended, establishment, errors);
            if (files.get(EARLIER_DECLARATION_COPIES).isEmpty() && !errors.has(EARLIER_DECLARATION_COPIES)) {
                errors.add(EARLIER_DECLARATION_COPIES,
                        "obligatoire pour une DEC : joignez les copies des déclarations précédentes (DEI et/ou DEC)");
            }
        } else if (type == DeclarationType.DEI && !amended.isEmpty()) {
            errors.add(AMENDED_DECLARATION_NUMBERS, "réservé aux DEC : une DEI ne modifie pas de déclaration antérieure");
        }

        errors.throwIfAny("Déclaration refusée, rien n'a été enregistré.");
        DeclarationRequest request = new DeclarationRequest(type, amended, establishment.getSiret(), declarantEmail,
                medicineName, activeSubstances, strength, form, presentation, route, indications, hasAmm,
                releaseCountry, destinationCountry, importerName, importerAddress, reason, reasonDetails, animalOrigin,
                firstExport, manufacture);
        return new CheckedFiling<>(request, establishment, files);
    }

    /**
     * The declaration is made before the first export (CSP L.5124-11): a date already past (the engine's clock,
     * Paris time) is refused unless the declarant explains it; the explanation is kept only then.
     */
    private static DeclarationRequest.FirstExport firstExport(CaseInput in) {
        LocalDate date = in.date(FIRST_EXPORT_DATE, true);
        String explanation = in.text(FIRST_EXPORT_EXPLANATION, false);
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), CaseNumbering.PARIS);
        if (date == null || !date.isBefore(today)) {
            return new DeclarationRequest.FirstExport(date, null);
        }
        if (explanation == null) {
            in.errors().add(FIRST_EXPORT_DATE, "la date de la première exportation (" + CaseDates.day(date)
                    + ") est passée : la déclaration se fait avant la première exportation ; indiquez la date prévue, "
                    + "ou expliquez dans « Explication (date passée) » pourquoi elle est passée");
        }
        return new DeclarationRequest.FirstExport(date, explanation);
    }

    /** The manufacturer and the batch release site, and the GMP certificate or its EudraGMDP reference. */
    private DeclarationRequest.Manufacture manufacture(CaseInput in, List<FileInput> certificate) {
        String name = in.text(MANUFACTURER_NAME, true);
        String address = in.text(MANUFACTURER_ADDRESS, true);
        String country = filing.country(in, MANUFACTURER_COUNTRY, "pays du fabricant");
        String siteName = in.text(RELEASE_SITE_NAME, true);
        String siteAddress = in.text(RELEASE_SITE_ADDRESS, true);
        String reference = in.text(GMP_REFERENCE, false);
        if (reference != null && !reference.matches(".*\\d.*")) {
            in.errors().add(GMP_REFERENCE, "référence EudraGMDP sans numéro : « " + reference
                    + " » (recopiez le numéro du certificat BPF, par ex. FR/GMP/2025/0042)");
        }
        if (reference == null && certificate.isEmpty() && !in.errors().has(GMP_CERTIFICATE)) {
            in.errors().add(GMP_CERTIFICATE, "obligatoire sans référence EudraGMDP : joignez le certificat BPF "
                    + "du fabricant (PDF, PNG ou JPEG)");
            in.errors().add(GMP_REFERENCE, "obligatoire sans certificat BPF joint : la référence du certificat "
                    + "dans EudraGMDP");
        }
        return new DeclarationRequest.Manufacture(name, address, country, siteName, siteAddress, reference);
    }

    private void checkAmended(List<String> numbers, Establishment establishment, FieldErrors errors) {
        if (numbers.isEmpty()) {
            errors.add(AMENDED_DECLARATION_NUMBERS,
                    "obligatoire pour une DEC : les numéros des déclarations qu'elle modifie (ex. 2026-03-0012)");
            return;
        }
        for (String number : numbers) {
            if (!NUMBER.matcher(number).matches()) {
                errors.add(AMENDED_DECLARATION_NUMBERS, "numéro mal formé : " + number + " (format AAAA-MM-NNNN)");
                continue;
            }
            Optional<ExportDeclaration> earlier = declarations.findByNumber(number);
            if (earlier.isEmpty() || establishment == null
                    || !earlier.get().getEstablishmentId().equals(establishment.getId())) {
                errors.add(AMENDED_DECLARATION_NUMBERS,
                        "la déclaration " + number + " n'existe pas pour votre établissement");
            } else if (earlier.get().getStatus() != DeclarationStatus.VALIDATED) {
                errors.add(AMENDED_DECLARATION_NUMBERS, "la déclaration " + number + " n'est pas validée (statut : "
                        + earlier.get().getStatus().label() + ")");
            } else {
                CaseChain.whyNotAmendable(earlier.get()).ifPresent(why -> errors.add(AMENDED_DECLARATION_NUMBERS, why));
            }
        }
    }
}
