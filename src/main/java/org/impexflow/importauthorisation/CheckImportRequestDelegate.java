package org.impexflow.importauthorisation;

import static org.impexflow.importauthorisation.ImportAuthorisationProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.impexflow.reference.Countries;
import org.springframework.stereotype.Component;

/** Refuses a request that does not pass the checks, storing nothing; else keeps its values as checked. */
@Component("checkImportRequestDelegate")
class CheckImportRequestDelegate implements JavaDelegate {

    private final AuthorisationChecks checks;
    private final Countries countries;

    CheckImportRequestDelegate(AuthorisationChecks checks, Countries countries) {
        this.checks = checks;
        this.countries = countries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AuthorisationChecks.Checked checked = checks.check(execution, (String) execution.getVariable(INITIATOR));
        AuthorisationRequest request = checked.request();
        execution.setVariable(ESTABLISHMENT_SIRET, request.establishmentSiret());
        execution.setVariable(ESTABLISHMENT_NAME, checked.establishment().getName());
        execution.setVariable(DECLARANT_EMAIL, request.declarantEmail());
        execution.setVariable(PROVENANCE_COUNTRY, request.provenanceCountry());
        execution.setVariable(PROVENANCE_COUNTRY_NAME, countries.frenchName(request.provenanceCountry()));
        execution.setVariable(ORIGIN_COUNTRY, request.originCountry());
        execution.setVariable(ORIGIN_COUNTRY_NAME, countries.frenchName(request.originCountry()));
        execution.setVariable(QUANTITY_MODE, request.quantityMode().name());
        execution.setVariable(QUANTITY, request.quantity());
        execution.setVariable(PLANNED_OPERATIONS, request.plannedOperations());
        execution.setVariable(PURPOSE, request.purpose().name());
    }
}
