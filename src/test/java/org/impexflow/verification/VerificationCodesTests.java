package org.impexflow.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class VerificationCodesTests {

    @Test
    void typedCodesAreReadAsPeopleTypeThem() {
        assertThat(VerificationCodes.normalise("abcd-efgh-jkmn")).contains("ABCDEFGHJKMN");
        assertThat(VerificationCodes.normalise(" ABCD EFGH JKMN ")).contains("ABCDEFGHJKMN");
        assertThat(VerificationCodes.normalise("0O1I-L234-5678")).contains("001112345678");
        assertThat(VerificationCodes.normalise("ABCD-EFGH-JKM")).isEmpty();
        assertThat(VerificationCodes.normalise("ABCD-EFGH-JKMNP")).isEmpty();
        assertThat(VerificationCodes.normalise("ABCD-EFGH-JKMU")).as("U is not in Crockford's alphabet").isEmpty();
        assertThat(VerificationCodes.normalise("<script>")).isEmpty();
        assertThat(VerificationCodes.normalise(null)).isEmpty();
    }

    @Test
    void codesAreShownInThreeGroups() {
        assertThat(VerificationCodes.display("ABCDEFGHJKMN")).isEqualTo("ABCD-EFGH-JKMN");
    }

    @Test
    void alphabetHasThirtyTwoDistinctCharacters() {
        assertThat(VerificationCodes.ALPHABET.chars().distinct().count()).isEqualTo(32);
        assertThat(Math.pow(32, VerificationCodes.LENGTH)).as("60 bits").isEqualTo(Math.pow(2, 60));
    }

    @Test
    void newCodesAreRandomAndWellFormed() {
        VerificationCodes codes = new VerificationCodes(null, null, "http://x");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = codes.newCode();
            assertThat(VerificationCodes.normalise(code)).contains(code);
            seen.add(code);
        }
        assertThat(seen).hasSize(10_000);
    }
}
