package org.impexflow.accountsupport;

import static org.impexflow.accountsupport.AccountSupportProcess.Vars.ACCOUNT_EMAIL;
import static org.impexflow.accountsupport.AccountSupportProcess.Vars.SUPPORT_ACTION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.impexflow.account.Accounts;
import org.impexflow.mail.TemplateMails;
import org.springframework.stereotype.Component;

/** Tells the account holder what support did to their account. */
@Component("notifyAccountHolderDelegate")
record NotifyAccountHolderDelegate(TemplateMails mails, Accounts accounts) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String userId = (String) execution.getVariable(ACCOUNT_EMAIL);
        AccountSupportProcess.Action action = AccountSupportProcess.Action.valueOf(
                (String) execution.getVariable(SUPPORT_ACTION));
        mails.to(userId, "account-support-" + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                .with("name", accounts.displayName(userId)).sendOnce("SUPPORT:" + execution.getProcessInstanceId());
    }
}
