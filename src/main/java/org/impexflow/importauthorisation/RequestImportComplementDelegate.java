package org.impexflow.importauthorisation;

import static org.impexflow.importauthorisation.ImportAuthorisationProcess.Vars.REVIEW_COMMENT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.impexflow.casefile.CaseActor;
import org.impexflow.casefile.ComplementDeadline;
import org.springframework.stereotype.Component;

/** A reviewer asked for a complement: the deadline, the reminder date and the status. */
@Component("requestImportComplementDelegate")
class RequestImportComplementDelegate implements JavaDelegate {

    private final AuthorisationRegister register;
    private final ImportAuthorisationSettings settings;

    RequestImportComplementDelegate(AuthorisationRegister register, ImportAuthorisationSettings settings) {
        this.register = register;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ComplementDeadline deadline = ComplementDeadline.start(execution, settings.complementDue(),
                settings.complementReminderBefore());
        register.changeStatus(AuthorisationVariables.authorisationId(execution), AuthorisationStatus.COMPLEMENT_REQUESTED,
                AuthorisationEventKind.COMPLEMENT_REQUESTED, CaseActor.current(),
                deadline.historyNote(execution.getVariable(REVIEW_COMMENT)));
        AuthorisationVariables.status(execution, AuthorisationStatus.COMPLEMENT_REQUESTED);
    }
}
