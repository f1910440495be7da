package org.impexflow.account;

import java.time.Duration;

import org.impexflow.audit.SecurityEvents;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;

/**
 * Refuses a password check, before any work, while its address or account is slowed down
 * ({@link LoginThrottle}); the answer is then 429 with {@code Retry-After}, the same for every account.
 */
record ThrottledAuthentication(AuthenticationProvider delegate, LoginThrottle throttle)
        implements AuthenticationProvider {

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
