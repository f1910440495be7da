package org.impexflow.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;

/**
 * The job executor stopped, the engine's clock moved on, then the job executor started again: every
 * job that is due runs, and what it schedules runs too when it is due, until nothing is due, as the
 * job executor would do. A job that keeps making itself due again (a timer set in the past) fails the
 * test after {@link #MAX_ROUNDS} rounds instead of running for ever.
 */
public final class JobExecutorDowntime {

    /** Far more rounds than any process needs to reach its next wait state. */
    public static final int MAX_ROUNDS = 25;

    private JobExecutorDowntime() {
    }

    /** Moves the engine's clock on by {@code downtime}, then runs the due jobs of the instance. */
    public static void restartAfter(ProcessEngine engine, Duration downtime, String processInstanceId) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(downtime)));
        runDue(engine, processInstanceId);
    }

    /** Runs the due jobs of the instance until none is left. */
    public static void runDue(ProcessEngine engine, String processInstanceId) {
        runDue(engine, query -> query.processInstanceId(processInstanceId));
    }

    /** Runs the due jobs the query selects until none is left. */
    public static void runDue(ProcessEngine engine, Function<JobQuery, JobQuery> which) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Job> due = which.apply(engine.getManagementService().createJobQuery()).executable().list();
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                // an earlier job of the round may have removed it (the other timers of an event gateway)
                if (engine.getManagementService().createJobQuery().jobId(job.getId()).count() == 1) {
                    engine.getManagementService().executeJob(job.getId());
                }
            }
        }
        fail("jobs still due after %d rounds of the job executor: a timer keeps firing (%s)", MAX_ROUNDS,
                which.apply(engine.getManagementService().createJobQuery()).executable().list().stream()
                        .map(job -> job.getProcessDefinitionKey() + " " + job.getDuedate()).toList());
    }

    /**
     * Each timer of the instance has run at most once for each of its due dates (the history's job
     * log); returns how many times each timer activity has run.
     */
    public static Map<String, Long> assertEachTimerFiredAtMostOncePerDueDate(ProcessEngine engine,
            String processInstanceId) {
        List<HistoricJobLog> timers = engine.getHistoryService().createHistoricJobLogQuery()
                .processInstanceId(processInstanceId).successLog().list().stream()
                .filter(log -> log.getJobDefinitionType() != null && log.getJobDefinitionType().startsWith("timer"))
                .toList();
        Map<String, Long> perDueDate = timers.stream().collect(Collectors.groupingBy(
                log -> log.getActivityId() + " due " + log.getJobDueDate().toInstant(), Collectors.counting()));
        assertThat(perDueDate).as("runs of each timer per due date").allSatisfy((timer, runs) -> assertThat(runs)
                .as(timer).isEqualTo(1L));
        return timers.stream().collect(Collectors.groupingBy(HistoricJobLog::getActivityId, Collectors.counting()));
    }

    /** Every timer the activity ever had in the instance was set after the moment it was created. */
    public static void assertNeverScheduledInThePast(ProcessEngine engine, String processInstanceId,
            String activityId) {
        List<HistoricJobLog> created = engine.getHistoryService().createHistoricJobLogQuery()
                .processInstanceId(processInstanceId).activityIdIn(activityId).creationLog().list();
        assertThat(created).as("timers of " + activityId).isNotEmpty().allSatisfy(log -> assertThat(
                log.getJobDueDate()).as("due date of a timer created at " + log.getTimestamp())
                .isAfter(log.getTimestamp()));
    }

    /** How many times the activity was entered in the instance (the history's activity instances). */
    public static long passes(ProcessEngine engine, String processInstanceId, String activityId) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .activityId(activityId).count();
    }
}
