package org.impexflow.exportdeclaration;

import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.REVIEW_COMMENT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ANSM prohibits the export (CSP L.5124-11): the case is closed as "Interdite" with its reasons. */
@Component("prohibitExportDelegate")
class ProhibitExportDelegate implements JavaDelegate {

    private final DeclarationRegister register;

    ProhibitExportDelegate(DeclarationRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        register.decide(CaseVariables.declarationId(execution), DeclarationStatus.PROHIBITED,
                DeclarationEventKind.PROHIBITED, CaseVariables.actor(), (String) execution.getVariable(REVIEW_COMMENT));
        CaseVariables.status(execution, DeclarationStatus.PROHIBITED);
    }
}
