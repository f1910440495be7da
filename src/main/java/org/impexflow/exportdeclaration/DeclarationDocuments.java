package org.impexflow.exportdeclaration;

import java.util.Optional;

import org.impexflow.attachment.Attachment;
import org.impexflow.establishment.Establishments;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The documents of a declaration that its declarant downloads from the case page. */
@Service
@Transactional(readOnly = true)
public class DeclarationDocuments {

    private final AcknowledgementPdf acknowledgement;
    private final ValidatedCopies validatedCopies;
    private final Establishments establishments;
    private final CommonFormPdf commonForm;
    private final org.impexflow.attachment.Attachments attachments;
    private final DeclarationRegister register;

    DeclarationDocuments(AcknowledgementPdf acknowledgement, ValidatedCopies validatedCopies,
            Establishments establishments, CommonFormPdf commonForm, org.impexflow.attachment.Attachments attachments,
            DeclarationRegister register) {
        this.register = register;
        this.acknowledgement = acknowledgement;
        this.validatedCopies = validatedCopies;
        this.establishments = establishments;
        this.commonForm = commonForm;
        this.attachments = attachments;
    }

    /** The common DEI/DEC form (IES/AES in English) prefilled with the declaration, its files named. */
    public byte[] commonFormPdf(ExportDeclaration declaration, java.util.Locale language) {
        return commonForm.prefilled(declaration, register.amendedNumbers(declaration.getNumber()), establishments.byId(declaration.getEstablishmentId()).orElseThrow(),
                attachments.ofDeclaration(declaration.getId()), language);
    }

    /** The AEE in a language; every registered (numbered) declaration has one. */
    public byte[] acknowledgementPdf(ExportDeclaration declaration, java.util.Locale language) {
        return acknowledgement.render(declaration,
                establishments.byId(declaration.getEstablishmentId()).orElseThrow(), language);
    }

    /** The copy of the validated declaration, once ANSM validated it. */
    public Optional<Attachment> validatedCopy(ExportDeclaration declaration) {
        return validatedCopies.find(declaration);
    }
}
