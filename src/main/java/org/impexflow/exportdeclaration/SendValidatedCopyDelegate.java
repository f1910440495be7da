package org.impexflow.exportdeclaration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Mails the declarant the validated declaration with its PDF, once. */
@Component("sendValidatedCopyDelegate")
record SendValidatedCopyDelegate(DeclarationRegister register, ValidatedCopies copies, DeclarationMails mails)
        implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        ExportDeclaration declaration = register.get(CaseVariables.declarationId(execution));
        String messageId = mails.sendValidated(declaration, copies.content(declaration));
        register.note(declaration.getId(), DeclarationEventKind.VALIDATED_COPY_SENT, CaseVariables.SYSTEM,
                declaration.getDeclarantEmail() + " " + messageId);
    }
}
