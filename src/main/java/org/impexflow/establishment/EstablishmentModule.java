package org.impexflow.establishment;

import static org.impexflow.access.TasklistFilter.column;

import java.util.List;

import org.impexflow.access.Groups;
import org.impexflow.access.ProcessAccess;
import org.impexflow.access.TasklistFilter;
import org.impexflow.establishment.MembershipProcess.Elements;
import org.impexflow.establishment.MembershipProcess.Vars;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EstablishmentModule {

    /**
     * Requests to join are started by the system; their decisions go to the establishment's managers
     * (declarants) and to ANSM support, who read the definition to open the form; support reads them all.
     */
    @Bean
    ProcessAccess membershipIsStartedBySystem() {
        return ProcessAccess.startedBySystem(MembershipProcess.KEY, Groups.DECLARANTS, Groups.SUPPORT);
    }

    @Bean
    TasklistFilter membershipRequests() {
        return new TasklistFilter("Demandes de rattachement", Groups.SUPPORT, -5,
                "Comptes qui demandent à rejoindre un établissement : les gestionnaires de l'établissement ou le "
                        + "support acceptent ou refusent",
                List.of(column(Vars.REQUESTER_NAME, "Demandeur"), column(Vars.REQUESTER_EMAIL, "Adresse"),
                        column(Vars.ESTABLISHMENT_NAME, "Établissement"), column(Vars.REQUESTED_AT, "Demandé le")),
                tasks -> tasks.createTaskQuery().taskDefinitionKey(Elements.DECIDE).taskCandidateGroup(Groups.SUPPORT)
                        .includeAssignedTasks()
                        .orderByDueDate().asc());
    }
}
