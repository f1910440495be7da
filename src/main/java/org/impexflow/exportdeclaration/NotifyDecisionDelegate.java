package org.impexflow.exportdeclaration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.impexflow.mail.Mailer;
import org.impexflow.mail.OutgoingMail;
import org.springframework.stereotype.Component;

/** Mails the declarant a prohibition or a closing without follow-up, once, after the decision committed. */
@Component("notifyDecisionDelegate")
class NotifyDecisionDelegate implements JavaDelegate {

    private final DeclarationRegister register;
    private final DeclarationMails mails;
    private final Mailer mailer;

    NotifyDecisionDelegate(DeclarationRegister register, DeclarationMails mails, Mailer mailer) {
        this.register = register;
        this.mails = mails;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ExportDeclaration declaration = register.get(CaseVariables.declarationId(execution));
        OutgoingMail mail = switch (declaration.getStatus()) {
            case PROHIBITED -> mails.prohibited(declaration);
            case CLOSED_WITHOUT_FOLLOW_UP -> mails.closedWithoutFollowUp(declaration);
            default -> throw new IllegalStateException(declaration.getNumber() + " has no decision to notify: "
                    + declaration.getStatus());
        };
        String messageId = mailer.sendOnce("DECISION:" + declaration.getNumber(), mail);
        register.note(declaration.getId(), DeclarationEventKind.DECISION_SENT, CaseVariables.SYSTEM,
                declaration.getStatus().label() + " – " + declaration.getDeclarantEmail() + " " + messageId);
    }
}
