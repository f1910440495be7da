package org.impexflow.registration;

import static org.impexflow.registration.AccountActivationProcess.Vars.EMAIL;
import static org.impexflow.registration.AccountActivationProcess.Vars.FIRST_NAME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.impexflow.mail.Mailer;
import org.springframework.stereotype.Component;

/** Someone registered with an address already known: its owner is told, nobody else learns anything. */
@Component("warnEmailAlreadyKnownDelegate")
class WarnEmailAlreadyKnownDelegate implements JavaDelegate {

    private final RegistrationMails mails;
    private final Mailer mailer;

    WarnEmailAlreadyKnownDelegate(RegistrationMails mails, Mailer mailer) {
        this.mails = mails;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mailer.sendOnce("REGISTRATION-KNOWN:" + execution.getProcessInstanceId(), mails.alreadyKnown(
                (String) execution.getVariable(EMAIL), (String) execution.getVariable(FIRST_NAME),
                RegistrationMails.language(execution)));
    }
}
