package org.impexflow.casefile;

import java.time.Duration;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * A request for complement's deadline and reminder, the same for every kind of case: the answer is due
 * {@code due} after the request (Paris time, the engine's clock), the reminder leaves
 * {@code reminderBefore} earlier but never before the request. Sets the round's variables of the
 * task "Fournir le complément" (with the escaped copies of the medicine's name and of the request that
 * its form shows) and clears the previous round's answer.
 */
public record ComplementDeadline(ZonedDateTime due, ZonedDateTime reminder, int round) {

    public static final String ROUND = "complementRound";
    public static final String DUE_DATE = "complementDueDate";
    public static final String REMINDER_DATE = "complementReminderDate";
    public static final String DUE_TEXT = "complementDueText";
    /**
     * The request of the round, kept for the mails of the round (request, reminder): the review's own
     * fields start empty on the next review ({@link RoundStartListener}), even when a mail of this round
     * is retried after it.
     */
    public static final String REQUEST = "complementRequest";

    public static ComplementDeadline start(DelegateExecution execution, Period due, Duration reminderBefore) {
        ZonedDateTime now = ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), CaseNumbering.PARIS);
        ZonedDateTime dueAt = now.plus(due);
        ZonedDateTime reminder = dueAt.minus(reminderBefore);
        if (reminder.isBefore(now)) {
            reminder = now;
        }
        int round = ((Number) execution.getVariable(ROUND)).intValue() + 1;
        execution.setVariable(ROUND, round);
        execution.setVariable(DUE_DATE, Date.from(dueAt.toInstant()));
        execution.setVariable(REMINDER_DATE, Date.from(reminder.toInstant()));
        execution.setVariable(DUE_TEXT, CaseDates.day(dueAt.toInstant()));
        execution.setVariable(ComplementTaskListener.COMPLEMENT_ANSWER, null);
        execution.setVariable(ComplementTaskListener.COMPLEMENT_FILES, null);
        execution.setVariable(REQUEST, execution.getVariable("reviewComment"));
        // the form of the task shows the medicine and the request inside its Markdown: escaped copies
        Markdown.copyEscaped(execution, "medicineName", "reviewComment");
        return new ComplementDeadline(dueAt, reminder, round);
    }

    /**
     * Whether the round's reminder is still worth sending when its job runs: before the answer's
     * deadline (the engine's clock). After a downtime of the job executor, the reminder and the
     * deadline can both be due at once; whichever runs first, no reminder leaves for a passed date.
     */
    public static boolean beforeDueDate(DelegateExecution execution) {
        Date due = (Date) execution.getVariable(DUE_DATE);
        return due != null && ClockUtil.getCurrentTime().before(due);
    }

    /** "… (réponse attendue au plus tard le 26/12/2026)", for the case's history. */
    public String historyNote(Object request) {
        return request + " (réponse attendue au plus tard le " + CaseDates.day(due.toInstant()) + ")";
    }
}
