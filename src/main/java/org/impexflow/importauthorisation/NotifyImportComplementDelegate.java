package org.impexflow.importauthorisation;

import static org.impexflow.importauthorisation.ImportAuthorisationProcess.Vars.COMPLEMENT_DUE_DATE;
import static org.impexflow.importauthorisation.ImportAuthorisationProcess.Vars.COMPLEMENT_ROUND;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.impexflow.casefile.ComplementDeadline;
import org.impexflow.casefile.CaseActor;
import org.impexflow.casefile.CaseDates;
import org.impexflow.importauthorisation.ImportAuthorisationProcess.Elements;
import org.impexflow.mail.Mailer;
import org.springframework.stereotype.Component;

/**
 * Mails the request for complement, or its reminder when the reminder timer fired, once per round
 * (the step's element says which).
 */
@Component("notifyImportComplementDelegate")
class NotifyImportComplementDelegate implements JavaDelegate {

    private final AuthorisationRegister register;
    private final AuthorisationMails mails;
    private final Mailer mailer;

    NotifyImportComplementDelegate(AuthorisationRegister register, AuthorisationMails mails, Mailer mailer) {
        this.register = register;
        this.mails = mails;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ImportAuthorisation authorisation = register.get(AuthorisationVariables.authorisationId(execution));
        String request = (String) execution.getVariable(ComplementDeadline.REQUEST);
        String due = CaseDates.day((Date) execution.getVariable(COMPLEMENT_DUE_DATE));
        Object round = execution.getVariable(COMPLEMENT_ROUND);
        if (Elements.SEND_COMPLEMENT_REMINDER.equals(execution.getCurrentActivityId())) {
            if (authorisation.getStatus() != AuthorisationStatus.COMPLEMENT_REQUESTED
                    || !org.impexflow.casefile.ComplementDeadline.beforeDueDate(execution)) {
                return; // answered, or closed at its deadline, since the reminder's timer fired
            }
            String messageId = mailer.sendOnce("AI-COMPLEMENT-REMINDER:" + authorisation.getNumber() + ":" + round,
                    mails.complementReminder(authorisation, request, due));
            register.note(authorisation.getId(), AuthorisationEventKind.COMPLEMENT_REMINDER_SENT, CaseActor.SYSTEM,
                    "Réponse attendue au plus tard le " + due + " " + messageId);
        } else {
            mailer.sendOnce("AI-COMPLEMENT-REQUEST:" + authorisation.getNumber() + ":" + round,
                    mails.complementRequested(authorisation, request, due));
        }
    }
}
