package org.impexflow.exportdeclaration;

import java.util.Optional;

import org.impexflow.attachment.Attachment;
import org.impexflow.attachment.AttachmentKind;
import org.impexflow.attachment.Attachments;
import org.impexflow.establishment.Establishments;
import org.impexflow.verification.VerificationCodes;
import org.springframework.stereotype.Component;

/** The PDF copy of a validated declaration: generated once, then read by every mail that carries it. */
@Component
class ValidatedCopies {

    private final Attachments attachments;
    private final ValidatedDeclarationPdf pdf;
    private final Establishments establishments;
    private final DeclarationRegister register;
    private final VerificationCodes verificationCodes;

    ValidatedCopies(Attachments attachments, ValidatedDeclarationPdf pdf, Establishments establishments,
            DeclarationRegister register, VerificationCodes verificationCodes) {
        this.attachments = attachments;
        this.pdf = pdf;
        this.establishments = establishments;
        this.register = register;
        this.verificationCodes = verificationCodes;
    }

    Optional<Attachment> find(ExportDeclaration declaration) {
        return attachments.ofDeclaration(declaration.getId()).stream()
                .filter(a -> a.getKind() == AttachmentKind.VALIDATED_COPY).findFirst();
    }

    Attachment generate(ExportDeclaration declaration) {
        Optional<Attachment> existing = find(declaration);
        if (existing.isPresent()) {
            return existing.get();
        }
        String code = verificationCodes.issue(ExportDeclarationVerification.SUBJECT, declaration.getId());
        byte[] document = pdf.render(declaration, code,
                establishments.byId(declaration.getEstablishmentId()).orElseThrow(),
                attachments.ofDeclaration(declaration.getId()),
                register.history(declaration.getId()));
        return attachments.storeGenerated(declaration.getEstablishmentId(), declaration.getId(),
                AttachmentKind.VALIDATED_COPY, declaration.getNumber() + ".pdf", DeclarationMails.PDF, document);
    }

    byte[] content(ExportDeclaration declaration) {
        return find(declaration).orElseGet(() -> generate(declaration)).getContent();
    }
}
