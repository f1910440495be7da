package org.impexflow.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;

import org.impexflow.attachment.AttachmentKind;
import org.impexflow.exportdeclaration.DeclarationEventKind;
import org.impexflow.exportdeclaration.DeclarationStatus;
import org.impexflow.exportdeclaration.DeclarationType;
import org.impexflow.exportdeclaration.NoMarketingAuthorisationReason;
import org.impexflow.importauthorisation.AuthorisationEventKind;
import org.impexflow.importauthorisation.AuthorisationStatus;
import org.impexflow.importauthorisation.ImportPurpose;
import org.impexflow.narcotics.AnnualDeclarationEventKind;
import org.impexflow.narcotics.AnnualDeclarationStatus;
import org.impexflow.narcotics.Finding;
import org.impexflow.audit.SecurityEventKind;
import org.impexflow.establishment.EstablishmentRole;
import org.junit.jupiter.api.Test;

/** The labels of the enums named to people: each constant has its text in French and in English. */
class LabelledTests {

    @Test
    void everyConstantHasAFrenchAndAnEnglishLabelOfItsOwn() {
        Stream.<Labelled[]>of(SecurityEventKind.values(), EstablishmentRole.values(), DeclarationStatus.values(),
                DeclarationEventKind.values(), DeclarationType.values(), NoMarketingAuthorisationReason.values(),
                AttachmentKind.values(), AuthorisationStatus.values(), AuthorisationEventKind.values(),
                ImportPurpose.values(), AnnualDeclarationStatus.values(), AnnualDeclarationEventKind.values(),
                Finding.Severity.values())
                .flatMap(Arrays::stream).forEach(constant -> {
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
        assertThat(DeclarationStatus.IN_REVIEW.label()).isEqualTo("En cours d'instruction");
        assertThat(AuthorisationStatus.USED_UP.label(Locale.ENGLISH)).isEqualTo("Used up");
    }
}
