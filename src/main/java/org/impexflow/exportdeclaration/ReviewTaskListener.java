package org.impexflow.exportdeclaration;

import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.DECLARATION_STATUS;
import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.REVIEW_COMMENT;
import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.REVIEW_DECISION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.impexflow.casefile.ReviewDecisionCheck;
import org.impexflow.exportdeclaration.ExportDeclarationProcess.ReviewDecision;
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
        ReviewDecisionCheck.check(task, REVIEW_DECISION, REVIEW_COMMENT, ReviewDecision.class, ReviewDecision.VALIDATE,
                ReviewDecision.REQUEST_COMPLEMENT, "obligatoire : les motifs de l'interdiction sont communiqués au déclarant",
                "obligatoire : précisez le complément attendu");
    }
}
