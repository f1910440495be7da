package org.impexflow.registration;

import org.camunda.bpm.engine.RuntimeService;
import org.impexflow.account.SecondFactorEnrolled;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The first enrolment of an authenticator app moves the person's activation on. */
@Component
class SecondFactorEnrolment {

    private final RuntimeService runtime;

    SecondFactorEnrolment(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void onEnrolled(SecondFactorEnrolled event) {
        runtime.createMessageCorrelation(AccountActivationProcess.Messages.SECOND_FACTOR_ENROLLED)
                .processInstanceBusinessKey(event.userId()).correlateAllWithResult();
    }
}
