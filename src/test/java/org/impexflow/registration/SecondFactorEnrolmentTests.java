package org.impexflow.registration;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.impexflow.account.SecondFactorEnrolled;
import org.junit.jupiter.api.Test;

/**
 * An enrolment that meets the finalisation-mail job on the same activation (the engine refuses one of
 * the two with an optimistic locking failure) is correlated again; seen in the registration browser test.
 */
class SecondFactorEnrolmentTests {

    private final RuntimeService runtime = mock(RuntimeService.class);
    private final MessageCorrelationBuilder correlation = mock(MessageCorrelationBuilder.class);

    SecondFactorEnrolmentTests() {
        when(runtime.createMessageCorrelation(anyString())).thenReturn(correlation);
        when(correlation.processInstanceBusinessKey(anyString())).thenReturn(correlation);
    }

    @Test
    void aConcurrentChangeIsTriedAgain() {
        when(correlation.correlateAllWithResult()).thenThrow(new OptimisticLockingException("job ran"))
                .thenReturn(List.of());
        new SecondFactorEnrolment(runtime).onEnrolled(new SecondFactorEnrolled("a@b.example"));
        verify(correlation, times(2)).correlateAllWithResult();
    }

    @Test
    void givesUpAfterItsAttempts() {
        when(correlation.correlateAllWithResult()).thenThrow(new OptimisticLockingException("always"));
        assertThatThrownBy(() -> new SecondFactorEnrolment(runtime).onEnrolled(new SecondFactorEnrolled("a@b.example")))
                .isInstanceOf(OptimisticLockingException.class);
        verify(correlation, times(SecondFactorEnrolment.ATTEMPTS)).correlateAllWithResult();
    }
}
