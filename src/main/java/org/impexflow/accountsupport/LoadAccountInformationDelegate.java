package org.impexflow.accountsupport;

import static org.impexflow.accountsupport.AccountSupportProcess.Vars.ACCOUNT_EMAIL;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.impexflow.registration.AccountInformations;
import org.springframework.stereotype.Component;

/** Puts the current complementary information in the form that support changes. */
@Component("loadAccountInformationDelegate")
record LoadAccountInformationDelegate(AccountInformations informations) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariables(informations.formValues((String) execution.getVariable(ACCOUNT_EMAIL)));
    }
}
