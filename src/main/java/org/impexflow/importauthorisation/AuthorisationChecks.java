package org.impexflow.importauthorisation;

import static org.impexflow.importauthorisation.ImportAuthorisationProcess.Vars.*;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.impexflow.casefile.CaseFiling;
import org.impexflow.casefile.CaseInput;
import org.impexflow.casefile.CheckedFiling;
import org.impexflow.casefile.FileInput;
import org.impexflow.establishment.Establishment;
import org.impexflow.validation.FieldErrors;
import org.springframework.stereotype.Component;

/**
 * The checks that refuse a request for an import authorisation before anything is stored, each naming
 * the variable at fault (CSP R.5121-111: who imports, from where, which medicine, how
 * much, why, made and released by whom, with a cover letter signed by the Pharmacien Responsable).
 */
@Component
record AuthorisationChecks(CaseFiling filing) {

    /** More operations than this for one authorisation is not a plan but an open-ended licence. */
    static final int MAX_OPERATIONS = 52;
    static final long MAX_QUANTITY = 1_000_000_000L;
    private static final Map<String, Integer> MAX_LENGTHS = Map.of(
            MEDICINE_NAME, 300, ACTIVE_SUBSTANCES, 2000, STRENGTH, 200, PHARMACEUTICAL_FORM, 200,
            ROUTE_OF_ADMINISTRATION, 200, QUANTITY_UNIT, 200, PURPOSE_DETAILS, 2000, MANUFACTURER, 500,
            RELEASE_SITE, 500);

    CheckedFiling<AuthorisationRequest> check(VariableScope variables, String initiator) {
        FieldErrors errors = new FieldErrors();
        CaseInput in = new CaseInput(variables, errors, MAX_LENGTHS);

        Establishment establishment = filing.establishment(ESTABLISHMENT_SIRET, in.text(ESTABLISHMENT_SIRET, false),
                initiator, errors);
        String declarantEmail = filing.declarantEmail(in, DECLARANT_EMAIL, initiator, establishment);
        String provenance = filing.country(in, PROVENANCE_COUNTRY, "pays de provenance");
        if ("FR".equals(provenance)) {
            errors.add(PROVENANCE_COUNTRY, "le pays de provenance est celui d'où le médicament est expédié vers la France");
        }
        String origin = filing.country(in, ORIGIN_COUNTRY, "pays d'origine");

        String medicineName = in.text(MEDICINE_NAME, true);
        String activeSubstances = in.text(ACTIVE_SUBSTANCES, true);
        String form = in.text(PHARMACEUTICAL_FORM, true);
        String strength = in.text(STRENGTH, true);
        String route = in.text(ROUTE_OF_ADMINISTRATION, true);

        QuantityMode mode = in.enumValue(QUANTITY_MODE, QuantityMode.class, true);
        Long quantity = positive(in, QUANTITY, MAX_QUANTITY, "la quantité à importer, en unités (ex. 15 pour 15 boîtes)");
        String unit = in.text(QUANTITY_UNIT, true);
        int operations = 1;
        if (mode == QuantityMode.SERIES) {
            Long planned = positive(in, PLANNED_OPERATIONS, MAX_OPERATIONS,
                    "le nombre d'opérations d'importation prévues sur l'année");
            if (planned != null && planned < 2) {
                errors.add(PLANNED_OPERATIONS, "au moins 2 opérations pour une quantité globale "
                        + "(pour une seule importation, choisissez « Une importation »)");
            }
            operations = planned == null ? 0 : planned.intValue();
            if (quantity != null && planned != null && quantity < planned) {
                errors.add(QUANTITY, "la quantité globale (" + quantity + ") est inférieure au nombre d'opérations ("
                        + planned + ")");
            }
        }

        ImportPurpose purpose = in.enumValue(PURPOSE, ImportPurpose.class, true);
        String purposeDetails = in.text(PURPOSE_DETAILS, false);
        if (purpose == ImportPurpose.OTHER && purposeDetails == null) {
            errors.add(PURPOSE_DETAILS, "obligatoire quand l'objet de l'importation est « Autre »");
        }
        String manufacturer = in.text(MANUFACTURER, true);
        String releaseSite = in.text(RELEASE_SITE, true);

        Map<String, List<FileInput>> files = filing.files(variables, List.of(COVER_LETTER, OTHER_DOCUMENTS), initiator,
                establishment, errors);
        if (files.get(COVER_LETTER).isEmpty() && !errors.has(COVER_LETTER)) {
            errors.add(COVER_LETTER, "obligatoire : la lettre de demande signée par le Pharmacien Responsable "
                    + "ou son délégataire");
        }

        errors.throwIfAny("Demande d'autorisation d'importation refusée, rien n'a été enregistré.");
        AuthorisationRequest request = new AuthorisationRequest(establishment.getSiret(), declarantEmail, provenance,
                origin, medicineName, activeSubstances, form, strength, route, mode, quantity, unit, operations,
                purpose, purposeDetails, manufacturer, releaseSite);
        return new CheckedFiling<>(request, establishment, files);
    }

    /** A whole number from 1 to {@code max}, given as a number or as digits. */
    private static Long positive(CaseInput in, String field, long max, String what) {
        Object value = in.variables().getVariable(field);
        if (value == null || value.toString().isBlank()) {
            in.errors().add(field, "obligatoire : " + what);
            return null;
        }
        long number;
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            number = n.longValue();
        } else {
            try {
                number = Long.parseLong(CaseInput.ungrouped(value.toString()));
            } catch (NumberFormatException e) {
                in.errors().add(field, "nombre entier attendu : " + value);
                return null;
            }
        }
        if (number < 1 || number > max) {
            in.errors().add(field, "doit être compris entre 1 et " + max + " : " + number);
            return null;
        }
        return number;
    }
}
