package org.impexflow.exportdeclaration;

import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.impexflow.casefile.CaseStepDelegates;
import org.impexflow.casefile.CaseSteps;
import org.springframework.stereotype.Component;

/**
 * Registration: the number, the row in the register with the chain it amends, then what every filed
 * procedure does alike ({@link CaseStepDelegates#registered}: files, business key, variables, read access for
 * the accounts of the establishment), and the declaration's summary for the review.
 */
@Component("registerDeclarationDelegate")
class RegisterDeclarationDelegate implements JavaDelegate {

    private final DeclarationChecks checks;
    private final DeclarationRegister register;
    private final DeclarationSummary summary;
    private final CaseStepDelegates kernel;
    private final CaseSteps<ExportDeclaration, DeclarationStatus, DeclarationEventKind> steps;

    RegisterDeclarationDelegate(DeclarationChecks checks, DeclarationRegister register, DeclarationSummary summary,
            CaseStepDelegates kernel, CaseSteps<ExportDeclaration, DeclarationStatus, DeclarationEventKind> steps) {
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
        DeclarationChecks.Checked checked = checks.check(execution, initiator);
        DeclarationRequest request = checked.request();
        CaseStepDelegates.Filed filed = kernel.fileNow(steps, ExportDeclarationProcess.NUMBER_SERIES);
        ExportDeclaration declaration = register.register(new ExportDeclaration(filed.number(), request,
                checked.establishment().getId(), initiator, filed.filedAt(), filed.reviewDueAt(),
                execution.getProcessInstanceId()), request.amendedNumbers(),
                initiator == null ? request.declarantEmail() : initiator);
        kernel.registered(execution, steps, declaration, DeclarationStatus.FILED, filed, checked.establishment(),
                request.declarantEmail(), checked.files());
        execution.setVariable(DECLARATION_SUMMARY, summary.markdown(declaration));
    }
}
