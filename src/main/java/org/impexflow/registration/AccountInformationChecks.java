package org.impexflow.registration;

import static org.impexflow.registration.AccountActivationProcess.Vars.*;

import java.util.Locale;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.impexflow.establishment.EstablishmentType;
import org.impexflow.establishment.Siret;
import org.impexflow.reference.Countries;
import org.impexflow.validation.FieldErrors;
import org.springframework.stereotype.Component;

/**
 * The complementary information: every field checked, each one at fault named (the task stays open):
 * SIRET with its check digit (La Poste exception) and mandatory in France, postal code, phone, etc.
 */
@Component
record AccountInformationChecks(Countries countries) {

    /** The information once checked, with the values normalised. */
    record Checked(String lastName, String firstName, String phone, AccountInformation.Quality quality,
            String siret, String companyName, EstablishmentType type, String postalCode, String address,
            String city, String addressComplement, String country) {
    }

    Checked check(VariableScope variables, String accountEmail) {
        FieldErrors errors = new FieldErrors();
        String lastName = text(variables, LAST_NAME, 100, true, errors);
        String firstName = text(variables, FIRST_NAME, 100, true, errors);
        String email = text(variables, EMAIL, 255, true, errors);
        if (email != null && !email.equalsIgnoreCase(accountEmail)) {
            errors.add(EMAIL, "doit être l'adresse de votre compte (" + accountEmail + ")");
        }
        String phone = text(variables, PHONE, 30, true, errors);
        if (phone != null && !phone.matches("\\+?[0-9 .()-]{6,25}")) {
            errors.add(PHONE, "numéro de téléphone invalide (chiffres, espaces, + en tête)");
        }
        AccountInformation.Quality quality = choice(variables, QUALITY, AccountInformation.Quality.class, errors);
        String country = text(variables, COUNTRY, 2, true, errors);
        if (country != null) {
            country = country.toUpperCase(Locale.ROOT);
            if (countries.find(country).isEmpty()) {
                errors.add(COUNTRY, "pays inconnu : " + country);
            }
        }
        boolean france = "FR".equals(country);
        String siret = text(variables, SIRET, 20, france, errors);
        if (siret != null) {
            siret = siret.replace(" ", "");
            if (!Siret.isValid(siret)) {
                errors.add(SIRET, "N° SIRET invalide : 14 chiffres dont une clé de contrôle");
            }
        } else if (france && !errors.has(SIRET)) {
            errors.add(SIRET, "obligatoire pour un établissement en France");
        }
        String companyName = text(variables, COMPANY_NAME, 200, true, errors);
        EstablishmentType type = choice(variables, ESTABLISHMENT_TYPE, EstablishmentType.class, errors);
        String postalCode = text(variables, POSTAL_CODE, 20, true, errors);
        if (france && postalCode != null && !postalCode.matches("\\d{5}")) {
            errors.add(POSTAL_CODE, "5 chiffres en France");
        }
        String address = text(variables, ADDRESS, 300, true, errors);
        String city = text(variables, CITY, 100, true, errors);
        String complement = text(variables, ADDRESS_COMPLEMENT, 300, false, errors);
        if (!Boolean.TRUE.equals(variables.getVariable(CONFIRMED))) {
            errors.add(CONFIRMED, "cochez la case pour confirmer : après validation, seules les équipes de l'ANSM "
                    + "peuvent modifier ces informations");
        }
        errors.throwIfAny("Informations complémentaires incomplètes ou invalides.");
        return new Checked(lastName, firstName, phone, quality, siret, companyName, type, postalCode, address, city,
                complement, country);
    }

    private static String text(VariableScope variables, String field, int max, boolean required, FieldErrors errors) {
        Object value = variables.getVariable(field);
        String text = value == null ? null : value.toString().strip();
        if (text == null || text.isEmpty()) {
            if (required) {
                errors.add(field, "obligatoire");
            }
            return null;
        }
        if (text.length() > max) {
            errors.add(field, max + " caractères au plus");
        }
        return text;
    }

    private static <E extends Enum<E>> E choice(VariableScope variables, String field, Class<E> type,
            FieldErrors errors) {
        Object value = variables.getVariable(field);
        if (value == null || value.toString().isBlank()) {
            errors.add(field, "obligatoire");
            return null;
        }
        try {
            return Enum.valueOf(type, value.toString().strip());
        } catch (IllegalArgumentException e) {
            errors.add(field, "valeur inconnue : " + value);
            return null;
        }
    }
}
