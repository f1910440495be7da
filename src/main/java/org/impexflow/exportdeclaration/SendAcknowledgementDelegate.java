package org.impexflow.exportdeclaration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.impexflow.mail.Mailer;
import org.springframework.stereotype.Component;

/** The AEE, sent by a job after the filing committed, once. */
@Component("sendAcknowledgementDelegate")
class SendAcknowledgementDelegate implements JavaDelegate {

    private final DeclarationRegister register;
    private final DeclarationMails mails;
    private final Mailer mailer;

    SendAcknowledgementDelegate(DeclarationRegister register, DeclarationMails mails, Mailer mailer) {
        this.register = register;
        this.mails = mails;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ExportDeclaration declaration = register.get(CaseVariables.declarationId(execution));
        String messageId = mailer.sendOnce("AEE:" + declaration.getNumber(), mails.acknowledgement(declaration));
        register.note(declaration.getId(), DeclarationEventKind.ACKNOWLEDGEMENT_SENT, CaseVariables.SYSTEM,
                declaration.getDeclarantEmail() + " " + messageId);
    }
}
