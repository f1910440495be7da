package org.impexflow.account;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Too many failures from this address, or for this account from unusual addresses: try again later. */
class LoginSlowedException extends AuthenticationException {

    private final transient Duration retryAfter;

    LoginSlowedException(Duration retryAfter) {
        super("Too many failed logins: retry in " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one: the value of {@code Retry-After}. */
    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
