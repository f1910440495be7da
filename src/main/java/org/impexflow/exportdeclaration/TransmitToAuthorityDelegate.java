package org.impexflow.exportdeclaration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.impexflow.authority.AuthorityDirectory;
import org.impexflow.authority.ImportingAuthority;
import org.impexflow.mail.Mailer;
import org.springframework.stereotype.Component;

/**
 * Sends the validated declaration with its PDF to the importing country's authority, with the link by
 * which it confirms receipt ({@link AuthorityReceipts}), and records the transmission.
 */
@Component("transmitToAuthorityDelegate")
class TransmitToAuthorityDelegate implements JavaDelegate {

    private final DeclarationRegister register;
    private final AuthorityDirectory directory;
    private final ValidatedCopies copies;
    private final DeclarationMails mails;
    private final Mailer mailer;
    private final AuthorityReceipts receipts;

    TransmitToAuthorityDelegate(DeclarationRegister register, AuthorityDirectory directory, ValidatedCopies copies,
            DeclarationMails mails, Mailer mailer, AuthorityReceipts receipts) {
        this.register = register;
        this.directory = directory;
        this.copies = copies;
        this.mails = mails;
        this.mailer = mailer;
        this.receipts = receipts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ExportDeclaration declaration = register.get(CaseVariables.declarationId(execution));
        ImportingAuthority authority = directory.forCountry(declaration.getDestinationCountry())
                .orElseThrow(() -> new IllegalStateException("No authority on record for "
                        + declaration.getDestinationCountry()));
        String key = "AUTHORITY:" + declaration.getNumber();
        // the receipt link's token is stored (hashed) before the mail leaves, in a transaction of its own
        AuthorityReceipts.Prepared prepared = receipts.prepare(declaration.getId(), authority.getName(),
                authority.getEmail(), mailer.alreadySent(key));
        String receiptUrl = prepared.token() == null ? null : receipts.url(prepared.token());
        String messageId = mailer.sendOnce(key, mails.toAuthority(declaration, authority, copies.content(declaration),
                receiptUrl));
        register.transmissionMailed(prepared.transmissionId(), "Courriel " + messageId);
    }
}
