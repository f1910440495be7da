package org.impexflow.exportdeclaration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Mails the declarant the validated declaration with its PDF, once. */
@Component("sendValidatedCopyDelegate")
class SendValidatedCopyDelegate implements JavaDelegate {

    private final DeclarationRegister register;
    private final ValidatedCopies copies;
    private final DeclarationMails mails;

    SendValidatedCopyDelegate(DeclarationRegister register, ValidatedCopies copies, DeclarationMails mails) {
        this.register = register;
        this.copies = copies;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ExportDeclaration declaration = register.get(CaseVariables.declarationId(execution));
        String messageId = mails.sendValidated(declaration, copies.content(declaration));
        register.note(declaration.getId(), DeclarationEventKind.VALIDATED_COPY_SENT, CaseVariables.SYSTEM,
                declaration.getDeclarantEmail() + " " + messageId);
    }
}
