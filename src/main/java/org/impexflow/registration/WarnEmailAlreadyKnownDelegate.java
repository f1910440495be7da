package org.impexflow.registration;

import static org.impexflow.registration.AccountActivationProcess.Vars.EMAIL;
import static org.impexflow.registration.AccountActivationProcess.Vars.FIRST_NAME;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.impexflow.mail.Mailer;
import org.springframework.stereotype.Component;

/**
 * Someone registered with an address already known: its owner is told, nobody else learns anything.
 * Once a day at most per address, so that registering again and again does not flood a mailbox.
 */
@Component("warnEmailAlreadyKnownDelegate")
record WarnEmailAlreadyKnownDelegate(RegistrationMails mails, Mailer mailer, Clock clock)
        implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String email = (String) execution.getVariable(EMAIL);
        mailer.sendOnce("REGISTRATION-KNOWN:" + sha256(email) + ":" + LocalDate.now(clock), mails.alreadyKnown(email, (String) execution.getVariable(FIRST_NAME),
                RegistrationMails.language(execution)));
    }

    /** The address as a fixed-length part of the mail's key (keys are 200 characters at most). */
    private static String sha256(String email) {
        return org.apache.commons.codec.digest.DigestUtils.sha256Hex(email);
    }
}
