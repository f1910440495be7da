package org.impexflow.registration;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.impexflow.account.SecondFactorEnrolled;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The first enrolment of an authenticator app moves the person's activation on. The person may enrol
 * while the job executor sends the finalisation mail of the same activation: the engine then refuses one
 * of the two changes (optimistic locking), and the correlation is tried again rather than showing the
 * person an error.
 */
@Component
record SecondFactorEnrolment(RuntimeService runtime) {

    static final int ATTEMPTS = 5;

    @EventListener
    void onEnrolled(SecondFactorEnrolled event) {
        for (int attempt = 1;; attempt++) {
            try {
                runtime.createMessageCorrelation(AccountActivationProcess.Messages.SECOND_FACTOR_ENROLLED)
                        .processInstanceBusinessKey(event.userId()).correlateAllWithResult();
                return;
            } catch (OptimisticLockingException concurrentChange) {
                if (attempt == ATTEMPTS) {
                    throw concurrentChange;
                }
                try {
                    Thread.sleep(50L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw concurrentChange;
                }
            }
        }
    }
}
