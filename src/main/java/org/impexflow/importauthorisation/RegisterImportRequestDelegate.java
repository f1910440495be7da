package org.impexflow.importauthorisation;

import static org.impexflow.importauthorisation.ImportAuthorisationProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.impexflow.casefile.CaseStepDelegates;
import org.impexflow.casefile.CaseSteps;
import org.springframework.stereotype.Component;

/**
 * Registration: the number of the AI series, the row in the register, then what every filed procedure does
 * alike ({@link CaseStepDelegates#registered}), and the request's summary for the review.
 */
@Component("registerImportRequestDelegate")
class RegisterImportRequestDelegate implements JavaDelegate {

    private final AuthorisationChecks checks;
    private final AuthorisationRegister register;
    private final AuthorisationSummary summary;
    private final CaseStepDelegates kernel;
    private final CaseSteps<ImportAuthorisation, AuthorisationStatus, AuthorisationEventKind> steps;

    RegisterImportRequestDelegate(AuthorisationChecks checks, AuthorisationRegister register,
            AuthorisationSummary summary, CaseStepDelegates kernel,
            CaseSteps<ImportAuthorisation, AuthorisationStatus, AuthorisationEventKind> steps) {
        this.checks = checks;
        this.register = register;
        this.summary = summary;
        this.kernel = kernel;
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String initiator = (String) execution.getVariable(INITIATOR);
        // the same checks as the first step, on the same variables in the same transaction: they pass
        AuthorisationChecks.Checked checked = checks.check(execution, initiator);
        AuthorisationRequest request = checked.request();
        CaseStepDelegates.Filed filed = kernel.fileNow(steps, ImportAuthorisationProcess.NUMBER_SERIES);
        ImportAuthorisation authorisation = register.register(new ImportAuthorisation(filed.number(), request,
                checked.establishment().getId(), initiator, filed.filedAt(), filed.reviewDueAt(),
                execution.getProcessInstanceId()), initiator == null ? request.declarantEmail() : initiator);
        kernel.registered(execution, steps, authorisation, AuthorisationStatus.FILED, filed, checked.establishment(),
                request.declarantEmail(), checked.files());
        execution.setVariable(REQUEST_SUMMARY, summary.markdown(authorisation));
    }
}
