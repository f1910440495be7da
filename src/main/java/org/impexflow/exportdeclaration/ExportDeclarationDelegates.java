package org.impexflow.exportdeclaration;

import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.impexflow.attachment.Attachment;
import org.impexflow.authority.AuthorityDirectory;
import org.impexflow.authority.ImportingAuthority;
import org.impexflow.casefile.AttachmentListing;
import org.impexflow.casefile.CaseChain;
import org.impexflow.casefile.CaseRegister;
import org.impexflow.casefile.CaseStepDelegates;
import org.impexflow.casefile.CaseNumbering;
import org.impexflow.casefile.CaseSteps;
import org.impexflow.casefile.MailIntake;
import org.impexflow.mail.Mailer;
import org.impexflow.mail.OutgoingMail;
import org.impexflow.reference.Countries;
import org.impexflow.reference.Country;
import org.impexflow.reference.Membership;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of processes/export-declaration.bpmn that are the procedure's own, one bean each, named as the
 * BPMN calls them: the checks and eligibility, the decisions, the validated copy and the transmission to the
 * importing authority, and the registration's own part. The steps alike in every filed procedure are the
 * kernel's ({@link CaseSteps}); the mail intake's is {@link FileReceivedDeclarationDelegate}.
 */
@Configuration(proxyBeanMethods = false)
class ExportDeclarationDelegates {

    /** Time given to ANSM support to transmit by hand when no address is on record. */
    static final Duration MANUAL_TRANSMISSION_DELAY = Duration.ofDays(7);

    /**
     * First step of a filing, in the caller's transaction: refuses the start with the fields at fault
     * (nothing is stored), or normalises the input and prepares the eligibility decision.
     */
    @Bean
    JavaDelegate checkDeclarationDelegate(DeclarationChecks checks, Countries countries, CaseStepDelegates kernel) {
        return execution -> {
            DeclarationRequest request = kernel.check(execution, checks::check).request();
            Country destination = countries.find(request.destinationCountry()).orElseThrow();
            Country release = countries.find(request.releaseCountry()).orElseThrow();

            CaseSteps.normalise(execution, DECLARATION_TYPE, request.type().name());
            CaseSteps.normalise(execution, HAS_FRENCH_MARKETING_AUTHORISATION, request.hasFrenchMarketingAuthorisation());
            CaseSteps.normalise(execution, CONTAINS_ANIMAL_ORIGIN, request.containsAnimalOriginSubstances());
            CaseSteps.normalise(execution, DESTINATION_COUNTRY, destination.getCode());
            execution.setVariable(DESTINATION_COUNTRY_NAME, destination.getNameFr());
            CaseSteps.normalise(execution, RELEASE_COUNTRY, release.getCode());
            execution.setVariable(RELEASE_COUNTRY_NAME, release.getNameFr());
            // memberships at the filing date: a case keeps the answer it had (docs/processes/export-declaration.md)
            LocalDate filingDate = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), CaseNumbering.PARIS);
            boolean destinationOverseas = countries.isMember(destination.getCode(),
                    Membership.FRENCH_OVERSEAS_DEPARTMENT, filingDate);
            fact(execution, DESTINATION_OVERSEAS_DEPARTMENT, destinationOverseas);
            fact(execution, DESTINATION_IN_EU, destinationOverseas
                    || countries.isMember(destination.getCode(), Membership.EU, filingDate));
            fact(execution, RELEASED_IN_FRANCE_OR_EU, countries.isMember(release.getCode(),
                    Membership.FRENCH_OVERSEAS_DEPARTMENT, filingDate)
                    || countries.isMember(release.getCode(), Membership.EU, filingDate));
        };
    }

    /**
     * An input of the eligibility decision, for this transaction only: the decision's history keeps the value
     * it read (its inputs), so the case needs no variable of it. A variable of the same name sent with the
     * start is overwritten with the checks' value (the engine cannot make it transient in the same command).
     */
    private static void fact(DelegateExecution execution, String name, boolean value) {
        execution.setVariable(name, execution.hasVariable(name) ? Variables.booleanValue(value)
                : Variables.booleanValue(value, true));
    }

    /** Tells the declarant why no declaration was registered (EU or overseas department, French AMM, release). */
    @Bean
    JavaDelegate explainNoDeclarationRegisteredDelegate(DeclarationMails mails, Mailer mailer) {
        return execution -> mailer.sendOnce("NOT-REGISTERED:" + execution.getProcessInstanceId(), mails.notRegistered(
                (String) execution.getVariable(DECLARANT_EMAIL), (String) execution.getVariable(MEDICINE_NAME),
                (String) execution.getVariable(DESTINATION_COUNTRY), (String) execution.getVariable(ELIGIBILITY_OUTCOME),
                (String) execution.getVariable(ELIGIBILITY_EXPLANATION)));
    }

    /**
     * The declaration is "visée": in force, replacing the declarations a DEC amends; the other DECs of those
     * declarations still pending are closed ({@link CaseChain#closeOvertaken}).
     */
    @Bean
    JavaDelegate validateDeclarationDelegate(DeclarationRegister register, CaseRegister cases) {
        return execution -> {
            ExportDeclaration declaration = register.validate(CaseVariables.declarationId(execution),
                    CaseVariables.actor(), (String) execution.getVariable(REVIEW_COMMENT));
            CaseVariables.status(execution, DeclarationStatus.VALIDATED);
            CaseChain.closeOvertaken(execution, declaration, cases);
        };
    }

    /** ANSM prohibits the export (CSP L.5124-11): the case is closed as "Interdite" with its reasons. */
    @Bean
    JavaDelegate prohibitExportDelegate(DeclarationRegister register) {
        return execution -> {
            register.decide(CaseVariables.declarationId(execution), DeclarationStatus.PROHIBITED,
                    DeclarationEventKind.PROHIBITED, CaseVariables.actor(),
                    (String) execution.getVariable(REVIEW_COMMENT));
            CaseVariables.status(execution, DeclarationStatus.PROHIBITED);
        };
    }

    /** Mails the declarant a prohibition or a closing without follow-up, once, after the decision committed. */
    @Bean
    JavaDelegate notifyDecisionDelegate(DeclarationRegister register, DeclarationMails mails, Mailer mailer) {
        return execution -> {
            ExportDeclaration declaration = register.get(CaseVariables.declarationId(execution));
            OutgoingMail mail = switch (declaration.getStatus()) {
                case PROHIBITED -> mails.prohibited(declaration);
                case CLOSED_WITHOUT_FOLLOW_UP -> execution.hasVariable(CaseChain.OVERTAKEN_BY)
                        ? mails.overtaken(declaration, (String) execution.getVariable(CaseChain.OVERTAKEN_BY))
                        : mails.closedWithoutFollowUp(declaration);
                default -> throw new IllegalStateException(declaration.getNumber() + " has no decision to notify: "
                        + declaration.getStatus());
            };
            String messageId = mailer.sendOnce("DECISION:" + declaration.getNumber(), mail);
            register.note(declaration.getId(), DeclarationEventKind.DECISION_SENT, CaseVariables.SYSTEM,
                    declaration.getStatus().label() + " – " + declaration.getDeclarantEmail() + " " + messageId);
        };
    }

    /** Generates the PDF copy of the validated declaration and files it with the case. */
    @Bean
    JavaDelegate generateValidatedCopyDelegate(DeclarationRegister register, ValidatedCopies copies,
            AttachmentListing listing) {
        return execution -> {
            ExportDeclaration declaration = register.get(CaseVariables.declarationId(execution));
            Attachment copy = copies.generate(declaration);
            execution.setVariable(VALIDATED_COPY_URL, listing.url(copy));
            execution.setVariable(ATTACHMENT_LIST, listing.markdown(declaration.getId()));
        };
    }

    /**
     * Registration ({@link CaseStepDelegates#register}): a DEI, or a DEC with the chain it amends; and the
     * declaration's summary for the review.
     */
    @Bean
    JavaDelegate registerDeclarationDelegate(DeclarationChecks checks, DeclarationRegister register,
            DeclarationSummary summary, CaseStepDelegates kernel,
            CaseSteps<ExportDeclaration, DeclarationStatus, DeclarationEventKind> steps) {
        return execution -> {
            ExportDeclaration declaration = kernel.register(execution, steps, ExportDeclarationProcess.NUMBER_SERIES,
                    checks::check, (request, establishmentId, filed) ->
                            register.register(new ExportDeclaration(filed.number(), request, establishmentId,
                                    filed.by(), filed.filedAt(), filed.reviewDueAt(), execution.getProcessInstanceId()),
                                    request.amendedNumbers(), filed.actor()));
            execution.setVariable(DECLARATION_SUMMARY, summary.markdown(declaration));
        };
    }

    /**
     * Sends the validated declaration with its PDF to the importing country's authority, with the link by
     * which it confirms receipt ({@link AuthorityReceipts}), and records the transmission.
     */
    @Bean
    JavaDelegate transmitToAuthorityDelegate(DeclarationRegister register, AuthorityDirectory directory,
            ValidatedCopies copies, DeclarationMails mails, Mailer mailer, AuthorityReceipts receipts) {
        return execution -> {
            ExportDeclaration declaration = register.get(CaseVariables.declarationId(execution));
            ImportingAuthority authority = directory.forCountry(declaration.getDestinationCountry())
                    .orElseThrow(() -> new IllegalStateException("No authority on record for "
                            + declaration.getDestinationCountry()));
            String key = "AUTHORITY:" + declaration.getNumber();
            // the receipt link's token is stored (hashed) before the mail leaves, in a transaction of its own
            AuthorityReceipts.Prepared prepared = receipts.prepare(declaration.getId(), authority.getName(),
                    authority.getEmail(), mailer.alreadySent(key));
            String receiptUrl = prepared.token() == null ? null : receipts.url(prepared.token());
            String messageId = mailer.sendOnce(key, mails.toAuthority(declaration, authority,
                    copies.content(declaration), receiptUrl));
            register.transmissionMailed(prepared.transmissionId(), "Courriel " + messageId);
        };
    }

    /**
     * Invites the contact of an establishment that ANSM support registered from a mailed declaration to create
     * an account; the first account made with that address becomes its manager and finds the declaration.
     */
    @Bean
    JavaDelegate inviteContactDelegate(MailIntake intake,
            CaseSteps<ExportDeclaration, DeclarationStatus, DeclarationEventKind> steps) {
        return execution -> intake.inviteContact(execution, steps, "export-account-invitation");
    }

    /** Looks up the health ministry of the importing country in the directory. */
    @Bean
    JavaDelegate findImportingAuthorityDelegate(AuthorityDirectory directory) {
        return execution -> {
            boolean known = directory.forCountry((String) execution.getVariable(DESTINATION_COUNTRY)).isPresent();
            execution.setVariable(AUTHORITY_KNOWN, known);
            if (!known) {
                execution.setVariable(TRANSMISSION_DUE_DATE,
                        Date.from(Instant.now().plus(MANUAL_TRANSMISSION_DELAY)));
            }
        };
    }

    /** Records the transmission that ANSM support made by hand. */
    @Bean
    JavaDelegate recordManualTransmissionDelegate(DeclarationRegister register) {
        return execution -> register.recordTransmission(CaseVariables.declarationId(execution),
                AuthorityTransmission.Channel.MANUAL, ((String) execution.getVariable(TRANSMISSION_RECIPIENT)).strip(),
                null, CaseVariables.actor(), (String) execution.getVariable(TRANSMISSION_NOTE));
    }
}
