package org.impexflow.exportdeclaration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The complement was not given in time: the case is "classée sans suite". */
@Component("closeWithoutFollowUpDelegate")
class CloseWithoutFollowUpDelegate implements JavaDelegate {

    private final DeclarationRegister register;

    CloseWithoutFollowUpDelegate(DeclarationRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        register.decide(CaseVariables.declarationId(execution), DeclarationStatus.CLOSED_WITHOUT_FOLLOW_UP,
                DeclarationEventKind.CLOSED_WITHOUT_FOLLOW_UP, CaseVariables.SYSTEM,
                "Complément non fourni dans le délai");
        CaseVariables.status(execution, DeclarationStatus.CLOSED_WITHOUT_FOLLOW_UP);
    }
}
