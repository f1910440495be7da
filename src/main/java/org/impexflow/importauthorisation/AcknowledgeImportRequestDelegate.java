package org.impexflow.importauthorisation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.impexflow.casefile.CaseActor;
import org.impexflow.mail.Mailer;
import org.springframework.stereotype.Component;

/** The acknowledgement of the request, sent by a job after the filing committed, once. */
@Component("acknowledgeImportRequestDelegate")
class AcknowledgeImportRequestDelegate implements JavaDelegate {

    private final AuthorisationRegister register;
    private final AuthorisationMails mails;
    private final Mailer mailer;

    AcknowledgeImportRequestDelegate(AuthorisationRegister register, AuthorisationMails mails, Mailer mailer) {
        this.register = register;
        this.mails = mails;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ImportAuthorisation authorisation = register.get(AuthorisationVariables.authorisationId(execution));
        String messageId = mailer.sendOnce("AI-ACK:" + authorisation.getNumber(), mails.acknowledgement(authorisation));
        register.note(authorisation.getId(), AuthorisationEventKind.ACKNOWLEDGEMENT_SENT, CaseActor.SYSTEM,
                authorisation.getDeclarantEmail() + " " + messageId);
    }
}
