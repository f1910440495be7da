package org.impexflow.importauthorisation;

import static org.impexflow.importauthorisation.ImportAuthorisationProcess.Vars.AUTHORISATION_ID;
import static org.impexflow.importauthorisation.ImportAuthorisationProcess.Vars.AUTHORISATION_STATUS;
import static org.impexflow.importauthorisation.ImportAuthorisationProcess.Vars.AUTHORISATION_STATUS_LABEL;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.impexflow.casefile.CaseSteps;

/** Reads and writes the variables every step of the process shares. */
final class AuthorisationVariables {

    private AuthorisationVariables() {
    }

    static Long authorisationId(VariableScope scope) {
        return CaseSteps.id(scope, AUTHORISATION_ID);
    }

    static void status(VariableScope scope, AuthorisationStatus status) {
        scope.setVariable(AUTHORISATION_STATUS, status.name());
        scope.setVariable(AUTHORISATION_STATUS_LABEL, status.label());
    }
}
