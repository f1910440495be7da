package org.impexflow.travellers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rule of processes/traveller-medicines.dmn, and the limits of the seed: exactly three months
 * (90 days), exactly one month (30 days), the ARS authorisation's 30 days.
 */
class TravellerMedicinesDecisionTests {

    private static DmnEngine dmn;
    private static DmnDecision decision;
    private static final Set<String> REASONS = new HashSet<>();

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = Files.newInputStream(Path.of("processes/traveller-medicines.dmn"))) {
            decision = dmn.parseDecision("traveller-medicines", in);
        }
    }

    @ParameterizedTest(name = "{0} {1} {2} carried={3} prescription={4} days={5} -> allowed={6}")
    @CsvSource(nullValues = "-", value = {
            // direction, other in Schengen, classification, carried, prescription days, quantity days,
            // allowed, max days, prescription, origin certificate, ARS, ARS validity, ANSM, words of the reason
            "ENTERING, false, NARCOTIC,     false, 30,  10,  false, 0,   NONE,      false, false, -,  NO, transporte lui-même",
            "ENTERING, true,  NONE,         false, -,   10,  false, 0,   NONE,      false, false, -,  NO, l'envoi de médicaments",
            "ENTERING, false, NARCOTIC,     true,  -,   31,  false, 30,  MANDATORY, false, false, -,  NO, limité à un mois",
            "ENTERING, false, NARCOTIC,     true,  -,   30,  true,  30,  MANDATORY, false, false, -,  NO, l'ordonnance du médecin est obligatoire",
            "ENTERING, false, PSYCHOTROPIC, true,  60,  61,  false, 60,  MANDATORY, false, false, -,  NO, dépasse la durée de traitement",
            "ENTERING, false, PSYCHOTROPIC, true,  60,  60,  true,  60,  MANDATORY, false, false, -,  NO, l'ordonnance du médecin est obligatoire",
            "ENTERING, true,  NARCOTIC,     true,  -,   20,  true,  30,  OPTIONAL,  true,  false, -,  NO, certificat délivré par les autorités",
            "LEAVING,  true,  NARCOTIC,     true,  28,  28,  true,  28,  ORIGINAL,  false, true,  30, NO, valable trente jours",
            "LEAVING,  false, NARCOTIC,     true,  -,   30,  true,  30,  ORIGINAL,  false, false, -,  IF_DESTINATION_REQUIRES, l'ANSM délivre une attestation",
            "LEAVING,  false, PSYCHOTROPIC, true,  -,   15,  true,  30,  ORIGINAL,  false, false, -,  NO, l'original de la prescription médicale",
            "ENTERING, false, NONE,         true,  -,   91,  false, 90,  MANDATORY, false, false, -,  NO, trois mois de traitement ; au-delà",
            "ENTERING, false, NONE,         true,  -,   90,  true,  90,  OPTIONAL,  false, false, -,  NO, Usage personnel",
            "ENTERING, true,  NONE,         true,  120, 121, false, 120, MANDATORY, false, false, -,  NO, dépasse la durée de traitement",
            "ENTERING, true,  NONE,         true,  120, 120, true,  120, MANDATORY, false, false, -,  NO, Plus de trois mois",
            "LEAVING,  false, NONE,         true,  30,  30,  true,  30,  OPTIONAL,  false, false, -,  NO, Usage personnel"})
    void answersWhatTheTravellerMayCarryAndWithWhichPapers(String direction, boolean schengen, String classification,
            boolean carried, Integer prescriptionDays, int quantityDays, boolean allowed, int maxDays,
            String prescription, boolean originCertificate, boolean ars, Integer arsValidity, String ansm,
            String reasonWords) {
        VariableMap in = Variables.createVariables().putValue("direction", direction)
                .putValue("otherCountryInSchengen", schengen).putValue("classification", classification)
                .putValue("carriedPersonally", carried).putValue("prescriptionDays", prescriptionDays)
                .putValue("quantityDays", quantityDays).putValue("maxPrescriptionDays", null);

        DmnDecisionTableResult result = dmn.evaluateDecisionTable(decision, in);

        Map<String, Object> answer = result.getFirstResult().getEntryMap();
        assertThat(answer.get("allowed")).isEqualTo(allowed);
        assertThat(((Number) answer.get("maxDays")).intValue()).isEqualTo(maxDays);
        assertThat(answer.get("prescription")).isEqualTo(prescription);
        assertThat(answer.get("originCertificate")).isEqualTo(originCertificate);
        assertThat(answer.get("arsAuthorisation")).isEqualTo(ars);
        assertThat(answer.get("arsValidityDays") == null ? null : ((Number) answer.get("arsValidityDays")).intValue())
                .isEqualTo(arsValidity);
        assertThat(answer.get("ansmAttestation")).isEqualTo(ansm);
        assertThat((String) answer.get("reason")).contains(reasonWords);
        assertThat((String) answer.get("reference")).isNotBlank();
        REASONS.add((String) answer.get("reason"));
    }

    /**
     * Leaving France for a Schengen state with a narcotic: the ARS authorisation is valid thirty days within
     * the medicine's maximum prescription duration, the shorter of the two; thirty days when the medicine is
     * not named. Only that rule gives a validity.
     */
    @ParameterizedTest(name = "maximum prescription {0} days -> ARS authorisation valid {1} days")
    @CsvSource(nullValues = "-", value = {"-, 30", "7, 7", "14, 14", "28, 28", "29, 29", "30, 30", "31, 30",
            "60, 30", "365, 30"})
    void theArsAuthorisationIsValidThirtyDaysWithinTheMaximumPrescriptionDuration(Integer maxPrescriptionDays,
            int validity) {
        VariableMap in = Variables.createVariables().putValue("direction", "LEAVING")
                .putValue("otherCountryInSchengen", true).putValue("classification", "NARCOTIC")
                .putValue("carriedPersonally", true).putValue("prescriptionDays", 7).putValue("quantityDays", 7)
                .putValue("maxPrescriptionDays", maxPrescriptionDays);

        Map<String, Object> answer = dmn.evaluateDecisionTable(decision, in).getFirstResult().getEntryMap();

        assertThat(answer.get("arsAuthorisation")).isEqualTo(true);
        assertThat(((Number) answer.get("arsValidityDays")).intValue()).isEqualTo(validity);
        in.putValue("otherCountryInSchengen", false);
        assertThat(dmn.evaluateDecisionTable(decision, in).getFirstResult().getEntryMap().get("arsValidityDays"))
                .as("outside Schengen: no ARS authorisation").isNull();
    }

    @AfterAll
    static void everyRuleOfTheTableWasHit() {
        // each rule has a reason of its own: 13 rules, 13 reasons seen
        assertThat(REASONS).hasSize(13);
    }
}
