package org.impexflow.registration;

import static org.impexflow.registration.AccountActivationProcess.Vars.REGISTRATION_ID;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.impexflow.access.Groups;
import org.impexflow.account.Accounts;
import org.springframework.stereotype.Component;

/** CGU accepted: the account exists, in group {@code declarants}, with the password chosen at registration. */
@Component("createAccountDelegate")
record CreateAccountDelegate(Registrations registrations, Accounts accounts) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String id = (String) execution.getVariable(REGISTRATION_ID);
        PendingRegistration registration = registrations.pending(id).orElseThrow(
                () -> new IllegalStateException("Registration " + id + " is gone"));
        Context.getCommandContext().runWithoutAuthorization(() -> accounts.create(registration.getEmail(),
                registration.getFirstName(), registration.getLastName(), registration.getPasswordHash(), false,
                List.of(Groups.DECLARANTS)));
        accounts.setLanguage(registration.getEmail(), RegistrationMails.language(execution));
        registrations.discard(id);
    }
}
