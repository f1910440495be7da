package org.impexflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A node whose job lock is shorter than its mail steps may take does not start, and says why. */
class LockTimeCheckTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(MailSettings.class, () -> new MailSettings("a@b.example", Duration.ofSeconds(25), null))
            .withUserConfiguration(LockTimeCheck.class);

    @Test
    void aLockShorterThanTwiceTheSendTimeoutPlusTheMarginStopsTheStart() {
        context.withBean(JobExecutor.class, () -> jobExecutor(15_000)).run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause()
                    .hasMessageContaining("lock-time-in-millis is 15000 ms")
                    .hasMessageContaining("at least 55000 ms");
        });
    }

    @Test
    void aLockOfTwiceTheSendTimeoutPlusTheMarginIsEnough() {
        context.withBean(JobExecutor.class, () -> jobExecutor(55_000))
                .run(started -> assertThat(started).hasNotFailed());
    }

    @Test
    void aNodeWithoutJobExecutorHasNothingToCheck() {
        context.run(started -> assertThat(started).hasNotFailed());
    }

    private static JobExecutor jobExecutor(int lockTimeInMillis) {
        JobExecutor executor = new DefaultJobExecutor();
        executor.setLockTimeInMillis(lockTimeInMillis);
        return executor;
    }
}
