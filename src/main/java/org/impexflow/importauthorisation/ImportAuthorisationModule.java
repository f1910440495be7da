package org.impexflow.importauthorisation;

import static org.impexflow.access.TasklistFilter.column;

import java.util.List;
import java.util.Map;

import org.impexflow.access.Groups;
import org.impexflow.access.ProcessAccess;
import org.impexflow.access.StartIdentity;
import org.impexflow.access.TasklistFilter;
import org.impexflow.attachment.AttachmentKind;
import org.impexflow.attachment.Attachments;
import org.impexflow.casefile.CaseActRule;
import org.impexflow.casefile.CaseSteps;
import org.impexflow.casefile.CaseTasks;
import org.impexflow.casefile.ReviewDecisionRule;
import org.impexflow.importauthorisation.ImportAuthorisationProcess.ReviewDecision;
import org.impexflow.importauthorisation.ImportAuthorisationProcess.Elements;
import org.impexflow.importauthorisation.ImportAuthorisationProcess.Vars;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ImportAuthorisationModule {

    /**
     * Tasks named after the request, e.g. "Instruire AI-2026-11-0007 – Artesunate – Inde"; the review is the
     * reviewers', due at the date set on filing, "En cours d'instruction" once a reviewer takes it, completed
     * with a known decision, with reasons for a refusal and the complement asked for.
     */
    @Bean
    CaseTasks importAuthorisationTasks(
            CaseSteps<ImportAuthorisation, AuthorisationStatus, AuthorisationEventKind> steps) {
        return steps.tasks(Elements.REVIEW, "Instruire {authorisationNumber} – {medicineName} – {provenanceCountryName}",
                Groups.REVIEWERS, ReviewDecisionRule.of(ReviewDecision.class, ReviewDecision.GRANT,
                        ReviewDecision.REQUEST_COMPLEMENT, "obligatoire : les motifs du refus sont communiqués au déclarant"));
    }

    /**
     * What the kernel needs to run the steps alike in every filed procedure ({@link CaseSteps}): the
     * request's register (a decision without validity date), where its files go, and its mails.
     */
    @Bean
    CaseSteps<ImportAuthorisation, AuthorisationStatus, AuthorisationEventKind> importAuthorisationSteps(
            AuthorisationRegister register, AuthorisationMails mails, Attachments attachments) {
        return CaseSteps.<ImportAuthorisation, AuthorisationStatus, AuthorisationEventKind>of(
                ImportAuthorisationProcess.KEY, "authorisation", AuthorisationStatus.class, AuthorisationStatus::label,
                AuthorisationEventKind.class, AuthorisationEventKind::label)
                .register(register::get, register::history, register::changeStatus,
                        (id, decision, why, actor, reasons) -> register.decide(id, decision, why, actor, reasons, null),
                        register::note)
                .files(Map.of(Vars.COVER_LETTER, AttachmentKind.COVER_LETTER, Vars.OTHER_DOCUMENTS,
                        AttachmentKind.OTHER_DOCUMENT), attachments::linkToImportAuthorisation,
                        attachments::ofImportAuthorisation)
                .mails("AI-ACK", mails::acknowledgement, "AI-", mails::toDeclarant, "import");
    }

    /**
     * Acts after the decision: the reviewers withdraw, suspend or prohibit a granted authorisation in force
     * (article L.5124-13 by default); the declarant is mailed.
     */
    @Bean
    CaseActRule importAuthorisationActs(AuthorisationRegister register) {
        return CaseActRule.of(ImportAuthorisation.KIND, "l'autorisation d'importation", Groups.REVIEWERS,
                "article L.5124-13 du code de la santé publique")
                .inForceAs(AuthorisationStatus.GRANTED)
                .statuses(AuthorisationStatus.WITHDRAWN, AuthorisationStatus.SUSPENDED, AuthorisationStatus.PROHIBITED)
                .timeline((id, act, status, at, actor, detail) -> new AuthorisationEvent().of(id,
                        act == null ? AuthorisationEventKind.SUSPENSION_ENDED : AuthorisationEventKind.valueOf(status),
                        AuthorisationStatus.valueOf(status), at, actor, detail))
                .recipients(id -> List.of(register.find(id).orElseThrow().getDeclarantEmail()));
    }

    @Bean
    ProcessAccess importAuthorisationIsFiledByEstablishments() {
        return ProcessAccess.filedByEstablishments(ImportAuthorisationProcess.KEY);
    }

    /** Who files is the authenticated person or API account (issue 16, point 2). */
    @Bean
    StartIdentity importAuthorisationIsFiledByWhoeverIsAuthenticated() {
        return StartIdentity.filing(ImportAuthorisationProcess.KEY, Vars.INITIATOR);
    }

    @Bean
    StartIdentity importMailIntakeIsEnteredByTheAuthenticatedAgent() {
        return StartIdentity.filing(ImportMailIntakeProcess.KEY, ImportMailIntakeProcess.Vars.SUPPORT_AGENT);
    }

    @Bean
    ProcessAccess importMailIntakeIsRunBySupport() {
        return ProcessAccess.runBySupport(ImportMailIntakeProcess.KEY);
    }

    @Bean
    TasklistFilter importReviewQueue() {
        return new TasklistFilter("Autorisations d'importation à instruire", Groups.REVIEWERS, -25,
                "Demandes d'autorisation d'importation à instruire, échéance la plus proche d'abord",
                List.of(column(Vars.AUTHORISATION_NUMBER, "N°"), column(Vars.MEDICINE_NAME, "Médicament"),
                        column(Vars.PROVENANCE_COUNTRY_NAME, "Pays de provenance"),
                        column(Vars.ESTABLISHMENT_NAME, "Établissement"), column(Vars.FILED_AT, "Date de dépôt"),
                        column(Vars.REVIEW_DUE_DATE, "Échéance")),
                // by process and task definition alone, as the export queue (docs/benchmarks.md)
                tasks -> tasks.createTaskQuery().processDefinitionKey(ImportAuthorisationProcess.KEY).taskDefinitionKey(Elements.REVIEW)
                        .orderByDueDate().asc());
    }
}
