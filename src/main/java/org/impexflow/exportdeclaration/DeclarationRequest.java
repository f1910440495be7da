package org.impexflow.exportdeclaration;

import java.time.LocalDate;
import java.util.List;

import org.impexflow.casefile.CheckedFiling;

/** A filing, once its variables are read and checked. */
record DeclarationRequest(
        DeclarationType type,
        List<String> amendedNumbers,
        String establishmentSiret,
        String declarantEmail,
        String medicineName,
        String activeSubstances,
        String strength,
        String pharmaceuticalForm,
        String presentation,
        String routeOfAdministration,
        String therapeuticIndications,
        boolean hasFrenchMarketingAuthorisation,
        String releaseCountry,
        String destinationCountry,
        String importerName,
        String importerAddress,
        NoMarketingAuthorisationReason noMarketingAuthorisationReason,
        String noMarketingAuthorisationDetails,
        boolean containsAnimalOriginSubstances,
        FirstExport firstExport,
        Manufacture manufacture) implements CheckedFiling.Request {

    /** The planned date of the first export; the explanation given when it was already past at filing, else null. */
    record FirstExport(LocalDate date, String lateExplanation) {

        boolean past() {
            return lateExplanation != null;
        }
    }

    /**
     * Manufacture under EU GMP: the manufacturer, the batch release site (its country is the release country)
     * and the EudraGMDP reference of the GMP certificate (null when the certificate is attached instead).
     */
    record Manufacture(String manufacturerName, String manufacturerAddress, String manufacturerCountry,
            String releaseSiteName, String releaseSiteAddress, String gmpReference) {
    }
}
