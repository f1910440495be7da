package org.impexflow.exportdeclaration;

import java.util.Optional;

import org.impexflow.attachment.Attachment;
import org.impexflow.attachment.AttachmentKind;
import org.impexflow.attachment.Attachments;
import org.impexflow.establishment.Establishments;
import org.impexflow.casefile.CaseDocuments;
import org.springframework.stereotype.Component;

/** The PDF copy of a validated declaration: generated once, then read by every mail that carries it. */
@Component
record ValidatedCopies(
        Attachments attachments,
        ValidatedDeclarationPdf pdf,
        Establishments establishments,
        DeclarationRegister register,
        CaseDocuments documents) {

    Optional<Attachment> find(ExportDeclaration declaration) {
        return attachments.ofDeclaration(declaration.getId()).stream()
                .filter(a -> a.getKind() == AttachmentKind.VALIDATED_COPY).findFirst();
    }

    Attachment generate(ExportDeclaration declaration) {
        return documents.once(() -> find(declaration), ExportDeclaration.KIND, declaration.getId(),
                code -> pdf.render(declaration, code, establishments.byId(declaration.getEstablishmentId()).orElseThrow(),
                        attachments.ofDeclaration(declaration.getId()), register.history(declaration.getId())),
                bytes -> attachments.storeGenerated(declaration.getEstablishmentId(), declaration.getId(),
                        AttachmentKind.VALIDATED_COPY, declaration.getNumber() + ".pdf", DeclarationMails.PDF, bytes));
    }

    byte[] content(ExportDeclaration declaration) {
        return find(declaration).orElseGet(() -> generate(declaration)).getContent();
    }
}
