package org.impexflow.importauthorisation;

import java.util.Optional;

import org.impexflow.attachment.Attachment;
import org.impexflow.attachment.AttachmentKind;
import org.impexflow.attachment.Attachments;
import org.impexflow.establishment.Establishments;
import org.impexflow.verification.VerificationCodes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The PDF of a granted import authorisation: generated once, with its verification code, then reused. */
@Service
@Transactional
public class AuthorisationDocuments {

    private final Attachments attachments;
    private final ImportAuthorisationPdf pdf;
    private final Establishments establishments;
    private final VerificationCodes verificationCodes;

    AuthorisationDocuments(Attachments attachments, ImportAuthorisationPdf pdf, Establishments establishments,
            VerificationCodes verificationCodes) {
        this.attachments = attachments;
        this.pdf = pdf;
        this.establishments = establishments;
        this.verificationCodes = verificationCodes;
    }

    /** The authorisation's PDF, once ANSM granted it and the process generated it. */
    @Transactional(readOnly = true)
    public Optional<Attachment> authorisation(ImportAuthorisation authorisation) {
        return attachments.ofImportAuthorisation(authorisation.getId()).stream()
                .filter(a -> a.getKind() == AttachmentKind.IMPORT_AUTHORISATION).findFirst();
    }

    Attachment generate(ImportAuthorisation authorisation) {
        Optional<Attachment> existing = authorisation(authorisation);
        if (existing.isPresent()) {
            return existing.get();
        }
        String code = verificationCodes.issue(ImportAuthorisationVerification.SUBJECT, authorisation.getId());
        byte[] document = pdf.render(authorisation, code,
                establishments.byId(authorisation.getEstablishmentId()).orElseThrow());
        return attachments.storeGeneratedForImportAuthorisation(authorisation.getEstablishmentId(),
                authorisation.getId(), AttachmentKind.IMPORT_AUTHORISATION, authorisation.getNumber() + ".pdf",
                AuthorisationMails.PDF, document);
    }

    byte[] authorisationPdf(ImportAuthorisation authorisation) {
        return authorisation(authorisation).orElseGet(() -> generate(authorisation)).getContent();
    }
}
