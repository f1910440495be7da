package org.impexflow.importauthorisation;

import java.util.Locale;
import java.util.Optional;

import org.impexflow.casefile.CaseNumbering;
import org.impexflow.reference.Countries;
import org.impexflow.reference.Languages;
import org.impexflow.verification.VerifiableDocument;
import org.impexflow.verification.VerifiableDocument.State;
import org.impexflow.verification.VerificationSubject;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Granted import authorisations on the public verification page: in force, used up or expired. */
@Component
class ImportAuthorisationVerification implements VerificationSubject {

    static final String SUBJECT = "IMPORT_AUTHORISATION";

    private final AuthorisationRegister register;
    private final Countries countries;

    ImportAuthorisationVerification(AuthorisationRegister register, Countries countries) {
        this.register = register;
        this.countries = countries;
    }

    @Override
    public String subjectType() {
        return SUBJECT;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<VerifiableDocument> describe(long subjectId) {
        return register.find(subjectId).map(a -> new VerifiableDocument(Languages.text(Locale.FRENCH, "ai.type"),
                a.getNumber(), a.getMedicineName(), VerifiableDocument.PROVENANCE,
                countries.frenchName(a.getProvenanceCountry()),
                a.getDecidedAt() == null ? null : a.getDecidedAt().atZone(CaseNumbering.PARIS).toLocalDate(),
                a.getValidUntil(), state(a), null));
    }

    private static State state(ImportAuthorisation a) {
        return switch (a.getStatus()) {
            case GRANTED -> State.IN_FORCE;
            case USED_UP -> State.USED_UP;
            case EXPIRED -> State.EXPIRED;
            default -> State.NOT_IN_FORCE;
        };
    }
}
