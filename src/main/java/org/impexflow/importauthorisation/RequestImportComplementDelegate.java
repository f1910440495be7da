package org.impexflow.importauthorisation;

import static org.impexflow.importauthorisation.ImportAuthorisationProcess.Vars.*;

import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.impexflow.casefile.CaseActor;
import org.impexflow.casefile.CaseDates;
import org.impexflow.casefile.CaseNumbering;
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
        ZonedDateTime now = ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), CaseNumbering.PARIS);
        ZonedDateTime due = now.plus(settings.complementDue());
        ZonedDateTime reminder = due.minus(settings.complementReminderBefore());
        if (reminder.isBefore(now)) {
            reminder = now;
        }
        int round = ((Number) execution.getVariable(COMPLEMENT_ROUND)).intValue() + 1;
        execution.setVariable(COMPLEMENT_ROUND, round);
        execution.setVariable(COMPLEMENT_DUE_DATE, Date.from(due.toInstant()));
        execution.setVariable(COMPLEMENT_REMINDER_DATE, Date.from(reminder.toInstant()));
        execution.setVariable(COMPLEMENT_DUE_TEXT, CaseDates.day(due.toInstant()));
        execution.setVariable(COMPLEMENT_ANSWER, null);
        execution.setVariable(COMPLEMENT_FILES, null);
        register.changeStatus(AuthorisationVariables.authorisationId(execution), AuthorisationStatus.COMPLEMENT_REQUESTED,
                AuthorisationEventKind.COMPLEMENT_REQUESTED, CaseActor.current(),
                execution.getVariable(REVIEW_COMMENT) + " (réponse attendue au plus tard le "
                        + CaseDates.day(due.toInstant()) + ")");
        AuthorisationVariables.status(execution, AuthorisationStatus.COMPLEMENT_REQUESTED);
    }
}
