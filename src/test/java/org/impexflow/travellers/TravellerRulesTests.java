package org.impexflow.travellers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.travellers.TravellerQuestion.Classification;
import org.impexflow.travellers.TravellerQuestion.Direction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The travellers' rules read the Schengen membership of the other country at the departure date. */
@ImpexflowSpringTest
class TravellerRulesTests {

    @Autowired
    TravellerRules rules;

    @ParameterizedTest(name = "{0} is in the Schengen area today")
    @CsvSource({"HR", "BG", "RO", "DE"})
    void theStatesThatJoinedSchengenAreAnsweredAsSchengenToday(String country) {
        TravellerAnswer answer = rules.answer(narcoticLeavingFor(country));

        assertThat(answer.otherCountryInSchengen()).isTrue();
        assertThat(answer.arsAuthorisation()).as("leaving for a Schengen state: the ARS authorisation").isTrue();
    }

    @ParameterizedTest(name = "{0}, departure {1}: in Schengen = {2}")
    @CsvSource({
            "HR, 2022-12-15, false",
            "HR, 2022-12-31, false",
            "HR, 2023-01-01, true",
            "HR, 2023-02-01, true",
            // Bulgaria and Romania: the land borders' date, 1 January 2025 (air and sea from 31 March 2024)
            "BG, 2024-06-01, false",
            "BG, 2024-12-31, false",
            "BG, 2025-01-01, true",
            "RO, 2024-03-31, false",
            "RO, 2025-01-01, true",
            "CH, 2008-12-11, false",
            "CH, 2008-12-12, true",
            "GB, 2026-01-01, false"})
    void theAnswerDependsOnTheDepartureDate(String country, LocalDate departure, boolean schengen) {
        TravellerAnswer answer = rules.answer(narcoticLeavingFor(country), departure);

        assertThat(answer.otherCountryInSchengen()).isEqualTo(schengen);
        assertThat(answer.arsAuthorisation()).isEqualTo(schengen);
        assertThat(answer.ansmAttestationPossible()).as("outside Schengen: the ANSM attestation").isEqualTo(!schengen);
    }

    private static TravellerQuestion narcoticLeavingFor(String country) {
        return new TravellerQuestion(Direction.LEAVING, country, Classification.NARCOTIC, true, 28, 28);
    }
}
