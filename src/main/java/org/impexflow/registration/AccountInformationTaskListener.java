package org.impexflow.registration;

import static org.impexflow.registration.AccountActivationProcess.Vars.EMAIL;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The complementary information cannot be validated while a field is missing or invalid. */
@Component("accountInformationTaskListener")
class AccountInformationTaskListener implements TaskListener {

    private final AccountInformationChecks checks;

    AccountInformationTaskListener(AccountInformationChecks checks) {
        this.checks = checks;
    }

    @Override
    public void notify(DelegateTask task) {
        checks.check(task, (String) task.getExecution().getVariable(EMAIL));
    }
}
