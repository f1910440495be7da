package org.impexflow.account;

import org.impexflow.access.Authorities;
import org.impexflow.access.Groups;
import org.impexflow.audit.SecurityEventKind;
import org.impexflow.audit.SecurityEvents;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords (form login and HTTP Basic alike) are logged and slow down their source
 * ({@link LoginThrottle}); known and unknown accounts are counted alike. A technical account's
 * successful HTTP Basic call is its owner's login; a person's login succeeds with the code
 * ({@code LoginController}), not with the password alone.
 */
@Component
record LoginAttempts(LoginThrottle throttle, SecurityEvents events) {

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        Object name = event.getAuthentication().getPrincipal();
        String account = LoginThrottle.accountKey(name == null ? null : name.toString());
        events.recordAlone(SecurityEventKind.LOGIN_FAILED, SecurityEvents.ANONYMOUS, account, "mot de passe erroné");
        throttle.failed(SecurityEvents.currentSource(), account);
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (Authorities.groups(event.getAuthentication()).contains(Groups.API_CLIENTS)) {
            throttle.succeeded(SecurityEvents.currentSource(), event.getAuthentication().getName());
        }
    }
}
