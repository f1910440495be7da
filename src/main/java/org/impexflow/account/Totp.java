package org.impexflow.account;

import java.time.Instant;
import java.util.OptionalLong;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;

import org.springframework.stereotype.Component;

/**
 * TOTP (RFC 6238) as authenticator apps compute it: SHA-1, 6 digits, 30-second steps. A code is
 * accepted one step either side of now (a phone's clock drifts), and never twice: each accepted code
 * moves the account's last used step forward.
 */
@Component
public class Totp {

    public static final int DIGITS = 6;
    public static final int PERIOD_SECONDS = 30;
    private static final int ALLOWED_DRIFT_STEPS = 1;

    private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);
    private final String issuer;

    Totp(SecuritySettings settings) {
        this.issuer = settings.totpIssuer();
    }

    /** A new random secret, base32, 160 bits. */
    public String newSecret() {
        return secrets.generate();
    }

    /** The {@code otpauth://} URI an authenticator app reads from the QR code. */
    public String otpauthUri(String secret, String account) {
        return qrData(secret, account).getUri();
    }

    public byte[] qrCodePng(String secret, String account) {
        try {
            return new ZxingPngQrGenerator().generate(qrData(secret, account));
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code not generated", e);
        }
    }

    /** The code an authenticator app shows at that instant. */
    public String codeAt(String secret, Instant instant) {
        return code(secret, step(instant));
    }

    /**
     * The step of a valid code, if the code is right for now or one step either side and that step is
     * later than the last one used.
     */
    public OptionalLong matchingStep(String secret, String code, long lastUsedStep, Instant now) {
        if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - ALLOWED_DRIFT_STEPS; step <= current + ALLOWED_DRIFT_STEPS; step++) {
            if (step > lastUsedStep && java.security.MessageDigest.isEqual(code(secret, step).getBytes(),
                    code.getBytes())) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    static long step(Instant instant) {
        return instant.getEpochSecond() / PERIOD_SECONDS;
    }

    private String code(String secret, long step) {
        try {
            return codes.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("TOTP code not generated", e);
        }
    }

    private QrData qrData(String secret, String account) {
        return new QrData.Builder().label(account).secret(secret).issuer(issuer).algorithm(HashingAlgorithm.SHA1)
                .digits(DIGITS).period(PERIOD_SECONDS).build();
    }
}
