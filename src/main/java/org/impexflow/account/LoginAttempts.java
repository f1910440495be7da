package org.impexflow.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts wrong passwords (form login and HTTP Basic alike); too many lock the account for a while. */
@Component
class LoginAttempts {

    private final Accounts accounts;

    LoginAttempts(Accounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        Object name = event.getAuthentication().getPrincipal();
        if (name != null) {
            accounts.passwordFailed(name.toString().trim().toLowerCase(java.util.Locale.ROOT));
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        String name = event.getAuthentication().getName();
        if (accounts.find(name).filter(a -> a.getFailedPasswords() > 0).isPresent()) {
            accounts.passwordAccepted(name);
        }
    }
}
