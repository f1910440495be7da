package org.impexflow.exportdeclaration;

import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.COMPLEMENT_DUE_DATE;
import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.COMPLEMENT_ROUND;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.impexflow.casefile.ComplementDeadline;
import org.impexflow.mail.Mailer;
import org.springframework.stereotype.Component;
import org.impexflow.casefile.CaseDates;
import org.impexflow.casefile.ComplementDeadline;

/** Reminds the declarant that the complement is due soon, once per round, while it is still awaited. */
@Component("sendComplementReminderDelegate")
class SendComplementReminderDelegate implements JavaDelegate {

    private final DeclarationRegister register;
    private final DeclarationMails mails;
    private final Mailer mailer;

    SendComplementReminderDelegate(DeclarationRegister register, DeclarationMails mails, Mailer mailer) {
        this.register = register;
        this.mails = mails;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ExportDeclaration declaration = register.get(CaseVariables.declarationId(execution));
        if (declaration.getStatus() != DeclarationStatus.COMPLEMENT_REQUESTED
                || !ComplementDeadline.beforeDueDate(execution)) {
            return; // answered, or closed at its deadline, since the reminder's timer fired
        }
        String due = CaseDates.day((Date) execution.getVariable(COMPLEMENT_DUE_DATE));
        String messageId = mailer.sendOnce("COMPLEMENT-REMINDER:" + declaration.getNumber() + ":"
                + execution.getVariable(COMPLEMENT_ROUND),
                mails.complementReminder(declaration, (String) execution.getVariable(ComplementDeadline.REQUEST), due,
                        NotifyComplementRequestedDelegate.answersByMail(execution)));
        register.note(declaration.getId(), DeclarationEventKind.COMPLEMENT_REMINDER_SENT, CaseVariables.SYSTEM,
                "Réponse attendue au plus tard le " + due + " " + messageId);
    }
}
