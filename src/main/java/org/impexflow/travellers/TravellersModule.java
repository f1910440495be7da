package org.impexflow.travellers;

import java.util.List;

import org.impexflow.access.Groups;
import org.impexflow.access.ProcessAccess;
import org.impexflow.access.TasklistFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TravellersModule {

    /** Started by the public page; reviewed by the narcotics team, read by support. */
    @Bean
    ProcessAccess transportAttestationIsRequestedByTravellers() {
        return new ProcessAccess(TransportAttestationProcess.KEY, List.of(), List.of(Groups.NARCOTICS, Groups.SUPPORT),
                List.of(Groups.NARCOTICS));
    }

    @Bean
    TasklistFilter transportAttestationsToReview() {
        return new TasklistFilter("Attestations de transport à examiner", Groups.NARCOTICS, -20,
                "Demandes d'attestation de transport de stupéfiants des voyageurs",
                List.of(TasklistFilter.column(TransportAttestationProcess.Vars.ATTESTATION_NUMBER, "N°"),
                        TasklistFilter.column(TransportAttestationProcess.Vars.TRAVELLER, "Voyageur"),
                        TasklistFilter.column(TransportAttestationProcess.Vars.DESTINATION_NAME, "Destination")),
                tasks -> tasks.createTaskQuery().taskDefinitionKey(TransportAttestationProcess.Elements.REVIEW)
                        .taskCandidateGroup(Groups.NARCOTICS).includeAssignedTasks().orderByDueDate().asc());
    }
}
