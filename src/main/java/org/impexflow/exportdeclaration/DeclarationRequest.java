package org.impexflow.exportdeclaration;

import java.util.List;

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
        boolean containsAnimalOriginSubstances) {
}
