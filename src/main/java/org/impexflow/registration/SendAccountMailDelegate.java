package org.impexflow.registration;

import static org.impexflow.registration.AccountActivationProcess.Vars.EMAIL;
import static org.impexflow.registration.AccountActivationProcess.Vars.FIRST_NAME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.impexflow.mail.Mailer;
import org.impexflow.mail.OutgoingMail;
import org.springframework.stereotype.Component;

/** "Finalisation de la création de compte" and "Confirmation de création du compte", once each. */
@Component("sendAccountMailDelegate")
record SendAccountMailDelegate(RegistrationMails mails, Mailer mailer) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String email = (String) execution.getVariable(EMAIL);
        String firstName = (String) execution.getVariable(FIRST_NAME);
        String activity = execution.getCurrentActivityId();
        OutgoingMail mail = switch (activity) {
            case AccountActivationProcess.Elements.SEND_FINALISATION -> mails.finalisation(email, firstName,
                    RegistrationMails.language(execution));
            case AccountActivationProcess.Elements.SEND_CONFIRMATION -> mails.confirmation(email, firstName,
                    RegistrationMails.language(execution));
            default -> throw new IllegalStateException("No account mail at " + activity);
        };
        mailer.sendOnce(activity + ":" + execution.getProcessInstanceId(), mail);
    }
}
