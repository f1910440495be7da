package org.impexflow.travellers;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.impexflow.casefile.CaseNumbering;
import org.impexflow.reference.Countries;
import org.impexflow.reference.Country;
import org.impexflow.reference.Membership;
import org.springframework.stereotype.Service;

/**
 * Answers a traveller's question with the decision {@code traveller-medicines}; whether the other
 * country is in the Schengen area comes from the country reference data, as of the departure date (a
 * membership that begins or ends during the trip does not change the answer: docs/processes/travellers.md).
 */
@Service
public record TravellerRules(DecisionService decisions, Countries countries) {

    public static final String DECISION = "traveller-medicines";

    /** The answer for a trip that starts today (Paris time). */
    public TravellerAnswer answer(TravellerQuestion question) {
        return answer(question, LocalDate.now(CaseNumbering.PARIS));
    }

    /** The answer for a trip that starts on {@code departure}. */
    public TravellerAnswer answer(TravellerQuestion question, LocalDate departure) {
        Country other = countries.find(question.otherCountry()).orElseThrow(() -> new IllegalArgumentException(
                "unknown country " + question.otherCountry()));
        boolean otherInSchengen = countries.isMember(other.getCode(), Membership.SCHENGEN, departure);
        Map<String, Object> result = decisions.evaluateDecisionTableByKey(DECISION, Variables.createVariables()
                .putValue("direction", question.direction().name())
                .putValue("otherCountryInSchengen", otherInSchengen)
                .putValue("classification", question.classification().name())
                .putValue("carriedPersonally", question.carriedPersonally())
                .putValue("prescriptionDays", question.prescriptionDays())
                .putValue("quantityDays", question.quantityDays())
                .putValue("maxPrescriptionDays", question.maxPrescriptionDays())).getFirstResult().getEntryMap();
        return new TravellerAnswer((Boolean) result.get("allowed"), ((Number) result.get("maxDays")).intValue(),
                (String) result.get("prescription"), (Boolean) result.get("originCertificate"),
                (Boolean) result.get("arsAuthorisation"), result.get("arsValidityDays") == null ? null
                        : ((Number) result.get("arsValidityDays")).intValue(),
                (String) result.get("ansmAttestation"), (String) result.get("reason"), (String) result.get("reference"),
                otherInSchengen);
    }
}
