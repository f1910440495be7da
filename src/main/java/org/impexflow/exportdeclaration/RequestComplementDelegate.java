package org.impexflow.exportdeclaration;

import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.*;

import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.impexflow.casefile.CaseDates;
import org.impexflow.casefile.CaseNumbering;

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
        ZonedDateTime now = ZonedDateTime.now(CaseNumbering.PARIS);
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
        register.changeStatus(CaseVariables.declarationId(execution), DeclarationStatus.COMPLEMENT_REQUESTED,
                DeclarationEventKind.COMPLEMENT_REQUESTED, CaseVariables.actor(),
                execution.getVariable(REVIEW_COMMENT) + " (réponse attendue au plus tard le "
                        + CaseDates.day(due.toInstant()) + ")");
        CaseVariables.status(execution, DeclarationStatus.COMPLEMENT_REQUESTED);
    }
}
