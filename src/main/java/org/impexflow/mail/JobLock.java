package org.impexflow.mail;

import java.time.Duration;
import java.util.Optional;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutorContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The lock of the engine's job a mail is sent from. The job executor locks a job for
 * {@code lock-time-in-millis} when it acquires it; once the lock has expired, any node may acquire and
 * run the job again, even while the first one still runs it. So a mail is handed to the SMTP server
 * only while its job's lock is this node's and outlasts the longest exchange plus {@link #MARGIN}.
 */
final class JobLock {

    /** For the record of the mail after the server's acceptance, and for clocks that differ between nodes. */
    static final Duration MARGIN = Duration.ofSeconds(5);

    private JobLock() {
    }

    /**
     * The lock time left to the job running on this thread, or empty when this thread is not the job
     * executor's (a web request, a test running a job itself): nobody else can run that work.
     *
     * @throws IllegalStateException when the job's lock is another node's: it took the job over
     */
    static Optional<Duration> timeLeft() {
        JobExecutorContext context = Context.getJobExecutorContext();
        JobEntity job = context == null ? null : context.getCurrentJob();
        if (job == null || job.getLockExpirationTime() == null) {
            return Optional.empty();
        }
        String ours = Context.getProcessEngineConfiguration().getJobExecutor().getLockOwner();
        if (!ours.equals(job.getLockOwner())) {
            throw new IllegalStateException("Job " + job.getId() + " is locked by " + job.getLockOwner()
                    + ", not by this node (" + ours + "): its lock expired and another node took it over");
        }
        return Optional.of(Duration.ofMillis(job.getLockExpirationTime().getTime()
                - ClockUtil.getCurrentTime().getTime()));
    }

    /** Refuses to start an exchange that could outlast the lock: the step fails and is retried, nothing sent. */
    static void ensureTimeFor(String dedupKey, Duration sendTimeout) {
        timeLeft().ifPresent(left -> {
            if (left.compareTo(sendTimeout.plus(MARGIN)) < 0) {
                throw new IllegalStateException("Mail " + dedupKey + " not sent: its job's lock has "
                        + left.toMillis() + " ms left, less than impexflow.mail.send-timeout (" + sendTimeout
                        + ") plus " + MARGIN.toSeconds() + " s; the step is retried (docs/operations.md)");
            }
        });
    }
}
