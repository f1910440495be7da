package org.impexflow.establishment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of the process {@code establishment-membership}. The request is found by the process
 * instance, never by a variable a task's form could change.
 */
@Configuration(proxyBeanMethods = false)
class MembershipDelegates {

    /** Who completed the decision task. */
    static String decider() {
        Authentication authentication = Context.getCommandContext().getAuthentication();
        return authentication == null || authentication.getUserId() == null ? "impexflow" : authentication.getUserId();
    }

    @Bean
    JavaDelegate notifyJoinRequestedDelegate(MembershipMails mails) {
        return mails::requested;
    }

    @Bean
    JavaDelegate approveJoinDelegate(Memberships memberships) {
        return (DelegateExecution execution) -> memberships.approve(execution.getProcessInstanceId(), decider());
    }

    @Bean
    JavaDelegate refuseJoinDelegate(Memberships memberships) {
        return (DelegateExecution execution) -> memberships.refuse(execution.getProcessInstanceId(), decider(),
                ((String) execution.getVariable(MembershipProcess.Vars.REASON)).strip());
    }

    @Bean
    JavaDelegate notifyJoinApprovedDelegate(MembershipMails mails) {
        return mails::approved;
    }

    @Bean
    JavaDelegate notifyJoinRefusedDelegate(MembershipMails mails) {
        return mails::refused;
    }
}
