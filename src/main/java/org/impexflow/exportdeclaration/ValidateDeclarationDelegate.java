package org.impexflow.exportdeclaration;

import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.REVIEW_COMMENT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The declaration is "visée": in force, replacing the declarations a DEC amends. */
@Component("validateDeclarationDelegate")
class ValidateDeclarationDelegate implements JavaDelegate {

    private final DeclarationRegister register;

    ValidateDeclarationDelegate(DeclarationRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        register.validate(CaseVariables.declarationId(execution), CaseVariables.actor(),
                (String) execution.getVariable(REVIEW_COMMENT));
        CaseVariables.status(execution, DeclarationStatus.VALIDATED);
    }
}
