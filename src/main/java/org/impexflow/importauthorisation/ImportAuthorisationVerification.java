package org.impexflow.importauthorisation;

import java.util.Locale;

import org.impexflow.casefile.VerificationLines;
import org.impexflow.reference.Languages;
import org.impexflow.verification.VerifiableDocument;
import org.springframework.stereotype.Component;

/**
 * What the public verification page shows of an import authorisation: the register says whether it is in
 * force, used up or expired; the authorisation adds its country of provenance and its last day of validity.
 */
@Component
class ImportAuthorisationVerification extends VerificationLines<ImportAuthorisation> {

    ImportAuthorisationVerification() {
        super(ImportAuthorisation.class, a -> new Lines(Languages.text(Locale.FRENCH, "ai.type"),
                Languages.text(Locale.ENGLISH, "ai.type"), a.getMedicineName(),
                VerifiableDocument.PROVENANCE, a.getProvenanceCountry(), a.getValidUntil()));
    }
}
