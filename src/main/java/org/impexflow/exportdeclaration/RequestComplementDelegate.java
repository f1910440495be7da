package org.impexflow.exportdeclaration;

import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.REVIEW_COMMENT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.impexflow.casefile.ComplementDeadline;
import org.springframework.stereotype.Component;

/** A reviewer asked for a complement: the deadline, the reminder date and the status. */
@Component("requestComplementDelegate")
class RequestComplementDelegate implements JavaDelegate {

    private final DeclarationRegister register;
    private final ExportDeclarationSettings settings;

    RequestComplementDelegate(DeclarationRegister register, ExportDeclarationSettings settings) {
        this.register = register;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ComplementDeadline deadline = ComplementDeadline.start(execution, settings.complementDue(),
                settings.complementReminderBefore());
        register.changeStatus(CaseVariables.declarationId(execution), DeclarationStatus.COMPLEMENT_REQUESTED,
                DeclarationEventKind.COMPLEMENT_REQUESTED, CaseVariables.actor(),
                deadline.historyNote(execution.getVariable(REVIEW_COMMENT)));
        CaseVariables.status(execution, DeclarationStatus.COMPLEMENT_REQUESTED);
    }
}
