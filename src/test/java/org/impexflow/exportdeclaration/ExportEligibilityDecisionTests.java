package org.impexflow.exportdeclaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of processes/export-eligibility.dmn, for every combination of its three inputs. */
class ExportEligibilityDecisionTests {

    private static DmnEngine dmn;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = Files.newInputStream(Path.of("processes/export-eligibility.dmn"))) {
            decision = dmn.parseDecision(ExportDeclarationProcess.ELIGIBILITY_DECISION, in);
        }
    }

    @ParameterizedTest(name = "EU destination={0}, French AMM={1}, released in FR/EU={2} -> {3}")
    @CsvSource({
            "true,  false, true,  NOT_REQUIRED_EU_DESTINATION",
            "true,  true,  true,  NOT_REQUIRED_EU_DESTINATION",
            "true,  false, false, NOT_REQUIRED_EU_DESTINATION",
            "true,  true,  false, NOT_REQUIRED_EU_DESTINATION",
            "false, true,  true,  OUT_OF_SCOPE_FRENCH_AUTHORISATION",
            "false, true,  false, OUT_OF_SCOPE_FRENCH_AUTHORISATION",
            "false, false, false, NOT_ADMISSIBLE_RELEASE",
            "false, false, true,  REQUIRED"})
    void decidesWhetherADeclarationIsRequired(boolean destinationInEu, boolean frenchAuthorisation,
            boolean releasedInFranceOrEu, String expected) {
        String outcome = dmn.evaluateDecisionTable(decision, Variables.createVariables()
                .putValue("destinationInEu", destinationInEu)
                .putValue("hasFrenchMarketingAuthorisation", frenchAuthorisation)
                .putValue("releasedInFranceOrEu", releasedInFranceOrEu))
                .getSingleResult().getSingleEntry();
        assertThat(outcome).isEqualTo(expected);
        assertThat(EligibilityOutcome.valueOf(outcome).explanation()).isNotBlank();
    }

    @Test
    void everyOutcomeOfTheTableHasAnExplanationForTheDeclarant() {
        assertThat(EligibilityOutcome.values()).extracting(Enum::name).containsExactlyInAnyOrder(
                "REQUIRED", "NOT_REQUIRED_EU_DESTINATION", "OUT_OF_SCOPE_FRENCH_AUTHORISATION",
                "NOT_ADMISSIBLE_RELEASE");
    }
}
