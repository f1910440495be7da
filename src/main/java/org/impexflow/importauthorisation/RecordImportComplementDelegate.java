package org.impexflow.importauthorisation;

import static org.impexflow.importauthorisation.ImportAuthorisationProcess.Vars.ATTACHMENT_LIST;
import static org.impexflow.importauthorisation.ImportAuthorisationProcess.Vars.COMPLEMENT_ANSWER;
import static org.impexflow.importauthorisation.ImportAuthorisationProcess.Vars.COMPLEMENT_FILES;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.impexflow.attachment.Attachment;
import org.impexflow.attachment.AttachmentKind;
import org.impexflow.attachment.Attachments;
import org.impexflow.casefile.AttachmentListing;
import org.impexflow.casefile.CaseActor;
import org.impexflow.casefile.TextLists;
import org.springframework.stereotype.Component;

/** The declarant answered: the answer and its files join the request, which goes back to review. */
@Component("recordImportComplementDelegate")
class RecordImportComplementDelegate implements JavaDelegate {

    private final AuthorisationRegister register;
    private final Attachments attachments;
    private final AttachmentListing listing;

    RecordImportComplementDelegate(AuthorisationRegister register, Attachments attachments, AttachmentListing listing) {
        this.register = register;
        this.attachments = attachments;
        this.listing = listing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ImportAuthorisation authorisation = register.get(AuthorisationVariables.authorisationId(execution));
        List<String> names = new ArrayList<>();
        for (String reference : TextLists.split(execution.getVariable(COMPLEMENT_FILES))) {
            Attachment file = attachments.byReference(reference).orElseThrow();
            attachments.linkToImportAuthorisation(file.getId(), authorisation.getEstablishmentId(),
                    authorisation.getId(), AttachmentKind.COMPLEMENT);
            names.add(file.getFileName());
        }
        String answer = (String) execution.getVariable(COMPLEMENT_ANSWER);
        register.changeStatus(authorisation.getId(), AuthorisationStatus.IN_REVIEW,
                AuthorisationEventKind.COMPLEMENT_ANSWERED, CaseActor.current(),
                names.isEmpty() ? answer : answer + " (pièces : " + String.join(", ", names) + ")");
        AuthorisationVariables.status(execution, AuthorisationStatus.IN_REVIEW);
        execution.setVariable(ATTACHMENT_LIST, listing.markdown(attachments.ofImportAuthorisation(authorisation.getId())));
        execution.removeVariable(COMPLEMENT_FILES);
    }
}
