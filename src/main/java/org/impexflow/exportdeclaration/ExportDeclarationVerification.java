package org.impexflow.exportdeclaration;

import java.util.Optional;

import org.impexflow.reference.Countries;
import org.impexflow.verification.VerifiableDocument;
import org.impexflow.verification.VerifiableDocument.State;
import org.impexflow.verification.VerificationSubject;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.impexflow.casefile.CaseNumbering;

/** Validated export declarations on the public verification page. */
@Component
class ExportDeclarationVerification implements VerificationSubject {

    static final String SUBJECT = "EXPORT_DECLARATION";

    private final DeclarationRegister register;
    private final Countries countries;

    ExportDeclarationVerification(DeclarationRegister register, Countries countries) {
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
        return register.find(subjectId).map(d -> new VerifiableDocument(d.getType().label(), d.getNumber(),
                d.getMedicineName(), VerifiableDocument.DESTINATION, countries.frenchName(d.getDestinationCountry()),
                d.getDecidedAt() == null ? null : d.getDecidedAt().atZone(CaseNumbering.PARIS).toLocalDate(), null,
                state(d), d.getSupersededBy() == null ? null : d.getSupersededBy().getNumber()));
    }

    private static State state(ExportDeclaration d) {
        if (d.getStatus() == DeclarationStatus.PROHIBITED) {
            return State.PROHIBITED;
        }
        if (d.getSupersededBy() != null) {
            return State.REPLACED;
        }
        return d.isInForce() ? State.IN_FORCE : State.NOT_IN_FORCE;
    }
}
