package org.impexflow.registration;

import static org.impexflow.registration.AccountActivationProcess.Vars.REGISTRATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Removes a registration that expired, had too many wrong codes, or whose CGU were refused. */
@Component("discardRegistrationDelegate")
record DiscardRegistrationDelegate(Registrations registrations) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        registrations.discard((String) execution.getVariable(REGISTRATION_ID));
    }
}
