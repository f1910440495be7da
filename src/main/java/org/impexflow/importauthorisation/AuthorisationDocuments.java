package org.impexflow.importauthorisation;

import java.util.Optional;

import org.impexflow.attachment.Attachment;
import org.impexflow.attachment.AttachmentKind;
import org.impexflow.attachment.Attachments;
import org.impexflow.establishment.Establishments;
import org.impexflow.casefile.CaseDocuments;
import org.impexflow.mail.TemplateMails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The PDF of a granted import authorisation: generated once, with its verification code, then reused. */
@Service
@Transactional
public class AuthorisationDocuments {

    private final Attachments attachments;
    private final ImportAuthorisationPdf pdf;
    private final Establishments establishments;
    private final CaseDocuments documents;

    AuthorisationDocuments(Attachments attachments, ImportAuthorisationPdf pdf, Establishments establishments,
            CaseDocuments documents) {
        this.attachments = attachments;
        this.pdf = pdf;
        this.establishments = establishments;
        this.documents = documents;
    }

    /** The authorisation's PDF, once ANSM granted it and the process generated it. */
    @Transactional(readOnly = true)
    public Optional<Attachment> authorisation(ImportAuthorisation authorisation) {
        return attachments.ofImportAuthorisation(authorisation.getId()).stream()
                .filter(a -> a.getKind() == AttachmentKind.IMPORT_AUTHORISATION).findFirst();
    }

    Attachment generate(ImportAuthorisation authorisation) {
        return documents.once(() -> authorisation(authorisation), ImportAuthorisation.KIND,
                authorisation.getId(), code -> pdf.render(authorisation, code,
                        establishments.byId(authorisation.getEstablishmentId()).orElseThrow()),
                bytes -> attachments.storeGeneratedForImportAuthorisation(authorisation.getEstablishmentId(),
                        authorisation.getId(), AttachmentKind.IMPORT_AUTHORISATION, authorisation.getNumber() + ".pdf",
                        TemplateMails.PDF, bytes));
    }

    byte[] authorisationPdf(ImportAuthorisation authorisation) {
        return authorisation(authorisation).orElseGet(() -> generate(authorisation)).getContent();
    }
}
