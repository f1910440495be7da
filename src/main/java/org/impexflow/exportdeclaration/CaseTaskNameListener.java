package org.impexflow.exportdeclaration;

import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.DECLARATION_NUMBER;
import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.DESTINATION_COUNTRY_NAME;
import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.MEDICINE_NAME;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Names each task after its case, e.g. "Instruire 2026-11-0042 – Artemether – Sénégal", so that a
 * task list reads by itself; the diagram keeps the generic names.
 */
@Component("caseTaskNameListener")
class CaseTaskNameListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String number = (String) task.getVariable(DECLARATION_NUMBER);
        String medicine = (String) task.getVariable(MEDICINE_NAME);
        String country = (String) task.getVariable(DESTINATION_COUNTRY_NAME);
        String name = switch (task.getTaskDefinitionKey()) {
            case ExportDeclarationProcess.Elements.REVIEW -> "Instruire " + number + " – " + medicine + " – " + country;
            case ExportDeclarationProcess.Elements.PROVIDE_COMPLEMENT -> "Fournir le complément – " + number + " – "
                    + medicine;
            case ExportDeclarationProcess.Elements.TRANSMIT_MANUALLY -> "Transmettre " + number + " à l'autorité – "
                    + country;
            default -> task.getName() + " – " + number;
        };
        task.setName(name);
    }
}
