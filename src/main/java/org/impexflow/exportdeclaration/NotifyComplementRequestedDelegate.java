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

/** Mails the request for complement, or its reminder, once per round. */
@Component("notifyComplementRequestedDelegate")
class NotifyComplementRequestedDelegate implements JavaDelegate {

    private final DeclarationRegister register;
    private final DeclarationMails mails;
    private final Mailer mailer;

    NotifyComplementRequestedDelegate(DeclarationRegister register, DeclarationMails mails, Mailer mailer) {
        this.register = register;
        this.mails = mails;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ExportDeclaration declaration = register.get(CaseVariables.declarationId(execution));
        String request = (String) execution.getVariable(ComplementDeadline.REQUEST);
        String due = CaseDates.day((Date) execution.getVariable(COMPLEMENT_DUE_DATE));
        Object round = execution.getVariable(COMPLEMENT_ROUND);
        mailer.sendOnce("COMPLEMENT-REQUEST:" + declaration.getNumber() + ":" + round,
                mails.complementRequested(declaration, request, due, answersByMail(execution)));
    }

    /** Nobody with an account answers in Tasklist (a case received by e-mail from someone with none). */
    static boolean answersByMail(DelegateExecution execution) {
        return execution.getVariable(ExportDeclarationProcess.Vars.COMPLEMENT_ASSIGNEE) == null;
    }
}
