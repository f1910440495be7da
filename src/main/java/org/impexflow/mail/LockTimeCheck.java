package org.impexflow.mail;

import java.time.Duration;

import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Refuses to start a node whose job lock is too short for its mail steps. A mail step must finish
 * while its job is locked, or another node may run it at the same time. Its SMTP exchange takes at
 * most {@code impexflow.mail.send-timeout}; the same again is left for the time the job waits in its
 * node's queue and prepares its mail (a PDF), plus {@link JobLock#MARGIN}.
 */
@Component
class LockTimeCheck {

    LockTimeCheck(ObjectProvider<JobExecutor> jobExecutor, MailSettings settings) {
        jobExecutor.ifAvailable(executor -> check(executor.getLockTimeInMillis(), settings.sendTimeout()));
    }

    /** The shortest lock time that a node with this send timeout accepts. */
    static Duration required(Duration sendTimeout) {
        return sendTimeout.multipliedBy(2).plus(JobLock.MARGIN);
    }

    static void check(long lockTimeInMillis, Duration sendTimeout) {
        Duration required = required(sendTimeout);
        if (lockTimeInMillis < required.toMillis()) {
            throw new IllegalStateException("camunda.bpm.job-execution.lock-time-in-millis is " + lockTimeInMillis
                    + " ms: a mail step may take longer, and another node would then run it a second time. It must"
                    + " be at least " + required.toMillis() + " ms (twice impexflow.mail.send-timeout, "
                    + sendTimeout.toSeconds() + " s, plus " + JobLock.MARGIN.toSeconds()
                    + " s); raise it or lower the send timeout (docs/operations.md, Several nodes)");
        }
    }
}
