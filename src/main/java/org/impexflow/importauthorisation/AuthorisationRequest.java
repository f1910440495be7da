package org.impexflow.importauthorisation;

import org.impexflow.casefile.CheckedFiling;

/** A request for an import authorisation as filed, once checked. */
record AuthorisationRequest(String establishmentSiret, String declarantEmail, String provenanceCountry,
        String originCountry, String medicineName, String activeSubstances, String pharmaceuticalForm,
        String strength, String routeOfAdministration, QuantityMode quantityMode, long quantity, String quantityUnit,
        int plannedOperations, ImportPurpose purpose, String purposeDetails, String manufacturer,
        String releaseSite) implements CheckedFiling.Request {
}
