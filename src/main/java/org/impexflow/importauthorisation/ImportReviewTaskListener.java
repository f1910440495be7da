package org.impexflow.importauthorisation;

import static org.impexflow.importauthorisation.ImportAuthorisationProcess.Vars.AUTHORISATION_STATUS;
import static org.impexflow.importauthorisation.ImportAuthorisationProcess.Vars.REVIEW_COMMENT;
import static org.impexflow.importauthorisation.ImportAuthorisationProcess.Vars.REVIEW_DECISION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.impexflow.casefile.ReviewDecisionCheck;
import org.impexflow.importauthorisation.ImportAuthorisationProcess.ReviewDecision;
import org.springframework.stereotype.Component;

/**
 * The review task: the request is "En cours d'instruction" once a reviewer takes it, and the task is
 * only completed with a known decision, with reasons for a refusal and the complement asked for.
 */
@Component("importReviewTaskListener")
class ImportReviewTaskListener implements TaskListener {

    private final AuthorisationRegister register;

    ImportReviewTaskListener(AuthorisationRegister register) {
        this.register = register;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_ASSIGNMENT -> startReview(task);
            case EVENTNAME_COMPLETE -> checkDecision(task);
            default -> {
            }
        }
    }

    private void startReview(DelegateTask task) {
        if (task.getAssignee() != null
                && AuthorisationStatus.FILED.name().equals(task.getExecution().getVariable(AUTHORISATION_STATUS))) {
            register.changeStatus(AuthorisationVariables.authorisationId(task), AuthorisationStatus.IN_REVIEW,
                    AuthorisationEventKind.REVIEW_STARTED, task.getAssignee(), null);
            AuthorisationVariables.status(task.getExecution(), AuthorisationStatus.IN_REVIEW);
        }
    }

    private void checkDecision(DelegateTask task) {
        ReviewDecisionCheck.check(task, REVIEW_DECISION, REVIEW_COMMENT, ReviewDecision.class, ReviewDecision.GRANT,
                ReviewDecision.REQUEST_COMPLEMENT, "obligatoire : les motifs du refus sont communiqués au déclarant",
                "obligatoire : précisez le complément attendu");
    }
}
