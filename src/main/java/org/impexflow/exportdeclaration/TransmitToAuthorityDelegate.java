package org.impexflow.exportdeclaration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.impexflow.authority.AuthorityDirectory;
import org.impexflow.authority.ImportingAuthority;
import org.impexflow.mail.Mailer;
import org.springframework.stereotype.Component;

/** Sends the validated declaration with its PDF to the importing country's authority, and records it. */
@Component("transmitToAuthorityDelegate")
class TransmitToAuthorityDelegate implements JavaDelegate {

    private final DeclarationRegister register;
    private final AuthorityDirectory directory;
    private final ValidatedCopies copies;
    private final DeclarationMails mails;
    private final Mailer mailer;

    TransmitToAuthorityDelegate(DeclarationRegister register, AuthorityDirectory directory, ValidatedCopies copies,
            DeclarationMails mails, Mailer mailer) {
        this.register = register;
        this.directory = directory;
        this.copies = copies;
        this.mails = mails;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ExportDeclaration declaration = register.get(CaseVariables.declarationId(execution));
        ImportingAuthority authority = directory.forCountry(declaration.getDestinationCountry())
                .orElseThrow(() -> new IllegalStateException("No authority on record for "
                        + declaration.getDestinationCountry()));
        String messageId = mailer.sendOnce("AUTHORITY:" + declaration.getNumber(),
                mails.toAuthority(declaration, authority, copies.content(declaration)));
        boolean recorded = register.transmissions(declaration.getId()).stream()
                .anyMatch(t -> t.getChannel() == AuthorityTransmission.Channel.EMAIL);
        if (!recorded) {
            register.recordTransmission(declaration.getId(), AuthorityTransmission.Channel.EMAIL, authority.getName(),
                    authority.getEmail(), CaseVariables.SYSTEM, "Courriel " + messageId);
        }
    }
}
