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

    @Bean
    TasklistFilter accountInterventions() {
        return new TasklistFilter("Comptes", Groups.SUPPORT, -10, "Interventions en cours sur les comptes",
                List.of(TasklistFilter.column(AccountSupportProcess.Vars.ACCOUNT_EMAIL, "Compte"),
                        TasklistFilter.column(AccountSupportProcess.Vars.SUPPORT_REASON, "Demande")),
                tasks -> tasks.createTaskQuery().processDefinitionKey(AccountSupportProcess.KEY)
                        .taskCandidateGroup(Groups.SUPPORT).includeAssignedTasks().orderByTaskCreateTime().asc());
    }
}
