package org.impexflow.establishment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiretTests {

    @ParameterizedTest(name = "{0} valid: {1}")
    @CsvSource({
            "42112345600012, true",     // demo establishment, Luhn
            "73282932000074, true",     // Luhn
            "73282932000075, false",    // wrong check digit
            "35600000000048, true",     // La Poste head office: Luhn
            "35600000049837, true",     // La Poste establishment: digits add up to a multiple of 5
            "35600000049838, false",
            "4211234560001, false",     // 13 digits
            "4211234560001A, false",
            "'', false"})
    void checksTheLuhnKeyWithTheLaPosteException(String siret, boolean valid) {
        assertThat(Siret.isValid(siret)).isEqualTo(valid);
    }
}
