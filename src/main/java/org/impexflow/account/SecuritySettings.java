package org.impexflow.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code impexflow.security.*}: lock-out after wrong passwords or codes, lifetimes of registration
 * codes and reset links, and the key that encrypts TOTP secrets at rest.
 */
@ConfigurationProperties("impexflow.security")
public record SecuritySettings(int maxFailedPasswords, int maxFailedCodes, Duration lockDuration,
        Duration registrationCodeValidity, int maxFailedRegistrationCodes, Duration cguValidity,
        Duration passwordResetValidity, String totpEncryptionKey, String totpIssuer) {

    public SecuritySettings {
        maxFailedPasswords = maxFailedPasswords <= 0 ? 5 : maxFailedPasswords;
        maxFailedCodes = maxFailedCodes <= 0 ? 5 : maxFailedCodes;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
        registrationCodeValidity = registrationCodeValidity == null ? Duration.ofHours(24) : registrationCodeValidity;
        maxFailedRegistrationCodes = maxFailedRegistrationCodes <= 0 ? 5 : maxFailedRegistrationCodes;
        cguValidity = cguValidity == null ? Duration.ofDays(7) : cguValidity;
        passwordResetValidity = passwordResetValidity == null ? Duration.ofHours(1) : passwordResetValidity;
        totpIssuer = totpIssuer == null ? "impexflow ANSM" : totpIssuer;
    }
}
