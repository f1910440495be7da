package org.impexflow.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;

import org.impexflow.audit.SecurityEventKind;
import org.impexflow.establishment.EstablishmentRole;
import org.junit.jupiter.api.Test;

/** The labels of the enums named to people: each constant has its text in French and in English. */
class LabelledTests {

    @Test
    void everyConstantHasAFrenchAndAnEnglishLabelOfItsOwn() {
        Stream.of(SecurityEventKind.values(), EstablishmentRole.values()).flatMap(Arrays::stream).forEach(constant -> {
            assertThat(constant.label(Locale.FRENCH)).as("French label of %s", constant).isNotBlank();
            assertThat(constant.label(Locale.ENGLISH)).as("English label of %s", constant).isNotBlank()
                    .isNotEqualTo(constant.label(Locale.FRENCH));
        });
    }

    @Test
    void theLanguageOfThePageChoosesTheLabelAndAnyOtherLanguageIsFrench() {
        assertThat(SecurityEventKind.LOGIN_FAILED.label(Locale.FRENCH)).isEqualTo("Échec de connexion (mot de passe)");
        assertThat(SecurityEventKind.LOGIN_FAILED.label(Locale.UK)).isEqualTo("Failed login (password)");
        assertThat(EstablishmentRole.MANAGER.label(Locale.GERMAN)).isEqualTo("Gestionnaire");
        assertThat(EstablishmentRole.MANAGER.label(Locale.ENGLISH)).isEqualTo("Manager");
    }
}
