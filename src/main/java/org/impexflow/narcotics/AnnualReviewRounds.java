package org.impexflow.narcotics;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.impexflow.casefile.ReviewRoundHistory;
import org.springframework.stereotype.Component;

/** The corrections asked of an annual declaration and its submissions, shown on its next review. */
@Component
class AnnualReviewRounds implements ReviewRoundHistory {

    private final AnnualDeclarations declarations;

    AnnualReviewRounds(AnnualDeclarations declarations) {
        this.declarations = declarations;
    }

    @Override
    public String processKey() {
        return AnnualDeclarationProcess.KEY;
    }

    @Override
    public String earlierRounds(DelegateExecution execution) {
        List<AnnualDeclarationEvent> history = declarations.history(AnnualDeclarationDelegates.declarationId(execution));
        if (history.stream().noneMatch(e -> e.getKind() == AnnualDeclarationEventKind.CORRECTIONS_REQUESTED)) {
            return "";
        }
        return ReviewRoundHistory.markdown(history, AnnualDeclarationEvent::getKind,
                Set.of(AnnualDeclarationEventKind.SUBMITTED, AnnualDeclarationEventKind.CORRECTIONS_REQUESTED),
                AnnualDeclarationEventKind::label);
    }
}
