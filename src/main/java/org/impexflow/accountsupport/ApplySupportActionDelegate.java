package org.impexflow.accountsupport;

import static org.impexflow.accountsupport.AccountSupportProcess.Vars.ACCOUNT_EMAIL;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.impexflow.account.Accounts;
import org.springframework.stereotype.Component;

/** Applies the support action of the current step to the account. */
@Component("applySupportActionDelegate")
class ApplySupportActionDelegate implements JavaDelegate {

    private final Accounts accounts;

    ApplySupportActionDelegate(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String userId = (String) execution.getVariable(ACCOUNT_EMAIL);
        switch (execution.getCurrentActivityId()) {
            case AccountSupportProcess.Elements.REMOVE_SECOND_FACTOR -> accounts.removeSecondFactor(userId);
            case AccountSupportProcess.Elements.DEACTIVATE -> accounts.deactivate(userId);
            case AccountSupportProcess.Elements.UNLOCK -> accounts.unlock(userId);
            default -> throw new IllegalStateException("No support action at " + execution.getCurrentActivityId());
        }
    }
}
