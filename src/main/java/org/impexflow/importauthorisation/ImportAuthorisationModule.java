package org.impexflow.importauthorisation;

import static org.impexflow.access.TasklistFilter.column;

import java.util.List;

import org.impexflow.access.Groups;
import org.impexflow.access.ProcessAccess;
import org.impexflow.access.StartIdentity;
import org.impexflow.access.TasklistFilter;
import org.impexflow.importauthorisation.ImportAuthorisationProcess.Elements;
import org.impexflow.importauthorisation.ImportAuthorisationProcess.Vars;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ImportAuthorisationModule {

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
    TasklistFilter importReviewQueue() {
        return new TasklistFilter("Autorisations d'importation à instruire", Groups.REVIEWERS, -25,
                "Demandes d'autorisation d'importation à instruire, échéance la plus proche d'abord",
                List.of(column(Vars.AUTHORISATION_NUMBER, "N°"), column(Vars.MEDICINE_NAME, "Médicament"),
                        column(Vars.PROVENANCE_COUNTRY_NAME, "Pays de provenance"),
                        column(Vars.ESTABLISHMENT_NAME, "Établissement"), column(Vars.FILED_AT, "Date de dépôt"),
                        column(Vars.REVIEW_DUE_DATE, "Échéance")),
                tasks -> tasks.createTaskQuery().taskDefinitionKey(Elements.REVIEW)
                        .taskCandidateGroup(Groups.REVIEWERS).includeAssignedTasks().orderByDueDate().asc());
    }
}
