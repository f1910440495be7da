package org.impexflow.exportdeclaration;

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
import org.impexflow.exportdeclaration.ExportDeclarationProcess.ReviewDecision;
import org.impexflow.exportdeclaration.ExportDeclarationProcess.Elements;
import org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ExportDeclarationModule {

    private static final List<Map<String, String>> COLUMNS = List.of(
            column(Vars.DECLARATION_NUMBER, "N° de fiche"), column(Vars.MEDICINE_NAME, "Médicament"),
            column(Vars.DESTINATION_COUNTRY_NAME, "Pays de destination"),
            column(Vars.ESTABLISHMENT_NAME, "Établissement"), column(Vars.FILED_AT, "Date de dépôt"),
            column(Vars.REVIEW_DUE_DATE, "Échéance"));

    /**
     * Tasks named after the case, e.g. "Instruire 2026-11-0042 – Artemether – Sénégal", so that a task list
     * reads by itself (the diagram keeps the generic names); the review is the reviewers', due at the date
     * set on filing, "En cours d'instruction" once a reviewer takes it, completed with a known decision and
     * with reasons unless it is a validation.
     */
    @Bean
    CaseTasks exportDeclarationTasks(CaseSteps<ExportDeclaration, DeclarationStatus, DeclarationEventKind> steps) {
        return steps.tasks(Elements.REVIEW, "Instruire {declarationNumber} – {medicineName} – {destinationCountryName}",
                Groups.REVIEWERS, ReviewDecisionRule.of(ReviewDecision.class, ReviewDecision.VALIDATE,
                        ReviewDecision.REQUEST_COMPLEMENT,
                        "obligatoire : les motifs de l'interdiction sont communiqués au déclarant"))
                .named(Elements.TRANSMIT_MANUALLY, "Transmettre {declarationNumber} à l'autorité – {destinationCountryName}");
    }

    /**
     * What the kernel needs to run the steps alike in every filed procedure ({@link CaseSteps}): the
     * declaration's register, where its files go, and its mails to the declarant.
     */
    @Bean
    CaseSteps<ExportDeclaration, DeclarationStatus, DeclarationEventKind> exportDeclarationSteps(
            DeclarationRegister register, DeclarationMails mails, Attachments attachments) {
        return CaseSteps.<ExportDeclaration, DeclarationStatus, DeclarationEventKind>of(ExportDeclarationProcess.KEY,
                "declaration", DeclarationStatus.class, DeclarationStatus::label, DeclarationEventKind.class,
                DeclarationEventKind::label)
                .register(register::get, register::history, register::changeStatus, register::decide, register::note)
                .files(Map.of(Vars.ESB_CERTIFICATE, AttachmentKind.ESB_CERTIFICATE,
                        Vars.EARLIER_DECLARATION_COPIES, AttachmentKind.EARLIER_DECLARATION_COPY,
                        Vars.GMP_CERTIFICATE, AttachmentKind.GMP_CERTIFICATE,
                        Vars.OTHER_DOCUMENTS, AttachmentKind.OTHER_DOCUMENT), attachments::link,
                        attachments::ofDeclaration)
                .mails("AEE", mails::acknowledgement, "", mails::toDeclarant, "export");
    }

    /**
     * Acts after the decision: the reviewers withdraw, suspend or prohibit a validated declaration in force
     * (article L.5124-11 by default); the declarant and the importing authorities it was sent to are mailed.
     */
    @Bean
    CaseActRule exportDeclarationActs(DeclarationRegister register, AuthorityTransmissionRepository transmissions) {
        return CaseActRule.of(ExportDeclaration.KIND, "la déclaration d'exportation", Groups.REVIEWERS,
                "article L.5124-11 du code de la santé publique")
                .inForceAs(DeclarationStatus.VALIDATED)
                .statuses(DeclarationStatus.WITHDRAWN, DeclarationStatus.SUSPENDED, DeclarationStatus.PROHIBITED)
                .timeline((id, act, status, at, actor, detail) -> new DeclarationEvent().of(id,
                        act == null ? DeclarationEventKind.SUSPENSION_ENDED : DeclarationEventKind.valueOf(status),
                        DeclarationStatus.valueOf(status), at, actor, detail))
                .recipients(id -> {
                    List<String> to = new java.util.ArrayList<>();
                    to.add(register.get(id).getDeclarantEmail());
                    transmissions.findByDeclarationId(id).stream()
                            .filter(t -> t.getChannel() == AuthorityTransmission.Channel.EMAIL)
                            .map(AuthorityTransmission::getRecipientEmail).distinct().forEach(to::add);
                    return to;
                });
    }

    /** The reviewers' acts to confirm, export declarations and import authorisations alike. */
    @Bean
    TasklistFilter reviewersActsToConfirm() {
        return org.impexflow.casefile.CaseActs.confirmations("Actes à confirmer", Groups.REVIEWERS);
    }

    @Bean
    ProcessAccess exportDeclarationIsFiledByEstablishments() {
        return ProcessAccess.filedByEstablishments(ExportDeclarationProcess.KEY);
    }

    /** Who files is the authenticated person or API account (issue 16, point 2). */
    @Bean
    StartIdentity exportDeclarationIsFiledByWhoeverIsAuthenticated() {
        return StartIdentity.filing(ExportDeclarationProcess.KEY, Vars.INITIATOR);
    }

    @Bean
    StartIdentity mailIntakeIsEnteredByTheAuthenticatedAgent() {
        return StartIdentity.filing(MailIntakeProcess.KEY, MailIntakeProcess.Vars.SUPPORT_AGENT);
    }

    @Bean
    ProcessAccess mailIntakeIsRunBySupport() {
        return ProcessAccess.runBySupport(MailIntakeProcess.KEY);
    }

    @Bean
    TasklistFilter reviewQueue() {
        return new TasklistFilter("Déclarations à instruire", Groups.REVIEWERS, -30,
                "Déclarations d'exportation à instruire, échéance la plus proche d'abord", COLUMNS,
                // every review task of the process, assigned or not: by process and task definition alone, the engine counts the queue
                // without joining each task's candidate groups (docs/benchmarks.md); reviewers read all of them
                tasks -> tasks.createTaskQuery().processDefinitionKey(ExportDeclarationProcess.KEY).taskDefinitionKey(Elements.REVIEW)
                        .orderByDueDate().asc());
    }

    @Bean
    TasklistFilter overdueReviews() {
        // every review of the reviewers, export declarations and import authorisations alike
        return new TasklistFilter("En retard", Groups.REVIEWERS, -20, "Instructions dont l'échéance est dépassée",
                COLUMNS, tasks -> tasks.createTaskQuery().taskCandidateGroup(Groups.REVIEWERS).includeAssignedTasks()
                        .dueBeforeExpression("${now()}").orderByDueDate().asc());
    }

    @Bean
    TasklistFilter manualTransmissions() {
        return new TasklistFilter("Transmissions à effectuer", Groups.SUPPORT, -20,
                "Déclarations visées à transmettre à la main : aucune adresse connue pour l'autorité", COLUMNS,
                tasks -> tasks.createTaskQuery().taskDefinitionKey(Elements.TRANSMIT_MANUALLY)
                        .taskCandidateGroup(Groups.SUPPORT).includeAssignedTasks().orderByDueDate().asc());
    }
}
