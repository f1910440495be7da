package org.impexflow.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * HTTP Basic on {@code /engine-rest} sends the password with every call, and bcrypt is slow on
 * purpose (about 80 ms): a technical account's successful credentials are remembered for a short
 * while, as a salted SHA-256 in memory, so that only the first call of a burst pays for bcrypt. The
 * account must still be active and not locked at every call; wrong passwords are never remembered.
 */
class CachedCredentials implements AuthenticationProvider {

    private static final int MAX_ENTRIES = 1000;

    private record Entry(String digest, Authentication authentication, Instant until) {
    }

    private final AuthenticationProvider delegate;
    private final Accounts accounts;
    private final Clock clock;
    private final Duration lifetime;
    private final byte[] salt = new byte[16];
    private final Map<String, Entry> remembered = new ConcurrentHashMap<>();

    CachedCredentials(AuthenticationProvider delegate, Accounts accounts, Clock clock, Duration lifetime) {
        this.delegate = delegate;
        this.accounts = accounts;
        this.clock = clock;
        this.lifetime = lifetime;
        new java.security.SecureRandom().nextBytes(salt);
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String name = request.getName();
        String digest = digest(name, String.valueOf(request.getCredentials()));
        Entry entry = remembered.get(name);
        Instant now = clock.instant();
        if (entry != null && entry.until().isAfter(now) && MessageDigest.isEqual(entry.digest().getBytes(),
                digest.getBytes()) && accounts.find(name).filter(a -> a.isActive() && !a.isLocked()).isPresent()) {
            return entry.authentication();
        }
        Authentication authenticated = delegate.authenticate(request);
        if (authenticated != null && authenticated.isAuthenticated()) {
            if (remembered.size() >= MAX_ENTRIES) {
                remembered.clear();
            }
            remembered.put(name, new Entry(digest, UsernamePasswordAuthenticationToken.authenticated(
                    authenticated.getPrincipal(), null, authenticated.getAuthorities()), now.plus(lifetime)));
        }
        return authenticated;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }

    private String digest(String name, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
