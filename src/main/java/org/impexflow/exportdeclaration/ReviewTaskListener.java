package org.impexflow.exportdeclaration;

import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.DECLARATION_STATUS;
import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.REVIEW_COMMENT;
import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.REVIEW_DECISION;

import java.util.Arrays;
import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.impexflow.exportdeclaration.ExportDeclarationProcess.ReviewDecision;
import org.impexflow.validation.FieldErrors;
import org.springframework.stereotype.Component;

/**
 * The review task: the case is "En cours d'instruction" once a reviewer takes it, and it can only be
 * completed with a known decision, and with reasons unless it is a validation.
 */
@Component("reviewTaskListener")
class ReviewTaskListener implements TaskListener {

    private final DeclarationRegister register;

    ReviewTaskListener(DeclarationRegister register) {
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
                && DeclarationStatus.FILED.name().equals(task.getExecution().getVariable(DECLARATION_STATUS))) {
            register.changeStatus(CaseVariables.declarationId(task), DeclarationStatus.IN_REVIEW,
                    DeclarationEventKind.REVIEW_STARTED, task.getAssignee(), null);
            CaseVariables.status(task.getExecution(), DeclarationStatus.IN_REVIEW);
        }
    }

    private void checkDecision(DelegateTask task) {
        FieldErrors errors = new FieldErrors();
        Object decision = task.getVariable(REVIEW_DECISION);
        ReviewDecision parsed = null;
        if (decision == null || decision.toString().isBlank()) {
            errors.add(REVIEW_DECISION, "obligatoire : VALIDATE, REQUEST_COMPLEMENT ou PROHIBIT");
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
        if (parsed != null && parsed != ReviewDecision.VALIDATE && (comment == null || comment.toString().isBlank())) {
            errors.add(REVIEW_COMMENT, parsed == ReviewDecision.PROHIBIT
                    ? "obligatoire : les motifs de l'interdiction sont communiqués au déclarant"
                    : "obligatoire : précisez le complément attendu");
        }
        errors.throwIfAny("La décision ne peut pas être enregistrée.");
    }
}
