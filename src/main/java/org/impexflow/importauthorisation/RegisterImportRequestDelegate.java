package org.impexflow.importauthorisation;

import static org.impexflow.importauthorisation.ImportAuthorisationProcess.Vars.*;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.impexflow.attachment.AttachmentKind;
import org.impexflow.attachment.Attachments;
import org.impexflow.casefile.AttachmentListing;
import org.impexflow.casefile.CaseAccess;
import org.impexflow.casefile.CaseFiling;
import org.impexflow.casefile.CaseNumbering;
import org.impexflow.casefile.FileInput;
import org.springframework.stereotype.Component;

/**
 * Registration: the number of the AI series, the row in the register, the files, the business key,
 * and read access to the case for the accounts of the establishment.
 */
@Component("registerImportRequestDelegate")
class RegisterImportRequestDelegate implements JavaDelegate {

    private static final Map<String, AttachmentKind> KINDS = Map.of(
            COVER_LETTER, AttachmentKind.COVER_LETTER,
            OTHER_DOCUMENTS, AttachmentKind.OTHER_DOCUMENT);

    private final AuthorisationChecks checks;
    private final CaseNumbering numbering;
    private final AuthorisationRegister register;
    private final CaseFiling filing;
    private final Attachments attachments;
    private final AttachmentListing listing;
    private final AuthorisationSummary summary;
    private final CaseAccess access;
    private final ImportAuthorisationSettings settings;

    RegisterImportRequestDelegate(AuthorisationChecks checks, CaseNumbering numbering, AuthorisationRegister register,
            CaseFiling filing, Attachments attachments, AttachmentListing listing, AuthorisationSummary summary,
            CaseAccess access, ImportAuthorisationSettings settings) {
        this.checks = checks;
        this.numbering = numbering;
        this.register = register;
        this.filing = filing;
        this.attachments = attachments;
        this.listing = listing;
        this.summary = summary;
        this.access = access;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String initiator = (String) execution.getVariable(INITIATOR);
        // the same checks as the first step, on the same variables in the same transaction: they pass
        AuthorisationChecks.Checked checked = checks.check(execution, initiator);
        AuthorisationRequest request = checked.request();
        Long establishmentId = checked.establishment().getId();

        ZonedDateTime filedAt = ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), CaseNumbering.PARIS);
        ZonedDateTime reviewDue = filedAt.plus(settings.reviewDue());
        String number = numbering.next(ImportAuthorisationProcess.NUMBER_SERIES, filedAt);
        ImportAuthorisation authorisation = register.register(new ImportAuthorisation(number, request, establishmentId,
                initiator, filedAt.toInstant(), reviewDue.toInstant(), execution.getProcessInstanceId()),
                initiator == null ? request.declarantEmail() : initiator);

        checked.files().forEach((field, inputs) -> {
            for (FileInput input : inputs) {
                attachments.linkToImportAuthorisation(filing.stored(input, initiator).getId(), establishmentId,
                        authorisation.getId(), KINDS.get(field));
            }
            execution.removeVariable(field);
        });

        String group = checked.establishment().groupId();
        execution.setProcessBusinessKey(number);
        execution.setVariable(AUTHORISATION_NUMBER, number);
        execution.setVariable(AUTHORISATION_ID, authorisation.getId());
        AuthorisationVariables.status(execution, AuthorisationStatus.FILED);
        execution.setVariable(FILED_AT, Date.from(filedAt.toInstant()));
        execution.setVariable(REVIEW_DUE_DATE, Date.from(reviewDue.toInstant()));
        execution.setVariable(ESTABLISHMENT_GROUP, group);
        execution.setVariable(COMPLEMENT_ASSIGNEE, access.complementAssignee(request.declarantEmail(), initiator));
        execution.setVariable(COMPLEMENT_GROUPS, group);
        execution.setVariable(COMPLEMENT_ROUND, 0);
        execution.setVariable(ATTACHMENT_LIST, listing.markdown(attachments.ofImportAuthorisation(authorisation.getId())));
        execution.setVariable(REQUEST_SUMMARY, summary.markdown(authorisation));
        access.grantRead(group, execution.getProcessInstanceId());
    }
}
