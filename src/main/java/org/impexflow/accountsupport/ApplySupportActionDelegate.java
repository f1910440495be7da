package org.impexflow.accountsupport;

import static org.impexflow.accountsupport.AccountSupportProcess.Vars.ACCOUNT_EMAIL;
import static org.impexflow.accountsupport.AccountSupportProcess.Vars.SUPPORT_AGENT;
import static org.impexflow.accountsupport.AccountSupportProcess.Vars.SUPPORT_REASON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.impexflow.account.Accounts;
import org.impexflow.audit.SecurityEventKind;
import org.impexflow.audit.SecurityEvents;
import org.springframework.stereotype.Component;

/** Applies the support action of the current step to the account, and logs it with the agent and the reason. */
@Component("applySupportActionDelegate")
record ApplySupportActionDelegate(Accounts accounts, SecurityEvents events) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String userId = (String) execution.getVariable(ACCOUNT_EMAIL);
        SecurityEventKind kind = switch (execution.getCurrentActivityId()) {
            case AccountSupportProcess.Elements.REMOVE_SECOND_FACTOR -> {
                accounts.removeSecondFactor(userId);
                yield SecurityEventKind.SECOND_FACTOR_RESET;
            }
            case AccountSupportProcess.Elements.DEACTIVATE -> {
                accounts.deactivate(userId);
                yield SecurityEventKind.ACCOUNT_DEACTIVATED;
            }
            case AccountSupportProcess.Elements.UNLOCK -> {
                accounts.unlock(userId);
                yield SecurityEventKind.ACCOUNT_UNLOCKED;
            }
            default -> throw new IllegalStateException("No support action at " + execution.getCurrentActivityId());
        };
        events.record(kind, (String) execution.getVariable(SUPPORT_AGENT), userId, "support : "
                + execution.getVariable(SUPPORT_REASON));
    }
}
