package org.impexflow.exportdeclaration;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.impexflow.casefile.ReviewRoundHistory;
import org.springframework.stereotype.Component;

/** The requests for complement of a declaration and their answers, shown on its next review. */
@Component
class ExportReviewRounds implements ReviewRoundHistory {

    private final DeclarationRegister register;

    ExportReviewRounds(DeclarationRegister register) {
        this.register = register;
    }

    @Override
    public String processKey() {
        return ExportDeclarationProcess.KEY;
    }

    @Override
    public String earlierRounds(DelegateExecution execution) {
        return ReviewRoundHistory.markdown(register.history(CaseVariables.declarationId(execution)),
                DeclarationEvent::getKind,
                Set.of(DeclarationEventKind.COMPLEMENT_REQUESTED, DeclarationEventKind.COMPLEMENT_ANSWERED),
                DeclarationEventKind::label);
    }
}
