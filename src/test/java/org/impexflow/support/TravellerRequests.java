package org.impexflow.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.impexflow.casefile.CaseNumbering;

/** A traveller's request for a transport attestation, as the public page sends it: morphine for Thailand. */
public final class TravellerRequests {

    private TravellerRequests() {
    }

    /**
     * Alice Martin, residing in France, morphine for 14 days, to Thailand in ten days (not in ANSM's list of
     * destinations: she confirms that it requires the certificate), mails to voyageur@test.example.
     */
    public static Map<String, String> form() {
        return form("Alice", "Martin", "voyageur@test.example");
    }

    public static Map<String, String> form(String firstName, String lastName, String email) {
        LocalDate today = LocalDate.now(CaseNumbering.PARIS);
        Map<String, String> form = new HashMap<>();
        form.put("residesInFrance", "true");
        form.put("destinationRequiresCertificate", "true");
        form.put("lastName", lastName);
        form.put("firstName", firstName);
        form.put("birthDate", "1980-05-17");
        form.put("residenceAddress", "3 rue des Lilas, 69003 Lyon");
        form.put("email", email);
        form.put("destinationCountry", "TH");
        form.put("departureDate", today.plusDays(10).toString());
        form.put("returnDate", today.plusDays(24).toString());
        form.put("medicineCode", "MORPHINE_ORAL");
        form.put("dailyDose", "30 mg matin et soir");
        form.put("quantityDays", "14");
        form.put("prescriber", "Dr Bernard, Lyon");
        return form;
    }
}
