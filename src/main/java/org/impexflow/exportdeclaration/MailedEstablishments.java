package org.impexflow.exportdeclaration;

import static org.impexflow.exportdeclaration.MailIntakeProcess.Vars.*;

import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.impexflow.casefile.CaseFiling;
import org.impexflow.casefile.CaseInput;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.EstablishmentType;
import org.impexflow.establishment.Establishments;
import org.impexflow.establishment.Siret;
import org.impexflow.validation.FieldErrors;
import org.springframework.stereotype.Component;

/**
 * A declaration received by e-mail from an establishment that has no account yet: ANSM support registers
 * it from the intake (SIRET with its check digit, name, address, postal code, city, contact e-mail), as a
 * pharmaceutical establishment in France, the only ones that file DEI/DEC. Its contact is invited to
 * create the establishment's first account.
 */
@Component
record MailedEstablishments(Establishments establishments, CaseFiling filing) {

    private static final Map<String, Integer> MAX_LENGTHS = Map.of(ESTABLISHMENT_NAME, 300,
            ESTABLISHMENT_ADDRESS, 1000, ESTABLISHMENT_CITY, 200, CONTACT_EMAIL, 255);

    /**
     * The establishment registered now for the intake's SIRET, or empty when one is already registered
     * under it (the establishment fields are then not used). Refuses, naming the fields, a SIRET without
     * its check digit or an unknown one without the establishment's details; nothing is stored then.
     */
    Optional<Establishment> registerIfUnknown(DelegateExecution execution) {
        FieldErrors errors = new FieldErrors();
        CaseInput in = new CaseInput(execution, errors, MAX_LENGTHS);
        String siret = in.text(ExportDeclarationProcess.Vars.ESTABLISHMENT_SIRET, true);
        String digits = siret == null ? null : siret.replace(" ", "");
        if (digits != null && !Siret.isValid(digits)) {
            errors.add(ExportDeclarationProcess.Vars.ESTABLISHMENT_SIRET,
                    "N° SIRET invalide (14 chiffres avec une clé de contrôle) : " + siret);
        }
        errors.throwIfAny("La déclaration reçue ne peut pas être déposée.");
        if (establishments.bySiret(digits).isPresent()) {
            return Optional.empty();
        }
        String unknown = "aucun établissement enregistré sous le N° SIRET " + digits + " : ";
        String name = required(in, ESTABLISHMENT_NAME, unknown + "la raison sociale est obligatoire pour l'enregistrer");
        String address = required(in, ESTABLISHMENT_ADDRESS, unknown + "l'adresse est obligatoire pour l'enregistrer");
        String postalCode = required(in, ESTABLISHMENT_POSTAL_CODE,
                unknown + "le code postal est obligatoire pour l'enregistrer");
        if (postalCode != null && !postalCode.matches("\\d{5}")) {
            errors.add(ESTABLISHMENT_POSTAL_CODE, "code postal français invalide (5 chiffres) : " + postalCode);
        }
        String city = required(in, ESTABLISHMENT_CITY, unknown + "la ville est obligatoire pour l'enregistrer");
        String contact = in.text(CONTACT_EMAIL, false);
        if (contact == null) {
            errors.add(CONTACT_EMAIL, unknown + "l'adresse e-mail du contact, invité à créer un compte, est obligatoire");
        } else {
            filing.declarantEmail(in, CONTACT_EMAIL, null);
        }
        errors.throwIfAny("La déclaration reçue ne peut pas être déposée.");
        Establishment registered = new Establishment(digits, name, EstablishmentType.PHARMACEUTICAL_ESTABLISHMENT,
                address, postalCode, city, "FR").withInvitedContact(contact);
        // the engine group of its accounts is created by the system, not with the agent's permissions
        return Optional.of(Context.getCommandContext().runWithoutAuthorization(() -> establishments.create(registered)));
    }

    private static String required(CaseInput in, String field, String message) {
        String value = in.text(field, false);
        if (value == null) {
            in.errors().add(field, message);
        }
        return value;
    }
}
