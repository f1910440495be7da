package org.impexflow.account;

import java.time.Duration;

import org.impexflow.audit.SecurityEvents;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;

/**
 * Refuses a password check, before any work, while its address or account is slowed down
 * ({@link LoginThrottle}); the answer is then 429 with {@code Retry-After}, the same for every account.
 */
class ThrottledAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottledAuthentication(AuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        Duration wait = throttle.waitBefore(SecurityEvents.currentSource(), request.getName());
        if (!wait.isZero()) {
            throw new LoginSlowedException(wait);
        }
        return delegate.authenticate(request);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
