package org.impexflow.accountsupport;

import java.util.List;

import org.impexflow.access.Groups;
import org.impexflow.access.ProcessAccess;
import org.impexflow.access.StartIdentity;
import org.impexflow.access.TasklistFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccountSupportModule {

    @Bean
    ProcessAccess accountSupportIsRunBySupport() {
        return ProcessAccess.runBySupport(AccountSupportProcess.KEY);
    }

    /** The agent is the authenticated person, never a variable of the request (issue 16, point 2). */
    @Bean
    StartIdentity accountSupportIsStartedByTheAuthenticatedAgent() {
        return StartIdentity.startedBy(AccountSupportProcess.KEY, AccountSupportProcess.Vars.SUPPORT_AGENT);
    }

    /**
     * Every task offered to support, whatever its process, first in support's list: the complements of cases
     * received by e-mail and the follow-up of late annual declarations have no filter of their own.
     */
    @Bean
    TasklistFilter supportTasks() {
        return new TasklistFilter("Tâches du support", Groups.SUPPORT, -30,
                "Toutes les tâches offertes au support, échéance la plus proche d'abord : compléments des dossiers "
                        + "reçus par courriel, relances des déclarations annuelles en retard, transmissions, comptes, "
                        + "rattachements", List.of(),
                tasks -> tasks.createTaskQuery().taskCandidateGroup(Groups.SUPPORT).includeAssignedTasks()
                        .orderByDueDate().asc());
    }

    @Bean
    TasklistFilter accountInterventions() {
        return new TasklistFilter("Comptes", Groups.SUPPORT, -10, "Interventions en cours sur les comptes",
                List.of(TasklistFilter.column(AccountSupportProcess.Vars.ACCOUNT_EMAIL, "Compte"),
                        TasklistFilter.column(AccountSupportProcess.Vars.SUPPORT_REASON, "Demande")),
                tasks -> tasks.createTaskQuery().processDefinitionKey(AccountSupportProcess.KEY)
                        .taskCandidateGroup(Groups.SUPPORT).includeAssignedTasks().orderByTaskCreateTime().asc());
    }
}
