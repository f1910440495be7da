package org.impexflow.narcotics;

import org.impexflow.access.Groups;
import org.impexflow.access.ProcessAccess;
import org.impexflow.access.TasklistFilter;
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

    @Bean
    TasklistFilter annualDeclarationsToReview() {
        return new TasklistFilter("Déclarations annuelles à examiner", Groups.NARCOTICS, -30,
                "Déclarations annuelles des stupéfiants et psychotropes soumises, échéance la plus proche d'abord",
                java.util.List.of(TasklistFilter.column(AnnualDeclarationProcess.Vars.OPERATOR_NAME, "Opérateur"),
                        TasklistFilter.column(AnnualDeclarationProcess.Vars.DECLARED_YEAR, "Année")),
                tasks -> tasks.createTaskQuery().taskDefinitionKey(AnnualDeclarationProcess.Elements.REVIEW)
                        .taskCandidateGroup(Groups.NARCOTICS).includeAssignedTasks().orderByDueDate().asc());
    }
}
