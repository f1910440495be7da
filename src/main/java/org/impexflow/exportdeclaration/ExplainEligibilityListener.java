package org.impexflow.exportdeclaration;

import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.ELIGIBILITY_EXPLANATION;
import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.ELIGIBILITY_OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** After the eligibility decision: the sentence the declarant reads about its outcome. */
@Component("explainEligibilityListener")
class ExplainEligibilityListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        EligibilityOutcome outcome = EligibilityOutcome.valueOf((String) execution.getVariable(ELIGIBILITY_OUTCOME));
        execution.setVariable(ELIGIBILITY_EXPLANATION, outcome.explanation());
    }
}
