package org.impexflow.registration;

import static org.impexflow.registration.AccountActivationProcess.Vars.REGISTRATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Removes a registration that expired, had too many wrong codes, or whose CGU were refused. */
@Component("discardRegistrationDelegate")
class DiscardRegistrationDelegate implements JavaDelegate {

    private final Registrations registrations;

    DiscardRegistrationDelegate(Registrations registrations) {
        this.registrations = registrations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        registrations.discard((String) execution.getVariable(REGISTRATION_ID));
    }
}
