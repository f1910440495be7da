package org.impexflow.exportdeclaration;

import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.impexflow.reference.Countries;
import org.impexflow.reference.Country;
import org.springframework.stereotype.Component;

/**
 * First step of a filing, in the caller's transaction: refuses the start with the fields at fault
 * (nothing is stored), or normalises the input and prepares the eligibility decision.
 */
@Component("checkDeclarationDelegate")
class CheckDeclarationDelegate implements JavaDelegate {

    private final DeclarationChecks checks;
    private final Countries countries;

    CheckDeclarationDelegate(DeclarationChecks checks, Countries countries) {
        this.checks = checks;
        this.countries = countries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DeclarationChecks.Checked checked = checks.check(execution, (String) execution.getVariable(INITIATOR));
        DeclarationRequest request = checked.request();
        Country destination = countries.find(request.destinationCountry()).orElseThrow();
        Country release = countries.find(request.releaseCountry()).orElseThrow();

        execution.setVariable(DECLARATION_TYPE, request.type().name());
        execution.setVariable(ESTABLISHMENT_SIRET, request.establishmentSiret());
        execution.setVariable(ESTABLISHMENT_NAME, checked.establishment().getName());
        execution.setVariable(DECLARANT_EMAIL, request.declarantEmail());
        execution.setVariable(HAS_FRENCH_MARKETING_AUTHORISATION, request.hasFrenchMarketingAuthorisation());
        execution.setVariable(CONTAINS_ANIMAL_ORIGIN, request.containsAnimalOriginSubstances());
        execution.setVariable(DESTINATION_COUNTRY, destination.getCode());
        execution.setVariable(DESTINATION_COUNTRY_NAME, destination.getNameFr());
        execution.setVariable(RELEASE_COUNTRY, release.getCode());
        execution.setVariable(RELEASE_COUNTRY_NAME, release.getNameFr());
        execution.setVariable(DESTINATION_IN_EU, destination.isEuMember());
        execution.setVariable(RELEASED_IN_FRANCE_OR_EU, release.isEuMember());
    }
}
