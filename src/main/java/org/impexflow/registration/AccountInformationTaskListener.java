package org.impexflow.registration;

import static org.impexflow.registration.AccountActivationProcess.Vars.EMAIL;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The complementary information cannot be validated while a field is missing or invalid. */
@Component("accountInformationTaskListener")
record AccountInformationTaskListener(AccountInformationChecks checks) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        checks.check(task, (String) task.getExecution().getVariable(EMAIL));
    }
}
