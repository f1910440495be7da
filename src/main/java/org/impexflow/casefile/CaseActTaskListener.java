package org.impexflow.casefile;

import static org.impexflow.casefile.CaseActProcess.Vars.*;

import java.time.Duration;
import java.util.Date;
import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.impexflow.validation.FieldErrors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The confirmation of an act after a decision, with the four-eyes rule: offered to the group competent
 * for the case, named after the act and the case; the member who proposed the act can neither take it nor
 * complete it (whatever the way: Tasklist, the task API); the decision is known, a refusal has its reason;
 * who confirms is the authenticated user. It is due within {@code impexflow.case-act.confirmation-within}
 * (two days unless set), so that an act left unconfirmed shows under "En retard".
 */
@Component("caseActTaskListener")
class CaseActTaskListener implements TaskListener {

    static final String REFUSED = "Confirmation refusée, rien n'a été enregistré.";

    private final Duration within;

    CaseActTaskListener(@Value("${impexflow.case-act.confirmation-within:P2D}") Duration within) {
        this.within = within;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> {
                task.addCandidateGroup((String) task.getVariable(COMPETENT_GROUP));
                CaseAct act = CaseAct.valueOf((String) task.getVariable(ACT));
                String label = act.label(Locale.FRENCH);
                task.setName("Confirmer – " + Character.toUpperCase(label.charAt(0)) + label.substring(1) + " de "
                        + task.getVariable(CASE_TITLE));
                task.setDueDate(Date.from(ClockUtil.getCurrentTime().toInstant().plus(within)));
            }
            case EVENTNAME_ASSIGNMENT -> {
                if (task.getAssignee() != null && task.getAssignee().equals(task.getVariable(PROPOSED_BY))) {
                    refuse("assignee", task.getAssignee());
                }
            }
            case EVENTNAME_COMPLETE -> complete(task);
            default -> {
            }
        }
    }

    private static void complete(DelegateTask task) {
        String who = CaseActor.current();
        if (who.equals(task.getVariable(PROPOSED_BY))) {
            refuse(CONFIRMATION, who);
        }
        FieldErrors errors = new FieldErrors();
        Object decision = task.getVariable(CONFIRMATION);
        boolean known = decision != null && (CaseActProcess.Confirmation.CONFIRM.name().equals(decision)
                || CaseActProcess.Confirmation.REFUSE.name().equals(decision));
        if (!known) {
            errors.add(CONFIRMATION, "obligatoire : confirmer (CONFIRM) ou refuser (REFUSE) l'acte");
        }
        Object reason = task.getVariable(REFUSAL_REASON);
        if (CaseActProcess.Confirmation.REFUSE.name().equals(decision)
                && (reason == null || reason.toString().isBlank())) {
            errors.add(REFUSAL_REASON, "obligatoire pour un refus : il reste dans l'historique de l'acte refusé");
        }
        errors.throwIfAny(REFUSED);
        task.setVariable(CONFIRMED_BY, who);
    }

    private static void refuse(String field, String who) {
        FieldErrors errors = new FieldErrors();
        errors.add(field, "règle des quatre yeux : " + who + " a proposé cet acte ; un autre membre du groupe le "
                + "confirme ou le refuse");
        errors.throwIfAny(REFUSED);
    }
}
