package org.impexflow.exportdeclaration;

import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.DECLARANT_EMAIL;
import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.DESTINATION_COUNTRY;
import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.ELIGIBILITY_EXPLANATION;
import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.MEDICINE_NAME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.impexflow.mail.Mailer;
import org.springframework.stereotype.Component;

/** Tells the declarant why no declaration was registered (EU destination, French AMM, release). */
@Component("explainNoDeclarationRegisteredDelegate")
class ExplainNoDeclarationRegisteredDelegate implements JavaDelegate {

    private final DeclarationMails mails;
    private final Mailer mailer;

    ExplainNoDeclarationRegisteredDelegate(DeclarationMails mails, Mailer mailer) {
        this.mails = mails;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mailer.sendOnce("NOT-REGISTERED:" + execution.getProcessInstanceId(), mails.notRegistered(
                (String) execution.getVariable(DECLARANT_EMAIL), (String) execution.getVariable(MEDICINE_NAME),
                (String) execution.getVariable(DESTINATION_COUNTRY),
                (String) execution.getVariable(ELIGIBILITY_EXPLANATION)));
    }
}
