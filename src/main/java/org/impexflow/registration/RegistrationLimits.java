package org.impexflow.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.impexflow.account.LoginThrottle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many registrations one client address may send in a window (a fixed window starting at its first
 * registration; an IPv6 address counts by its /64, as the login's slowdown counts it). Each registration
 * sends a mail with the name typed in it, to any address: past the limit {@code /register} answers 429
 * until the window ends. A form refused for its fields (no mail sent) gives its place back. The counters
 * live in memory, bounded ({@link #MAX_KEYS} addresses, the least used dropped first), one set per node.
 */
@Component
class RegistrationLimits {

    static final int MAX_KEYS = 50_000;

    private record Window(Instant start, AtomicInteger count) {
    }

    private final Cache<String, Window> byAddress;
    private final int perAddress;
    private final Duration window;
    private final Clock clock;

    RegistrationLimits(@Value("${impexflow.security.registration-limit.per-address:10}") int perAddress,
            @Value("${impexflow.security.registration-limit.window:1h}") Duration window, Clock clock) {
        this.perAddress = perAddress;
        this.window = window;
        this.clock = clock;
        this.byAddress = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterWrite(window).build();
    }

    /**
     * Counts a registration from this client address.
     *
     * @return how long to wait when it is one too many (then it is not counted), else empty
     */
    Optional<Duration> take(String clientAddress) {
        Instant now = clock.instant();
        Window current = byAddress.asMap().compute(LoginThrottle.addressKey(clientAddress),
                (k, w) -> w == null || !now.isBefore(w.start().plus(window)) ? new Window(now, new AtomicInteger()) : w);
        if (current.count().incrementAndGet() <= perAddress) {
            return Optional.empty();
        }
        current.count().decrementAndGet();
        Duration left = Duration.between(now, current.start().plus(window));
        return Optional.of(left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left);
    }

    /** A registration counted by {@link #take} and refused for its fields: it sent nothing. */
    void giveBack(String clientAddress) {
        Window current = byAddress.getIfPresent(LoginThrottle.addressKey(clientAddress));
        if (current != null) {
            current.count().updateAndGet(n -> Math.max(0, n - 1));
        }
    }
}
