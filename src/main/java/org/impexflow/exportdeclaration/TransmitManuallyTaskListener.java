package org.impexflow.exportdeclaration;

import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.TRANSMISSION_RECIPIENT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.impexflow.validation.FieldErrors;
import org.springframework.stereotype.Component;

/** A manual transmission is recorded only with its recipient. */
@Component("transmitManuallyTaskListener")
class TransmitManuallyTaskListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        FieldErrors errors = new FieldErrors();
        Object recipient = task.getVariable(TRANSMISSION_RECIPIENT);
        if (recipient == null || recipient.toString().isBlank()) {
            errors.add(TRANSMISSION_RECIPIENT, "obligatoire : à qui la déclaration visée a été transmise "
                    + "(autorité, adresse ou moyen)");
        }
        errors.throwIfAny("La transmission ne peut pas être enregistrée.");
    }
}
