package org.impexflow.exportdeclaration;

import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.ATTACHMENT_LIST;
import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.COMPLEMENT_ANSWER;
import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.COMPLEMENT_FILES;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.impexflow.attachment.Attachment;
import org.impexflow.attachment.AttachmentKind;
import org.impexflow.attachment.Attachments;
import org.impexflow.casefile.AttachmentListing;
import org.springframework.stereotype.Component;
import org.impexflow.casefile.TextLists;

/** The declarant answered: the answer and its files join the case, which goes back to review. */
@Component("recordComplementAnswerDelegate")
class RecordComplementAnswerDelegate implements JavaDelegate {

    private final DeclarationRegister register;
    private final Attachments attachments;
    private final AttachmentListing listing;

    RecordComplementAnswerDelegate(DeclarationRegister register, Attachments attachments, AttachmentListing listing) {
        this.register = register;
        this.attachments = attachments;
        this.listing = listing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ExportDeclaration declaration = register.get(CaseVariables.declarationId(execution));
        List<String> names = new ArrayList<>();
        for (String reference : TextLists.split(execution.getVariable(COMPLEMENT_FILES))) {
            Attachment file = attachments.byReference(reference).orElseThrow();
            attachments.link(file.getId(), declaration.getEstablishmentId(), declaration.getId(),
                    AttachmentKind.COMPLEMENT);
            names.add(file.getFileName());
        }
        String answer = (String) execution.getVariable(COMPLEMENT_ANSWER);
        register.changeStatus(declaration.getId(), DeclarationStatus.IN_REVIEW,
                DeclarationEventKind.COMPLEMENT_ANSWERED, CaseVariables.actor(),
                names.isEmpty() ? answer : answer + " (pièces : " + String.join(", ", names) + ")");
        CaseVariables.status(execution, DeclarationStatus.IN_REVIEW);
        execution.setVariable(ATTACHMENT_LIST, listing.markdown(declaration.getId()));
        execution.removeVariable(COMPLEMENT_FILES);
    }
}
