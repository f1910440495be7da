package org.impexflow.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.impexflow.support.ImpexflowSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The memberships shipped by the migration V28, read at a date, each with the text it comes from. */
@ImpexflowSpringTest
class CountryMembershipTests {

    private static final LocalDate DECEMBER_2026 = LocalDate.of(2026, 12, 6);

    @Autowired
    Countries countries;

    @ParameterizedTest(name = "{0} {1} on {2}: {3}")
    @CsvSource({
            "HR, SCHENGEN, 2022-12-31, false",
            "HR, SCHENGEN, 2023-01-01, true",
            "hr, SCHENGEN, 2023-01-01, true",
            "HR, EU,       2013-06-30, false",
            "HR, EU,       2013-07-01, true",
            "BG, SCHENGEN, 2024-12-31, false",
            "BG, SCHENGEN, 2025-01-01, true",
            "RO, SCHENGEN, 2025-01-01, true",
            "RO, EU,       2006-12-31, false",
            "RO, EU,       2007-01-01, true",
            "PL, EU,       2004-04-30, false",
            "PL, EU,       2004-05-01, true",
            "GB, EU,       2020-12-31, true",
            "GB, EU,       2021-01-01, false",
            "BL, EU,       2011-12-31, true",
            "BL, EU,       2012-01-01, false",
            "YT, EU,       2013-12-31, false",
            "YT, EU,       2014-01-01, true",
            "RE, FRENCH_OVERSEAS_DEPARTMENT, 2026-12-06, true",
            "RE, EU,       2026-12-06, true",
            "RE, SCHENGEN, 2026-12-06, false",
            "PF, EU,       2026-12-06, false",
            "NC, EU,       2026-12-06, false",
            "PM, EU,       2026-12-06, false",
            "CH, EU,       2026-12-06, false",
            "CH, SCHENGEN, 2026-12-06, true",
            "IE, SCHENGEN, 2026-12-06, false",
            "CY, SCHENGEN, 2026-12-06, false",
            "XX, EU,       2026-12-06, false"})
    void aMembershipIsReadAtADate(String code, Membership kind, LocalDate day, boolean member) {
        assertThat(countries.isMember(code, kind, day)).isEqualTo(member);
    }

    @Test
    void todayTheEuHas27MemberStatesAndSchengen29() {
        assertThat(countries.members(Membership.EU, DECEMBER_2026)).contains("FR", "DE", "HR", "BG", "RO")
                .doesNotContain("GB", "CH", "NO", "BL")
                .filteredOn(code -> !code.matches("GP|MQ|GF|RE|YT|MF|AX")).hasSize(27);
        assertThat(countries.members(Membership.SCHENGEN, DECEMBER_2026)).contains("HR", "BG", "RO", "CH", "NO", "IS", "LI")
                .doesNotContain("IE", "CY", "GB").filteredOn(code -> !"AX".equals(code)).hasSize(29);
        assertThat(countries.members(Membership.FRENCH_OVERSEAS_DEPARTMENT, DECEMBER_2026))
                .containsExactlyInAnyOrder("GP", "MQ", "GF", "RE", "YT");
    }

    @Test
    void aPeriodNamesTheTextItComesFrom() {
        assertThat(countries.membership("HR", Membership.SCHENGEN, DECEMBER_2026).orElseThrow().getSource())
                .isEqualTo("Décision (UE) 2022/2451 du Conseil");
        assertThat(countries.membership("HR", Membership.SCHENGEN, LocalDate.of(2022, 12, 15))).isEmpty();
    }
}
