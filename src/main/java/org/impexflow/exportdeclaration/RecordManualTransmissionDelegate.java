package org.impexflow.exportdeclaration;

import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.TRANSMISSION_NOTE;
import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.TRANSMISSION_RECIPIENT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the transmission that ANSM support made by hand. */
@Component("recordManualTransmissionDelegate")
class RecordManualTransmissionDelegate implements JavaDelegate {

    private final DeclarationRegister register;

    RecordManualTransmissionDelegate(DeclarationRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        register.recordTransmission(CaseVariables.declarationId(execution), AuthorityTransmission.Channel.MANUAL,
                ((String) execution.getVariable(TRANSMISSION_RECIPIENT)).strip(), null, CaseVariables.actor(),
                (String) execution.getVariable(TRANSMISSION_NOTE));
    }
}
