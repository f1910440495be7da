package org.impexflow.travellers;

import java.util.List;

import org.impexflow.access.Groups;
import org.impexflow.access.ProcessAccess;
import org.impexflow.access.TasklistFilter;
import org.impexflow.casefile.CaseActRule;
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

    /**
     * Acts after the decision: the narcotics team withdraws, suspends or prohibits an issued attestation;
     * the traveller is mailed. Its timeline's kinds are its statuses: the end of a suspension is "Délivrée".
     */
    @Bean
    CaseActRule transportAttestationActs(TransportAttestations attestations) {
        return CaseActRule.of(TransportAttestation.KIND, "l'attestation de transport", Groups.NARCOTICS,
                "articles R.5132-74 et suivants du code de la santé publique")
                .inForceAs(TransportAttestation.Status.ISSUED)
                .statuses(TransportAttestation.Status.WITHDRAWN, TransportAttestation.Status.SUSPENDED,
                        TransportAttestation.Status.PROHIBITED)
                .timeline((id, act, status, at, actor, detail) -> new TransportAttestationEvent(id,
                        TransportAttestation.Status.valueOf(status), at, actor, detail))
                .recipients(id -> List.of(attestations.find(id).orElseThrow().getEmail()));
    }

    @Bean
    TasklistFilter narcoticsActsToConfirm() {
        return org.impexflow.casefile.CaseActs.confirmations("Actes à confirmer (stupéfiants)", Groups.NARCOTICS);
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
