package org.impexflow.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

import org.impexflow.audit.SecurityEvents;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, point 9: the numbers of docs/security.md, on a clock of the test's own. Failures slow down
 * their address (20 free, then 2 s doubled up to 15 min, one forgiven a minute) and, from addresses
 * the account does not use, the account (5 free, one forgiven every 10 minutes); never its owner at
 * their usual address.
 */
class LoginThrottleTests {

    private static final String OWNER_ADDRESS = "192.0.2.10";

    private final MutableClock clock = new MutableClock();
    private final Set<String> usual = new HashSet<>();
    private final LoginSources sources = new LoginSources(null) {
        @Override
        boolean isUsual(String userId, String source) {
            return usual.contains(userId + " " + source);
        }

        @Override
        void remember(String userId, String source, Instant at) {
            usual.add(userId + " " + source);
        }
    };
    private final SecuritySettings settings = SecuritySettings.defaults();
    private final LoginThrottle throttle = new LoginThrottle(settings, sources, mock(SecurityEvents.class), clock);

    @Test
    void anAddressFailsTwentyTimesFreelyThenWaitsTwoSecondsDoubledUpToFifteenMinutes() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("203.0.113.1", "user" + i + "@test.example");
            assertThat(throttle.waitBefore("203.0.113.1", "someone@test.example")).isZero();
        }
        throttle.failed("203.0.113.1", "user20@test.example");
        assertThat(throttle.waitBefore("203.0.113.1", "someone@test.example")).isEqualTo(Duration.ofSeconds(2));
        throttle.failed("203.0.113.1", "user21@test.example");
        assertThat(throttle.waitBefore("203.0.113.1", "someone@test.example")).isEqualTo(Duration.ofSeconds(4));
        for (int i = 0; i < 20; i++) {
            throttle.failed("203.0.113.1", "user" + (22 + i) + "@test.example");
        }
        assertThat(throttle.waitBefore("203.0.113.1", "someone@test.example")).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.waitBefore("203.0.113.2", "someone@test.example")).as("another address").isZero();
    }

    @Test
    void theWaitEndsAndOneFailureIsForgivenEveryMinute() {
        for (int i = 0; i < 21; i++) {
            throttle.failed("203.0.113.1", "user" + i + "@test.example");
        }
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.waitBefore("203.0.113.1", "x@test.example")).isZero();
        clock.advance(Duration.ofMinutes(1));
        throttle.failed("203.0.113.1", "y@test.example");
        assertThat(throttle.waitBefore("203.0.113.1", "x@test.example")).as("21 - 1 forgiven + 1")
                .isEqualTo(Duration.ofSeconds(2));
        clock.advance(Duration.ofMinutes(30));
        throttle.failed("203.0.113.1", "y@test.example");
        assertThat(throttle.waitBefore("203.0.113.1", "x@test.example")).isZero();
    }

    @Test
    void failuresFromElsewhereHoldTheAccountBackEverywhereButAtItsOwnersUsualAddress() {
        throttle.succeeded(OWNER_ADDRESS, "owner@test.example");
        for (int i = 0; i < 5; i++) {
            throttle.failed("203.0.113." + i, "owner@test.example");
        }
        assertThat(throttle.waitBefore("198.51.100.1", "owner@test.example")).isZero();
        throttle.failed("203.0.113.5", "owner@test.example");
        assertThat(throttle.waitBefore("198.51.100.1", "owner@test.example")).as("a sixth address")
                .isEqualTo(Duration.ofSeconds(2));
        for (int i = 0; i < 20; i++) {
            throttle.failed("203.0.113." + (6 + i), "OWNER@test.example ");
        }
        assertThat(throttle.waitBefore("198.51.100.1", "owner@test.example")).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.waitBefore(OWNER_ADDRESS, "owner@test.example")).as("the owner at their usual address")
                .isZero();

        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.waitBefore("198.51.100.1", "owner@test.example")).as("ten minutes later").isPositive();
        throttle.liftAccount("owner@test.example");
        assertThat(throttle.waitBefore("198.51.100.1", "owner@test.example")).as("lifted by support").isZero();
    }

    @Test
    void failuresAtTheUsualAddressCountForTheAddressOnlyAndASuccessClearsTheAccount() {
        throttle.succeeded(OWNER_ADDRESS, "owner@test.example");
        for (int i = 0; i < 10; i++) {
            throttle.failed(OWNER_ADDRESS, "owner@test.example");
        }
        assertThat(throttle.waitBefore("198.51.100.1", "owner@test.example")).isZero();

        for (int i = 0; i < 8; i++) {
            throttle.failed("203.0.113." + i, "owner@test.example");
        }
        assertThat(throttle.waitBefore("198.51.100.1", "owner@test.example")).isPositive();
        throttle.succeeded(OWNER_ADDRESS, "owner@test.example");
        assertThat(throttle.waitBefore("198.51.100.1", "owner@test.example")).isZero();
    }

    @Test
    void anUnknownAccountIsCountedLikeAKnownOne() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("203.0.113." + i, "nobody@test.example");
            throttle.failed("203.0.113." + i, "owner@test.example");
        }
        assertThat(throttle.waitBefore("198.51.100.1", "nobody@test.example"))
                .isEqualTo(throttle.waitBefore("198.51.100.1", "owner@test.example")).isPositive();
    }

    @Test
    void anIpv6SubscriberCountsAsOneAddressByItsSlash64() {
        for (int i = 0; i < 21; i++) {
            throttle.failed("2001:db8:1:2:" + Integer.toHexString(i) + "::1", "user" + i + "@test.example");
        }
        assertThat(throttle.waitBefore("2001:db8:1:2:ffff::9", "x@test.example")).isPositive();
        assertThat(throttle.waitBefore("2001:db8:1:3::1", "x@test.example")).as("another /64").isZero();
        assertThat(LoginThrottle.addressKey("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
    }

    @Test
    void countersStayBoundedWhateverTheNumberOfAddressesAndAccountsTried() {
        for (int i = 0; i < LoginThrottle.MAX_ENTRIES + 20_000; i++) {
            throttle.failed("10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255), "u" + i + "@test.example");
        }
        assertThat(throttle.counters()).isLessThanOrEqualTo(2L * LoginThrottle.MAX_ENTRIES);
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
