package org.impexflow.account;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.impexflow.audit.SecurityEventKind;
import org.impexflow.audit.SecurityEvents;
import org.springframework.stereotype.Component;

/**
 * Failed logins (passwords on the form and on HTTP Basic, TOTP codes) slow down where they come from
 * instead of locking the account: one counter per client address (an IPv6 address counts by its /64),
 * one per account for the failures that come from addresses the account does not usually log in from
 * ({@link LoginSources}). Each counter lets {@code *FreeFailures} failures through, then makes the
 * source wait {@code firstDelay}, doubled at each failure, at most {@code maxDelay}; one failure is
 * forgiven every {@code *ForgivenEvery}. The owner, from an address they logged in from before, is
 * not held back by failures from elsewhere. Counters of unknown and known accounts behave alike (the
 * answer does not tell them apart). Memory is bounded: at most {@value #MAX_ENTRIES} counters of
 * each kind, a counter dropped once all its failures are forgiven.
 */
@Component
public class LoginThrottle {

    static final int MAX_ENTRIES = 100_000;
    /** Beyond this many failures above the free ones the delay is at its maximum anyway. */
    private static final int MAX_EXCESS = 16;

    private final SecuritySettings settings;
    private final LoginSources usual;
    private final SecurityEvents events;
    private final Clock clock;
    private final Cache<String, Counter> addresses;
    private final Cache<String, Counter> accounts;

    LoginThrottle(SecuritySettings settings, LoginSources usual, SecurityEvents events, Clock clock) {
        this.settings = settings;
        this.usual = usual;
        this.events = events;
        this.clock = clock;
        this.addresses = counters(settings.addressFreeFailures(), settings.addressForgivenEvery());
        this.accounts = counters(settings.accountFreeFailures(), settings.accountForgivenEvery());
    }

    private static Cache<String, Counter> counters(int free, Duration forgivenEvery) {
        return Caffeine.newBuilder().maximumSize(MAX_ENTRIES)
                .expireAfterAccess(forgivenEvery.multipliedBy(free + MAX_EXCESS + 1L)).build();
    }

    /** How long this address must wait before it tries this account again; zero when it may try now. */
    public Duration waitBefore(String address, String account) {
        Instant now = clock.instant();
        Duration wait = remaining(addresses.getIfPresent(addressKey(address)), now);
        Duration accountWait = remaining(accounts.getIfPresent(accountKey(account)), now);
        if (accountWait.compareTo(wait) > 0 && !usual.isUsual(accountKey(account), addressKey(address))) {
            wait = accountWait;
        }
        return wait;
    }

    /** A wrong password or code for this account (known or not) from this address. */
    public void failed(String address, String account) {
        Instant now = clock.instant();
        String source = addressKey(address);
        String name = accountKey(account);
        Duration addressDelay = addresses.get(source, k -> new Counter()).fail(now, settings.addressFreeFailures(),
                settings.addressForgivenEvery(), settings.firstDelay(), settings.maxDelay());
        if (addressDelay != null) {
            events.recordAlone(SecurityEventKind.LOGIN_SLOWED, SecurityEvents.ANONYMOUS, source,
                    "adresse " + source + " : plus de " + settings.addressFreeFailures()
                            + " échecs, chaque essai suivant attend " + addressDelay.toSeconds() + " s ou plus");
        }
        if (!usual.isUsual(name, source)) {
            Duration accountDelay = accounts.get(name, k -> new Counter()).fail(now, settings.accountFreeFailures(),
                    settings.accountForgivenEvery(), settings.firstDelay(), settings.maxDelay());
            if (accountDelay != null) {
                events.recordAlone(SecurityEventKind.LOGIN_SLOWED, SecurityEvents.ANONYMOUS, name,
                        "compte : plus de " + settings.accountFreeFailures() + " échecs depuis des adresses "
                                + "inhabituelles (dernière : " + source + "), chaque essai suivant attend "
                                + accountDelay.toSeconds() + " s ou plus");
            }
        }
    }

    /**
     * The owner logged in (password and code, or a technical account's HTTP Basic): the account's
     * counter is cleared and the address becomes one of its usual ones.
     */
    public void succeeded(String address, String account) {
        String name = accountKey(account);
        accounts.invalidate(name);
        usual.remember(name, addressKey(address), clock.instant());
    }

    /** Support: the account may be tried again at once from anywhere. */
    public void liftAccount(String account) {
        accounts.invalidate(accountKey(account));
    }

    /** Support (or a test that made failures on purpose): the address may try again at once. */
    public void liftAddress(String address) {
        addresses.invalidate(addressKey(address));
    }

    /** How many counters are kept, addresses and accounts together (bounded). */
    long counters() {
        addresses.cleanUp();
        accounts.cleanUp();
        return addresses.estimatedSize() + accounts.estimatedSize();
    }

    private static Duration remaining(Counter counter, Instant now) {
        return counter == null ? Duration.ZERO : counter.remaining(now);
    }

    static String accountKey(String account) {
        return account == null ? "" : account.trim().toLowerCase(Locale.ROOT);
    }

    /** An address as counted: IPv4 as is, IPv6 by its /64 (one subscriber holds a whole /64). */
    public static String addressKey(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address == null ? "" : address;
        }
        try {
            InetAddress parsed = InetAddress.getByName(address.replaceAll("^\\[|\\]$|%.*$", ""));
            if (parsed instanceof Inet6Address) {
                byte[] prefix = Arrays.copyOf(parsed.getAddress(), 8);
                String hex = HexFormat.of().formatHex(prefix);
                return hex.replaceAll("(.{4})(?!$)", "$1:") + "::/64";
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }

    /**
     * Failures of one source, as a weight that loses one every {@code forgivenEvery}; the time before
     * which the next try is refused.
     */
    static final class Counter {
        private double weight;
        private Instant weighedAt = Instant.EPOCH;
        private Instant blockedUntil = Instant.EPOCH;

        synchronized Duration remaining(Instant now) {
            return blockedUntil.isAfter(now) ? Duration.between(now, blockedUntil) : Duration.ZERO;
        }

        /** Counts one failure; returns the delay when this failure is the first one slowed down, else null. */
        synchronized Duration fail(Instant now, int free, Duration forgivenEvery, Duration firstDelay,
                Duration maxDelay) {
            double elapsed = Math.max(0, Duration.between(weighedAt, now).toMillis());
            double before = Math.max(0, weight - elapsed / forgivenEvery.toMillis());
            weight = Math.min(before + 1, free + MAX_EXCESS);
            weighedAt = now;
            int excess = (int) Math.ceil(weight - 1e-9) - free;
            if (excess <= 0) {
                return null;
            }
            Duration delay = firstDelay.multipliedBy(1L << Math.min(excess - 1, 30));
            delay = delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
            blockedUntil = now.plus(delay);
            return Math.ceil(before - 1e-9) - free <= 0 ? delay : null;
        }
    }
}
