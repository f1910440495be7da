package org.impexflow.importauthorisation;

import static org.impexflow.importauthorisation.ImportAuthorisationProcess.Vars.AUTHORISATION_STATUS;
import static org.impexflow.importauthorisation.ImportAuthorisationProcess.Vars.REVIEW_COMMENT;
import static org.impexflow.importauthorisation.ImportAuthorisationProcess.Vars.REVIEW_DECISION;

import java.util.Arrays;
import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.impexflow.importauthorisation.ImportAuthorisationProcess.ReviewDecision;
import org.impexflow.validation.FieldErrors;
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
        FieldErrors errors = new FieldErrors();
        Object decision = task.getVariable(REVIEW_DECISION);
        ReviewDecision parsed = null;
        if (decision == null || decision.toString().isBlank()) {
            errors.add(REVIEW_DECISION, "obligatoire : GRANT, REQUEST_COMPLEMENT ou REFUSE");
        } else {
            try {
                parsed = ReviewDecision.valueOf(decision.toString().trim().toUpperCase(Locale.ROOT));
                task.setVariable(REVIEW_DECISION, parsed.name());
            } catch (IllegalArgumentException e) {
                errors.add(REVIEW_DECISION, "valeur inconnue « " + decision + " » (valeurs admises : "
                        + Arrays.toString(ReviewDecision.values()) + ")");
            }
        }
        Object comment = task.getVariable(REVIEW_COMMENT);
        if (parsed != null && parsed != ReviewDecision.GRANT && (comment == null || comment.toString().isBlank())) {
            errors.add(REVIEW_COMMENT, parsed == ReviewDecision.REFUSE
                    ? "obligatoire : les motifs du refus sont communiqués au déclarant"
                    : "obligatoire : précisez le complément attendu");
        }
        errors.throwIfAny("La décision ne peut pas être enregistrée.");
    }
}
