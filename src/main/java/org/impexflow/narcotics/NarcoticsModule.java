package org.impexflow.narcotics;

import org.impexflow.access.Groups;
import org.impexflow.access.ProcessAccess;
import org.impexflow.access.StartIdentity;
import org.impexflow.access.TasklistFilter;
import org.impexflow.casefile.CaseActs;
import org.impexflow.casefile.ReviewRoundHistory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NarcoticsModule {

    /** Opened by the campaign; the review goes to the narcotics team, the follow-ups to support. */
    @Bean
    ProcessAccess annualDeclarationIsOpenedByTheCampaign() {
        return new ProcessAccess(AnnualDeclarationProcess.KEY, java.util.List.of(),
                java.util.List.of(Groups.NARCOTICS, Groups.SUPPORT), java.util.List.of(Groups.NARCOTICS, Groups.SUPPORT));
    }

    /** An annual declaration reports what happened; it is not a decision ANSM could withdraw, suspend or prohibit. */
    @Bean
    CaseActs.NotADecision annualDeclarationIsNotADecision() {
        return new CaseActs.NotADecision(AnnualDeclaration.KIND, "une déclaration annuelle des stupéfiants et "
                + "psychotropes rend compte des opérations d'une année : ce n'est pas une décision en vigueur, elle ne "
                + "peut être ni retirée, ni suspendue, ni interdite");
    }

    /** The corrections asked of an annual declaration and its submissions, shown on its next review. */
    @Bean
    ReviewRoundHistory annualReviewRounds(AnnualDeclarations declarations) {
        return ReviewRoundHistory.of(AnnualDeclarationProcess.KEY,
                e -> declarations.history(AnnualDeclarationDelegates.declarationId(e)), AnnualDeclarationEvent::getKind,
                AnnualDeclarationEventKind.CORRECTIONS_REQUESTED, AnnualDeclarationEventKind.SUBMITTED,
                AnnualDeclarationEventKind::label);
    }

    @Bean
    TasklistFilter annualDeclarationsToReview() {
        return new TasklistFilter("Déclarations annuelles à examiner", Groups.NARCOTICS, -30,
                "Déclarations annuelles des stupéfiants et psychotropes soumises, échéance la plus proche d'abord",
                java.util.List.of(TasklistFilter.column(AnnualDeclarationProcess.Vars.OPERATOR_NAME, "Opérateur"),
                        TasklistFilter.column(AnnualDeclarationProcess.Vars.DECLARED_YEAR, "Année")),
                tasks -> tasks.createTaskQuery().taskDefinitionKey(AnnualDeclarationProcess.Elements.REVIEW)
                        .taskCandidateGroup(Groups.NARCOTICS).includeAssignedTasks().orderByDueDate().asc());
    }

    /**
     * A request for the Manager profile is started by the application for the authenticated person (no
     * one starts it from Tasklist or the REST API); the narcotics team decides, support reads them too.
     */
    @Bean
    ProcessAccess managerRequestIsStartedFromTheAnnualDeclarationPage() {
        return new ProcessAccess(ManagerRequestProcess.KEY, java.util.List.of(),
                java.util.List.of(Groups.NARCOTICS, Groups.SUPPORT), java.util.List.of(Groups.NARCOTICS));
    }

    /** Who asks is the authenticated person, never a variable of the start. */
    @Bean
    StartIdentity managerRequestIsAskedByTheAuthenticatedPerson() {
        return StartIdentity.filing(ManagerRequestProcess.KEY, ManagerRequestProcess.Vars.REQUESTER);
    }

    @Bean
    TasklistFilter managerRequestsToDecide() {
        return new TasklistFilter("Demandes de profil Gestionnaire", Groups.NARCOTICS, -28,
                "Comptes d'opérateurs de stupéfiants qui demandent le profil Gestionnaire (soumission de la "
                        + "déclaration annuelle) : accorder ou refuser",
                java.util.List.of(TasklistFilter.column(ManagerRequestProcess.Vars.REQUESTER_NAME, "Demandeur"),
                        TasklistFilter.column(ManagerRequestProcess.Vars.OPERATOR_NAME, "Opérateur"),
                        TasklistFilter.column(ManagerRequestProcess.Vars.REQUESTED_AT, "Demandé le")),
                tasks -> tasks.createTaskQuery().taskDefinitionKey(ManagerRequestProcess.Elements.DECIDE)
                        .taskCandidateGroup(Groups.NARCOTICS).includeAssignedTasks().orderByDueDate().asc());
    }
}
