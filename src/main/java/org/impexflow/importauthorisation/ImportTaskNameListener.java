package org.impexflow.importauthorisation;

import static org.impexflow.importauthorisation.ImportAuthorisationProcess.Vars.AUTHORISATION_NUMBER;
import static org.impexflow.importauthorisation.ImportAuthorisationProcess.Vars.MEDICINE_NAME;
import static org.impexflow.importauthorisation.ImportAuthorisationProcess.Vars.PROVENANCE_COUNTRY_NAME;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Names each task after its request, e.g. "Instruire AI-2026-11-0007 – Artesunate – Inde". */
@Component("importTaskNameListener")
class ImportTaskNameListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String number = (String) task.getVariable(AUTHORISATION_NUMBER);
        String medicine = (String) task.getVariable(MEDICINE_NAME);
        task.setName(switch (task.getTaskDefinitionKey()) {
            case ImportAuthorisationProcess.Elements.REVIEW -> "Instruire " + number + " – " + medicine + " – "
                    + task.getVariable(PROVENANCE_COUNTRY_NAME);
            case ImportAuthorisationProcess.Elements.PROVIDE_COMPLEMENT -> "Fournir le complément – " + number + " – "
                    + medicine;
            default -> task.getName() + " – " + number;
        });
    }
}
