package org.impexflow.accountsupport;

import static org.impexflow.accountsupport.AccountSupportProcess.Vars.ACCOUNT_EMAIL;
import static org.impexflow.accountsupport.AccountSupportProcess.Vars.SUPPORT_ACTION;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.impexflow.account.Accounts;
import org.impexflow.mail.MailTemplates;
import org.impexflow.mail.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Tells the account holder what support did to their account. */
@Component("notifyAccountHolderDelegate")
class NotifyAccountHolderDelegate implements JavaDelegate {

    private final Mailer mailer;
    private final MailTemplates templates;
    private final Accounts accounts;
    private final String baseUrl;

    NotifyAccountHolderDelegate(Mailer mailer, MailTemplates templates, Accounts accounts,
            @Value("${impexflow.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.templates = templates;
        this.accounts = accounts;
        this.baseUrl = baseUrl;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String userId = (String) execution.getVariable(ACCOUNT_EMAIL);
        AccountSupportProcess.Action action = AccountSupportProcess.Action.valueOf(
                (String) execution.getVariable(SUPPORT_ACTION));
        mailer.sendOnce("SUPPORT:" + execution.getProcessInstanceId(), templates.mail(userId, "account-support-"
                + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                Map.of("name", accounts.displayName(userId), "baseUrl", baseUrl)));
    }
}
