package org.impexflow.travellers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many requests for a transport attestation one client address, and one e-mail address, may send in
 * a window (fixed windows starting at the first request). Every request sends a mail and opens a case, and
 * the page needs no account: past the limit it answers 429 until the window ends. The counters live in
 * memory, bounded ({@link #MAX_KEYS} addresses of each kind, the oldest dropped first), one set per node.
 */
@Component
class AttestationRequestLimits {

    static final int MAX_KEYS = 50_000;

    private record Window(Instant start, AtomicInteger count) {
    }

    private final Cache<String, Window> byAddress;
    private final Cache<String, Window> byEmail;
    private final int perAddress;
    private final int perEmail;
    private final Duration window;
    private final Clock clock;

    AttestationRequestLimits(@Value("${impexflow.travellers.attestation-limit.per-address:10}") int perAddress,
            @Value("${impexflow.travellers.attestation-limit.per-email:5}") int perEmail,
            @Value("${impexflow.travellers.attestation-limit.window:1h}") Duration window, Clock clock) {
        this.perAddress = perAddress;
        this.perEmail = perEmail;
        this.window = window;
        this.clock = clock;
        this.byAddress = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterWrite(window).build();
        this.byEmail = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterWrite(window).build();
    }

    /**
     * Counts a request from this client address for this e-mail address.
     *
     * @return how long to wait when the request is one too many, else empty
     */
    Optional<Duration> refuse(String clientAddress, String email) {
        Instant now = clock.instant();
        Optional<Duration> wait = count(byAddress, clientAddress == null ? "" : clientAddress, perAddress, now);
        if (wait.isPresent() || email == null || email.isBlank()) {
            return wait;
        }
        return count(byEmail, email.strip().toLowerCase(Locale.ROOT), perEmail, now);
    }

    private Optional<Duration> count(Cache<String, Window> windows, String key, int limit, Instant now) {
        Window current = windows.asMap().compute(key, (k, w) -> w == null || !now.isBefore(w.start().plus(window))
                ? new Window(now, new AtomicInteger()) : w);
        if (current.count().incrementAndGet() <= limit) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, current.start().plus(window));
        return Optional.of(left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left);
    }
}
