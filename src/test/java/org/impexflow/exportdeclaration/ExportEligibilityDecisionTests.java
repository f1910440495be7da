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

/** Every row of processes/export-eligibility.dmn, for every combination of its inputs. */
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

    @ParameterizedTest(name = "EU destination={0}, overseas department={1}, French AMM={2}, released in FR/EU={3} -> {4}")
    @CsvSource({
            "true,  true,  false, true,  NOT_REQUIRED_FRENCH_OVERSEAS_DEPARTMENT",
            "true,  true,  true,  true,  NOT_REQUIRED_FRENCH_OVERSEAS_DEPARTMENT",
            "true,  true,  false, false, NOT_REQUIRED_FRENCH_OVERSEAS_DEPARTMENT",
            "true,  true,  true,  false, NOT_REQUIRED_FRENCH_OVERSEAS_DEPARTMENT",
            "true,  false, false, true,  NOT_REQUIRED_EU_DESTINATION",
            "true,  false, true,  true,  NOT_REQUIRED_EU_DESTINATION",
            "true,  false, false, false, NOT_REQUIRED_EU_DESTINATION",
            "true,  false, true,  false, NOT_REQUIRED_EU_DESTINATION",
            "false, false, true,  true,  OUT_OF_SCOPE_FRENCH_AUTHORISATION",
            "false, false, true,  false, OUT_OF_SCOPE_FRENCH_AUTHORISATION",
            "false, false, false, false, NOT_ADMISSIBLE_RELEASE",
            "false, false, false, true,  REQUIRED"})
    void decidesWhetherADeclarationIsRequired(boolean destinationInEu, boolean overseasDepartment,
            boolean frenchAuthorisation, boolean releasedInFranceOrEu, String expected) {
        String outcome = dmn.evaluateDecisionTable(decision, Variables.createVariables()
                .putValue("destinationInEu", destinationInEu)
                .putValue("destinationOverseasDepartment", overseasDepartment)
                .putValue("hasFrenchMarketingAuthorisation", frenchAuthorisation)
                .putValue("releasedInFranceOrEu", releasedInFranceOrEu))
                .getSingleResult().getSingleEntry();
        assertThat(outcome).isEqualTo(expected);
        assertThat(EligibilityOutcome.valueOf(outcome).explanation()).isNotBlank();
    }

    @Test
    void everyOutcomeOfTheTableHasAnExplanationForTheDeclarant() {
        assertThat(EligibilityOutcome.values()).extracting(Enum::name).containsExactlyInAnyOrder(
                "REQUIRED", "NOT_REQUIRED_FRENCH_OVERSEAS_DEPARTMENT", "NOT_REQUIRED_EU_DESTINATION",
                "OUT_OF_SCOPE_FRENCH_AUTHORISATION",
                "NOT_ADMISSIBLE_RELEASE");
    }
}
