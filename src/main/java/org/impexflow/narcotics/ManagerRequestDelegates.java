package org.impexflow.narcotics;

import static org.impexflow.narcotics.ManagerRequestProcess.Vars.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.impexflow.access.Groups;
import org.impexflow.mail.TemplateMails;
import org.impexflow.validation.FieldErrors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of the process {@code narcotics-manager-request}. The operator and the account are read from
 * the business key, never from a variable a task's form could change.
 */
@Configuration(proxyBeanMethods = false)
class ManagerRequestDelegates {

    @Bean
    JavaDelegate makeNarcoticsManagerDelegate(ManagerRequests requests) {
        return execution -> requests.approve(execution.getProcessBusinessKey(), ManagerRequests.decider());
    }

    @Bean
    JavaDelegate refuseNarcoticsManagerDelegate(ManagerRequests requests) {
        return execution -> requests.refuse(execution.getProcessBusinessKey(), ManagerRequests.decider(),
                ((String) execution.getVariable(DECISION_REASON)).strip());
    }

    @Bean
    JavaDelegate notifyNarcoticsManagerApprovedDelegate(TemplateMails mails) {
        return execution -> mail(mails, execution, "narcotics-manager-approved", "APPROVED");
    }

    @Bean
    JavaDelegate notifyNarcoticsManagerRefusedDelegate(TemplateMails mails) {
        return execution -> mail(mails, execution, "narcotics-manager-refused", "REFUSED");
    }

    /** The decision: approve or refuse, a refusal with its reason; only the narcotics team (or administrators). */
    @Bean
    TaskListener narcoticsManagerDecisionListener() {
        return (DelegateTask task) -> {
            FieldErrors errors = new FieldErrors();
            Object decision = task.getVariable(DECISION);
            Object reason = task.getVariable(DECISION_REASON);
            if (!ManagerRequestProcess.APPROVE.equals(decision) && !ManagerRequestProcess.REFUSE.equals(decision)) {
                errors.add(DECISION, "obligatoire : accorder ou refuser le profil Gestionnaire");
            }
            errors.text(DECISION_REASON, reason, ManagerRequestProcess.REFUSE.equals(decision),
                    ManagerRequests.REASON_MAX, "obligatoire pour un refus : le motif, communiqué au demandeur");
            Authentication who = Context.getCommandContext().getAuthentication();
            if (who != null && who.getUserId() != null) {
                List<String> groups = who.getGroupIds() == null ? List.of() : who.getGroupIds();
                if (!groups.contains(Groups.NARCOTICS) && !groups.contains(Groups.ADMINISTRATORS)) {
                    errors.add(DECISION, "seule l'équipe stupéfiants de l'ANSM décide");
                } else if (who.getUserId().equals(ManagerRequestProcess.userId(task.getExecution()
                        .getProcessBusinessKey()))) {
                    errors.add(DECISION, "le demandeur ne décide pas de sa propre demande");
                }
            }
            errors.throwIfAny("La décision n'est pas enregistrée.");
        };
    }

    /** The decision mailed to the requester, once per request. */
    private static void mail(TemplateMails mails, DelegateExecution execution, String template, String outcome) {
        String businessKey = execution.getProcessBusinessKey();
        Map<String, Object> model = new HashMap<>();
        for (String name : new String[] {REQUESTER_NAME, OPERATOR_NAME, OPERATOR_SIRET, REQUESTED_AT}) {
            model.put(name, execution.getVariable(name));
        }
        Object reason = execution.getVariable(DECISION_REASON);
        model.put("reason", reason == null ? "" : ((String) reason).strip());
        mails.to(ManagerRequestProcess.userId(businessKey), template).with(model)
                .sendOnce("NARCOTICS-MANAGER-" + outcome + ":" + execution.getProcessInstanceId());
    }
}
