package org.impexflow.importauthorisation;

import static org.impexflow.importauthorisation.ImportAuthorisationProcess.Vars.*;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.impexflow.attachment.Attachments;
import org.impexflow.casefile.AttachmentListing;
import org.impexflow.casefile.CaseActor;
import org.impexflow.casefile.CaseNumbering;
import org.impexflow.casefile.CaseStepDelegates;
import org.impexflow.casefile.CaseSteps;
import org.impexflow.casefile.MailIntake;
import org.impexflow.importauthorisation.ImportAuthorisationProcess.Elements;
import org.impexflow.mail.Mailer;
import org.impexflow.mail.OutgoingMail;
import org.impexflow.reference.Countries;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of processes/import-authorisation.bpmn that are the procedure's own, one bean each, named as the
 * BPMN calls them: the checks, the decisions with the validity, the authorisation's PDF and the decision's
 * mail, and the registration's own part. The steps alike in every filed procedure are the kernel's
 * ({@link CaseSteps}).
 */
@Configuration(proxyBeanMethods = false)
class ImportAuthorisationDelegates {

    /** Refuses a request that does not pass the checks, storing nothing; else keeps its values as checked. */
    @Bean
    JavaDelegate checkImportRequestDelegate(AuthorisationChecks checks, Countries countries, CaseStepDelegates kernel) {
        return execution -> {
            AuthorisationRequest request = kernel.check(execution, checks::check).request();
            CaseSteps.normalise(execution, PROVENANCE_COUNTRY, request.provenanceCountry());
            execution.setVariable(PROVENANCE_COUNTRY_NAME, countries.frenchName(request.provenanceCountry()));
            CaseSteps.normalise(execution, ORIGIN_COUNTRY, request.originCountry());
            execution.setVariable(ORIGIN_COUNTRY_NAME, countries.frenchName(request.originCountry()));
            CaseSteps.normalise(execution, QUANTITY_MODE, request.quantityMode().name());
            CaseSteps.normalise(execution, QUANTITY, request.quantity());
            CaseSteps.normalise(execution, PLANNED_OPERATIONS, request.plannedOperations());
            CaseSteps.normalise(execution, PURPOSE, request.purpose().name());
        };
    }

    /** Registration ({@link CaseStepDelegates#register}) in the AI series, and the request's summary for review. */
    @Bean
    JavaDelegate registerImportRequestDelegate(AuthorisationChecks checks, AuthorisationRegister register,
            AuthorisationSummary summary, CaseStepDelegates kernel,
            CaseSteps<ImportAuthorisation, AuthorisationStatus, AuthorisationEventKind> steps) {
        return execution -> {
            ImportAuthorisation authorisation = kernel.register(execution, steps,
                    ImportAuthorisationProcess.NUMBER_SERIES, checks::check, (request, establishmentId, filed) ->
                            register.register(new ImportAuthorisation(filed.number(), request, establishmentId,
                                    filed.by(), filed.filedAt(), filed.reviewDueAt(), execution.getProcessInstanceId()),
                                    filed.actor()));
            execution.setVariable(REQUEST_SUMMARY, summary.markdown(authorisation));
        };
    }

    /**
     * Records ANSM's decision, as the step says: the authorisation granted (valid three months for one
     * import, one year for a series, to the end of the last day), the request refused with the reviewer's
     * reasons; at the end of its validity, expired (closing without follow-up is the kernel's step, which
     * requests running on an earlier version of the process reach through this one).
     */
    @Bean
    JavaDelegate decideImportRequestDelegate(AuthorisationRegister register,
            CaseSteps<ImportAuthorisation, AuthorisationStatus, AuthorisationEventKind> steps,
            @Qualifier("closeWithoutFollowUpDelegate") JavaDelegate closeWithoutFollowUp) {
        return execution -> {
            Long id = steps.caseId(execution);
            String comment = (String) execution.getVariable(REVIEW_COMMENT);
            switch (execution.getCurrentActivityId()) {
                case Elements.GRANT -> {
                    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), CaseNumbering.PARIS);
                    LocalDate validUntil = today.plus(register.get(id).getQuantityMode().validity()).minusDays(1);
                    register.decide(id, AuthorisationStatus.GRANTED, AuthorisationEventKind.GRANTED,
                            CaseActor.current(), comment, validUntil);
                    // the validity ends at midnight, Paris time, after its last day
                    execution.setVariable(VALID_UNTIL, Date.from(validUntil.plusDays(1)
                            .atStartOfDay(CaseNumbering.PARIS).toInstant()));
                    steps.status(execution, AuthorisationStatus.GRANTED);
                }
                case Elements.REFUSE -> {
                    register.decide(id, AuthorisationStatus.REFUSED, AuthorisationEventKind.REFUSED,
                            CaseActor.current(), comment, null);
                    steps.status(execution, AuthorisationStatus.REFUSED);
                }
                case Elements.EXPIRE -> {
                    register.changeStatus(id, AuthorisationStatus.EXPIRED, AuthorisationEventKind.EXPIRED,
                            CaseActor.SYSTEM, null);
                    steps.status(execution, AuthorisationStatus.EXPIRED);
                }
                // a request still running on an earlier version of the process, where this step also closed
                case Elements.CLOSE_WITHOUT_FOLLOW_UP -> closeWithoutFollowUp.execute(execution);
                default -> throw new IllegalStateException("No decision at " + execution.getCurrentActivityId());
            }
        };
    }

    /** Generates the PDF of the granted authorisation, with its verification code, and files it with the case. */
    @Bean
    JavaDelegate generateImportAuthorisationDelegate(AuthorisationRegister register,
            AuthorisationDocuments documents, Attachments attachments, AttachmentListing listing,
            CaseSteps<ImportAuthorisation, AuthorisationStatus, AuthorisationEventKind> steps) {
        return execution -> {
            ImportAuthorisation authorisation = register.get(steps.caseId(execution));
            documents.generate(authorisation);
            execution.setVariable(ATTACHMENT_LIST,
                    listing.markdown(attachments.ofImportAuthorisation(authorisation.getId())));
        };
    }

    /**
     * Mails the declarant the decision, once, after it committed: the authorisation with its PDF, a
     * refusal with its reasons, or a closing without follow-up.
     */
    @Bean
    JavaDelegate notifyImportDecisionDelegate(AuthorisationRegister register, AuthorisationMails mails,
            AuthorisationDocuments documents, Mailer mailer,
            CaseSteps<ImportAuthorisation, AuthorisationStatus, AuthorisationEventKind> steps) {
        return execution -> {
            ImportAuthorisation authorisation = register.get(steps.caseId(execution));
            OutgoingMail mail = switch (authorisation.getStatus()) {
                case GRANTED, USED_UP, EXPIRED -> mails.granted(authorisation,
                        documents.authorisationPdf(authorisation));
                case REFUSED -> mails.refused(authorisation);
                case CLOSED_WITHOUT_FOLLOW_UP -> mails.closedWithoutFollowUp(authorisation);
                default -> throw new IllegalStateException(authorisation.getNumber() + " has no decision to notify: "
                        + authorisation.getStatus());
            };
            String messageId = mailer.sendOnce("AI-DECISION:" + authorisation.getNumber(), mail);
            register.note(authorisation.getId(), authorisation.getDecidedAt() != null
                    && authorisation.getValidUntil() != null ? AuthorisationEventKind.AUTHORISATION_SENT
                            : AuthorisationEventKind.DECISION_SENT, CaseActor.SYSTEM,
                    authorisation.getStatus().label() + " – " + authorisation.getDeclarantEmail() + " " + messageId);
        };
    }

    /**
     * Invites the contact of an establishment that ANSM support registered from a mailed import request to create
     * an account; the first account made with that address becomes its manager and finds the request.
     */
    @Bean
    JavaDelegate inviteImportContactDelegate(MailIntake intake,
            CaseSteps<ImportAuthorisation, AuthorisationStatus, AuthorisationEventKind> steps) {
        return execution -> intake.inviteContact(execution, steps, "import-account-invitation");
    }

    /**
     * The steps under the names that earlier versions of processes/import-authorisation.bpmn gave them, for
     * the requests still running on those versions: the kernel's acknowledgement, request for complement,
     * answer, and the one step that mailed the request for complement or, at the reminder, its reminder.
     */
    @Bean
    JavaDelegate acknowledgeImportRequestDelegate(@Qualifier("sendAcknowledgementDelegate") JavaDelegate step) {
        return step;
    }

    @Bean
    JavaDelegate requestImportComplementDelegate(@Qualifier("requestComplementDelegate") JavaDelegate step) {
        return step;
    }

    @Bean
    JavaDelegate recordImportComplementDelegate(@Qualifier("recordComplementAnswerDelegate") JavaDelegate step) {
        return step;
    }

    @Bean
    JavaDelegate notifyImportComplementDelegate(
            @Qualifier("notifyComplementRequestedDelegate") JavaDelegate request,
            @Qualifier("sendComplementReminderDelegate") JavaDelegate reminder) {
        return execution -> (Elements.SEND_COMPLEMENT_REMINDER.equals(execution.getCurrentActivityId()) ? reminder
                : request).execute(execution);
    }
}
