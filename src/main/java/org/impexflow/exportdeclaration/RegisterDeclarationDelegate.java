package org.impexflow.exportdeclaration;

import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.*;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.impexflow.attachment.AttachmentKind;
import org.impexflow.attachment.Attachments;
import org.impexflow.casefile.AttachmentListing;
import org.springframework.stereotype.Component;
import org.impexflow.casefile.CaseNumbering;
import org.impexflow.casefile.CaseAccess;
import org.impexflow.casefile.CaseFiling;
import org.impexflow.casefile.FileInput;

/**
 * Registration: the number, the row in the register, the attachments, the business key, and read
 * access to the case for the accounts of the establishment.
 */
@Component("registerDeclarationDelegate")
class RegisterDeclarationDelegate implements JavaDelegate {

    private static final Map<String, AttachmentKind> KINDS = Map.of(
            ESB_CERTIFICATE, AttachmentKind.ESB_CERTIFICATE,
            EARLIER_DECLARATION_COPIES, AttachmentKind.EARLIER_DECLARATION_COPY,
            OTHER_DOCUMENTS, AttachmentKind.OTHER_DOCUMENT);

    private final DeclarationChecks checks;
    private final CaseNumbering numbering;
    private final DeclarationRegister register;
    private final Attachments attachments;
    private final CaseFiling filing;
    private final AttachmentListing listing;
    private final DeclarationSummary summary;
    private final ExportDeclarationSettings settings;
    private final CaseAccess access;

    RegisterDeclarationDelegate(DeclarationChecks checks, CaseNumbering numbering, DeclarationRegister register,
            Attachments attachments, CaseFiling filing, AttachmentListing listing, DeclarationSummary summary,
            ExportDeclarationSettings settings, CaseAccess access) {
        this.checks = checks;
        this.numbering = numbering;
        this.register = register;
        this.attachments = attachments;
        this.filing = filing;
        this.listing = listing;
        this.summary = summary;
        this.settings = settings;
        this.access = access;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String initiator = (String) execution.getVariable(INITIATOR);
        // the same checks as the first step, on the same variables in the same transaction: they pass
        DeclarationChecks.Checked checked = checks.check(execution, initiator);
        DeclarationRequest request = checked.request();
        Long establishmentId = checked.establishment().getId();

        // the engine's clock: the same time as the task and job dates of this step
        ZonedDateTime filedAt = ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(),
                CaseNumbering.PARIS);
        ZonedDateTime reviewDue = filedAt.plus(settings.reviewDue());
        String number = numbering.next(ExportDeclarationProcess.NUMBER_SERIES, filedAt);
        ExportDeclaration declaration = register.register(new ExportDeclaration(number, request, establishmentId,
                initiator, filedAt.toInstant(), reviewDue.toInstant(), execution.getProcessInstanceId()),
                request.amendedNumbers(), initiator == null ? request.declarantEmail() : initiator);

        checked.files().forEach((field, inputs) -> {
            for (FileInput input : inputs) {
                attachments.link(filing.stored(input, initiator).getId(), establishmentId, declaration.getId(),
                        KINDS.get(field));
            }
            execution.removeVariable(field);
        });

        execution.setProcessBusinessKey(number);
        execution.setVariable(DECLARATION_NUMBER, number);
        execution.setVariable(DECLARATION_ID, declaration.getId());
        CaseVariables.status(execution, DeclarationStatus.FILED);
        execution.setVariable(FILED_AT, Date.from(filedAt.toInstant()));
        execution.setVariable(REVIEW_DUE_DATE, Date.from(reviewDue.toInstant()));
        execution.setVariable(ESTABLISHMENT_GROUP, checked.establishment().groupId());
        execution.setVariable(COMPLEMENT_ASSIGNEE, access.complementAssignee(request.declarantEmail(), initiator));
        // a sender without an account answers by e-mail: support enters the complement for them
        execution.setVariable(COMPLEMENT_GROUPS, Boolean.TRUE.equals(execution.getVariable(RECEIVED_BY_MAIL))
                ? checked.establishment().groupId() + "," + org.impexflow.access.Groups.SUPPORT
                : checked.establishment().groupId());
        execution.setVariable(COMPLEMENT_ROUND, 0);
        execution.setVariable(ATTACHMENT_LIST, listing.markdown(declaration.getId()));
        execution.setVariable(DECLARATION_SUMMARY, summary.markdown(declaration));

        access.grantRead(checked.establishment().groupId(), execution.getProcessInstanceId());
    }
}
