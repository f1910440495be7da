package org.impexflow.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** RFC 6238 as authenticator apps compute it: one step of drift either side, never a code twice. */
class TotpTests {

    /** RFC 6238 appendix B, SHA-1 seed "12345678901234567890" (base32), 6 low-order digits. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private final Totp totp = new Totp(SecuritySettings.defaults());

    @Test
    void computesTheCodesOfTheRfcTestVectors() {
        assertThat(totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
    }

    @Test
    void acceptsOneStepOfClockDriftEitherSideAndNoMore() {
        Instant now = Instant.parse("2026-11-25T10:00:15Z");
        long step = Totp.step(now);
        assertThat(totp.matchingStep(RFC_SECRET, totp.codeAt(RFC_SECRET, now), 0, now)).hasValue(step);
        assertThat(totp.matchingStep(RFC_SECRET, totp.codeAt(RFC_SECRET, now.minusSeconds(30)), 0, now))
                .hasValue(step - 1);
        assertThat(totp.matchingStep(RFC_SECRET, totp.codeAt(RFC_SECRET, now.plusSeconds(30)), 0, now))
                .hasValue(step + 1);
        assertThat(totp.matchingStep(RFC_SECRET, totp.codeAt(RFC_SECRET, now.minusSeconds(60)), 0, now)).isEmpty();
        assertThat(totp.matchingStep(RFC_SECRET, totp.codeAt(RFC_SECRET, now.plusSeconds(60)), 0, now)).isEmpty();
    }

    @Test
    void neverAcceptsACodeOfAStepAlreadyUsed() {
        Instant now = Instant.parse("2026-11-25T10:00:15Z");
        String code = totp.codeAt(RFC_SECRET, now);
        long used = totp.matchingStep(RFC_SECRET, code, 0, now).orElseThrow();
        assertThat(totp.matchingStep(RFC_SECRET, code, used, now)).isEmpty();
        assertThat(totp.matchingStep(RFC_SECRET, code, used, now.plus(Duration.ofSeconds(20)))).isEmpty();
        assertThat(totp.matchingStep(RFC_SECRET, totp.codeAt(RFC_SECRET, now.plusSeconds(30)), used, now))
                .as("the next step's code is still accepted").hasValue(used + 1);
    }

    @Test
    void refusesMalformedCodes() {
        Instant now = Instant.now();
        assertThat(totp.matchingStep(RFC_SECRET, null, 0, now)).isEmpty();
        assertThat(totp.matchingStep(RFC_SECRET, "12345", 0, now)).isEmpty();
        assertThat(totp.matchingStep(RFC_SECRET, "abcdef", 0, now)).isEmpty();
    }

    @Test
    void theQrCodeCarriesTheOtpauthUriOfTheAccount() {
        String uri = totp.otpauthUri(RFC_SECRET, "jean.dupont@labo.example");
        assertThat(uri).startsWith("otpauth://totp/").contains("jean.dupont%40labo.example",
                "secret=" + RFC_SECRET, "issuer=impexflow%20ANSM", "digits=6", "period=30", "algorithm=SHA1");
        byte[] png = totp.qrCodePng(RFC_SECRET, "jean.dupont@labo.example");
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }
}
