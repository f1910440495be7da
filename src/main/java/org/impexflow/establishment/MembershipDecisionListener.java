package org.impexflow.establishment;

import static org.impexflow.establishment.MembershipProcess.Vars.DECISION;
import static org.impexflow.establishment.MembershipProcess.Vars.REASON;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.impexflow.access.Groups;
import org.impexflow.validation.FieldErrors;
import org.springframework.stereotype.Component;

/**
 * The decision on a request to join: accept or refuse, a refusal with its reason; taken by a manager
 * of that establishment or by ANSM support (checked again here, whatever the task's candidates).
 */
@Component("membershipDecisionListener")
record MembershipDecisionListener(Memberships memberships, Establishments establishments)
        implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        FieldErrors errors = new FieldErrors();
        Object decision = task.getVariable(DECISION);
        Object reason = task.getVariable(REASON);
        if (!MembershipProcess.APPROVE.equals(decision) && !MembershipProcess.REFUSE.equals(decision)) {
            errors.add(DECISION, "obligatoire : accepter ou refuser la demande");
        }
        errors.text(REASON, reason, MembershipProcess.REFUSE.equals(decision), 2000,
                "obligatoire pour un refus : le motif, communiqué au demandeur");
        Authentication who = Context.getCommandContext().getAuthentication();
        if (who != null && who.getUserId() != null && !mayDecide(who, task.getProcessInstanceId())) {
            errors.add(DECISION, "seuls les gestionnaires de l'établissement et le support de l'ANSM décident");
        }
        errors.throwIfAny("La décision n'est pas enregistrée.");
    }

    private boolean mayDecide(Authentication who, String processInstanceId) {
        List<String> groups = who.getGroupIds() == null ? List.of() : who.getGroupIds();
        if (groups.contains(Groups.SUPPORT) || groups.contains(Groups.ADMINISTRATORS)) {
            return true;
        }
        MembershipRequest request = memberships.ofProcess(processInstanceId);
        return !request.getUserId().equals(who.getUserId())
                && establishments.isManager(who.getUserId(), request.getEstablishmentId());
    }
}
