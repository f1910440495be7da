package org.impexflow.registration;

import static org.impexflow.registration.AccountActivationProcess.Vars.REGISTRATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.impexflow.account.SecuritySettings;
import org.impexflow.mail.Mailer;
import org.springframework.stereotype.Component;

/** "Validation de la création de votre compte utilisateur": the code and the link, once. */
@Component("sendVerificationMailDelegate")
record SendVerificationMailDelegate(
        Registrations registrations,
        RegistrationMails mails,
        Mailer mailer,
        SecuritySettings settings) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String id = (String) execution.getVariable(REGISTRATION_ID);
        PendingRegistration registration = registrations.pending(id).orElseThrow(
                () -> new IllegalStateException("Registration " + id + " is gone"));
        long hours = settings.registrationCodeValidity().toHours();
        mailer.sendOnce("REGISTRATION-CODE:" + id, mails.verification(registration.getEmail(),
                registration.getFirstName(), registrations.code(registration), registration.getLinkToken(),
                hours, RegistrationMails.language(execution)));
    }
}
