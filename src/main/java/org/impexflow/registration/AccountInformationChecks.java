package org.impexflow.registration;

import static org.impexflow.registration.AccountActivationProcess.Vars.*;

import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.impexflow.casefile.CaseInput;
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

    /** The longest text each field takes. */
    private static final Map<String, Integer> MAX_LENGTHS = Map.ofEntries(
            Map.entry(LAST_NAME, 100), Map.entry(FIRST_NAME, 100), Map.entry(EMAIL, 255), Map.entry(PHONE, 30),
            Map.entry(COUNTRY, 2), Map.entry(SIRET, 20), Map.entry(COMPANY_NAME, 200), Map.entry(POSTAL_CODE, 20),
            Map.entry(ADDRESS, 300), Map.entry(CITY, 100), Map.entry(ADDRESS_COMPLEMENT, 300));

    /** The information once checked, with the values normalised. */
    record Checked(String lastName, String firstName, String phone, AccountInformation.Quality quality,
            String siret, String companyName, EstablishmentType type, String postalCode, String address,
            String city, String addressComplement, String country) {
    }

    Checked check(VariableScope variables, String accountEmail) {
        FieldErrors errors = new FieldErrors();
        CaseInput in = new CaseInput(variables, errors, MAX_LENGTHS);
        String lastName = in.text(LAST_NAME, true);
        String firstName = in.text(FIRST_NAME, true);
        // both go into the mail to the establishment's managers when the account asks to join it
        PersonNames.check(errors, LAST_NAME, "Nom", lastName);
        PersonNames.check(errors, FIRST_NAME, "Prénom", firstName);
        String email = in.text(EMAIL, true);
        if (email != null && !email.equalsIgnoreCase(accountEmail)) {
            errors.add(EMAIL, "doit être l'adresse de votre compte (" + accountEmail + ")");
        }
        String phone = in.text(PHONE, true);
        if (phone != null && !phone.matches("\\+?[0-9 .()-]{6,25}")) {
            errors.add(PHONE, "numéro de téléphone invalide (chiffres, espaces, + en tête)");
        }
        AccountInformation.Quality quality = in.enumValue(QUALITY, AccountInformation.Quality.class, true);
        String country = in.text(COUNTRY, true);
        if (country != null) {
            country = country.toUpperCase(Locale.ROOT);
            if (countries.find(country).isEmpty()) {
                errors.add(COUNTRY, "pays inconnu : " + country);
            }
        }
        boolean france = "FR".equals(country);
        String siret = in.text(SIRET, france);
        if (siret != null) {
            siret = siret.replace(" ", "");
            if (!Siret.isValid(siret)) {
                errors.add(SIRET, "N° SIRET invalide : 14 chiffres dont une clé de contrôle");
            }
        } else if (france && !errors.has(SIRET)) {
            errors.add(SIRET, "obligatoire pour un établissement en France");
        }
        String companyName = in.text(COMPANY_NAME, true);
        EstablishmentType type = in.enumValue(ESTABLISHMENT_TYPE, EstablishmentType.class, true);
        String postalCode = in.text(POSTAL_CODE, true);
        if (france && postalCode != null && !postalCode.matches("\\d{5}")) {
            errors.add(POSTAL_CODE, "5 chiffres en France");
        }
        String address = in.text(ADDRESS, true);
        String city = in.text(CITY, true);
        String complement = in.text(ADDRESS_COMPLEMENT, false);
        if (!Boolean.TRUE.equals(variables.getVariable(CGU_ACKNOWLEDGED))) {
            errors.add(CGU_ACKNOWLEDGED, "cochez la case : vous avez lu et vous vous engagez à respecter les conditions "
                    + "générales d'utilisation");
        }
        if (!Boolean.TRUE.equals(variables.getVariable(CONFIRMED))) {
            // the holder confirms their information; support, that the holder or the establishment asked for it
            boolean bySupport = variables instanceof DelegateTask task
                    && !AccountActivationProcess.Elements.COMPLETE_INFORMATION.equals(task.getTaskDefinitionKey());
            errors.add(CONFIRMED, bySupport ? "cochez la case pour confirmer que le titulaire du compte ou son "
                    + "établissement a demandé ces corrections" : "cochez la case pour confirmer ces informations : "
                    + "après validation, seules les équipes de l'ANSM peuvent les modifier");
        }
        errors.throwIfAny("Informations complémentaires incomplètes ou invalides.");
        return new Checked(lastName, firstName, phone, quality, siret, companyName, type, postalCode, address, city,
                complement, country);
    }
}
