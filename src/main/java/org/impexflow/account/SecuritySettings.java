package org.impexflow.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code impexflow.security.*}: how failed logins slow down their source (per client address, and per
 * account from addresses it does not usually log in from), the hard limit of wrong TOTP codes, the
 * lifetimes of registration codes and reset links, and the key that encrypts TOTP secrets at rest.
 *
 * <p>A source may fail {@code *FreeFailures} times without waiting; every failure beyond waits
 * {@code firstDelay}, doubled each time, at most {@code maxDelay}. One failure is forgiven every
 * {@code *ForgivenEvery}.
 */
@ConfigurationProperties("impexflow.security")
public record SecuritySettings(int addressFreeFailures, Duration addressForgivenEvery, int accountFreeFailures,
        Duration accountForgivenEvery, Duration firstDelay, Duration maxDelay, int maxFailedCodes,
        Duration registrationCodeValidity, int maxFailedRegistrationCodes, Duration cguValidity,
        Duration passwordResetValidity, String totpEncryptionKey, String totpIssuer) {

    public SecuritySettings {
        addressFreeFailures = addressFreeFailures <= 0 ? 20 : addressFreeFailures;
        addressForgivenEvery = addressForgivenEvery == null ? Duration.ofMinutes(1) : addressForgivenEvery;
        accountFreeFailures = accountFreeFailures <= 0 ? 5 : accountFreeFailures;
        accountForgivenEvery = accountForgivenEvery == null ? Duration.ofMinutes(10) : accountForgivenEvery;
        firstDelay = firstDelay == null ? Duration.ofSeconds(2) : firstDelay;
        maxDelay = maxDelay == null ? Duration.ofMinutes(15) : maxDelay;
        maxFailedCodes = maxFailedCodes <= 0 ? 10 : maxFailedCodes;
        registrationCodeValidity = registrationCodeValidity == null ? Duration.ofHours(24) : registrationCodeValidity;
        maxFailedRegistrationCodes = maxFailedRegistrationCodes <= 0 ? 5 : maxFailedRegistrationCodes;
        cguValidity = cguValidity == null ? Duration.ofDays(7) : cguValidity;
        passwordResetValidity = passwordResetValidity == null ? Duration.ofHours(1) : passwordResetValidity;
        totpIssuer = totpIssuer == null ? "impexflow ANSM" : totpIssuer;
    }

    /** The defaults, for tests that build the pieces by hand. */
    public static SecuritySettings defaults() {
        return new SecuritySettings(0, null, 0, null, null, null, 0, null, 0, null, null, "a-test-key-of-16-chars", null);
    }
}
