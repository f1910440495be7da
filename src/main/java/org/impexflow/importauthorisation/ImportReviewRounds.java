package org.impexflow.importauthorisation;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.impexflow.casefile.ReviewRoundHistory;
import org.springframework.stereotype.Component;

/** The requests for complement of an import request and their answers, shown on its next review. */
@Component
class ImportReviewRounds implements ReviewRoundHistory {

    private final AuthorisationRegister register;

    ImportReviewRounds(AuthorisationRegister register) {
        this.register = register;
    }

    @Override
    public String processKey() {
        return ImportAuthorisationProcess.KEY;
    }

    @Override
    public String earlierRounds(DelegateExecution execution) {
        return ReviewRoundHistory.markdown(register.history(AuthorisationVariables.authorisationId(execution)),
                AuthorisationEvent::getKind,
                Set.of(AuthorisationEventKind.COMPLEMENT_REQUESTED, AuthorisationEventKind.COMPLEMENT_ANSWERED),
                AuthorisationEventKind::label);
    }
}
