package org.impexflow.travellers;

import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.impexflow.reference.Countries;
import org.impexflow.reference.Country;
import org.springframework.stereotype.Service;

/**
 * Answers a traveller's question with the decision {@code traveller-medicines}; whether the other
 * country is in the Schengen area comes from the country reference data.
 */
@Service
public record TravellerRules(DecisionService decisions, Countries countries) {

    public static final String DECISION = "traveller-medicines";

    public TravellerAnswer answer(TravellerQuestion question) {
        Country other = countries.find(question.otherCountry()).orElseThrow(() -> new IllegalArgumentException(
                "unknown country " + question.otherCountry()));
        Map<String, Object> result = decisions.evaluateDecisionTableByKey(DECISION, Variables.createVariables()
                .putValue("direction", question.direction().name())
                .putValue("otherCountryInSchengen", other.isSchengenMember())
                .putValue("classification", question.classification().name())
                .putValue("carriedPersonally", question.carriedPersonally())
                .putValue("prescriptionDays", question.prescriptionDays())
                .putValue("quantityDays", question.quantityDays())).getFirstResult().getEntryMap();
        return new TravellerAnswer((Boolean) result.get("allowed"), ((Number) result.get("maxDays")).intValue(),
                (String) result.get("prescription"), (Boolean) result.get("originCertificate"),
                (Boolean) result.get("arsAuthorisation"), result.get("arsValidityDays") == null ? null
                        : ((Number) result.get("arsValidityDays")).intValue(),
                (String) result.get("ansmAttestation"), (String) result.get("reason"), (String) result.get("reference"),
                other.isSchengenMember());
    }
}
