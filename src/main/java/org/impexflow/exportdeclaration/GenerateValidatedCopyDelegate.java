package org.impexflow.exportdeclaration;

import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.ATTACHMENT_LIST;
import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.VALIDATED_COPY_URL;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.impexflow.attachment.Attachment;
import org.impexflow.casefile.AttachmentListing;
import org.springframework.stereotype.Component;

/** Generates the PDF copy of the validated declaration and files it with the case. */
@Component("generateValidatedCopyDelegate")
class GenerateValidatedCopyDelegate implements JavaDelegate {

    private final DeclarationRegister register;
    private final ValidatedCopies copies;
    private final AttachmentListing listing;

    GenerateValidatedCopyDelegate(DeclarationRegister register, ValidatedCopies copies, AttachmentListing listing) {
        this.register = register;
        this.copies = copies;
        this.listing = listing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ExportDeclaration declaration = register.get(CaseVariables.declarationId(execution));
        Attachment copy = copies.generate(declaration);
        execution.setVariable(VALIDATED_COPY_URL, listing.url(copy));
        execution.setVariable(ATTACHMENT_LIST, listing.markdown(declaration.getId()));
    }
}
