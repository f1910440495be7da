package org.impexflow.importauthorisation;

import static org.impexflow.importauthorisation.ImportAuthorisationProcess.Vars.ATTACHMENT_LIST;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.impexflow.attachment.Attachments;
import org.impexflow.casefile.AttachmentListing;
import org.springframework.stereotype.Component;

/** Generates the PDF of the granted authorisation, with its verification code, and files it with the case. */
@Component("generateImportAuthorisationDelegate")
class GenerateImportAuthorisationDelegate implements JavaDelegate {

    private final AuthorisationRegister register;
    private final AuthorisationDocuments documents;
    private final Attachments attachments;
    private final AttachmentListing listing;

    GenerateImportAuthorisationDelegate(AuthorisationRegister register, AuthorisationDocuments documents,
            Attachments attachments, AttachmentListing listing) {
        this.register = register;
        this.documents = documents;
        this.attachments = attachments;
        this.listing = listing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ImportAuthorisation authorisation = register.get(AuthorisationVariables.authorisationId(execution));
        documents.generate(authorisation);
        execution.setVariable(ATTACHMENT_LIST, listing.markdown(attachments.ofImportAuthorisation(authorisation.getId())));
    }
}
