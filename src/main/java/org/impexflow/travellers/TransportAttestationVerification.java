package org.impexflow.travellers;

import java.time.LocalDate;
import java.util.Optional;

import org.impexflow.casefile.CaseNumbering;
import org.impexflow.reference.Countries;
import org.impexflow.verification.VerifiableDocument;
import org.impexflow.verification.VerifiableDocument.State;
import org.impexflow.verification.VerificationSubject;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Transport attestations on the public verification page: in force until the traveller's return. */
@Component
class TransportAttestationVerification implements VerificationSubject {

    static final String SUBJECT = "TRANSPORT_ATTESTATION";

    private final TransportAttestations attestations;
    private final Countries countries;

    TransportAttestationVerification(TransportAttestations attestations, Countries countries) {
        this.attestations = attestations;
        this.countries = countries;
    }

    @Override
    public String subjectType() {
        return SUBJECT;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<VerifiableDocument> describe(long subjectId) {
        return attestations.find(subjectId).map(a -> new VerifiableDocument(
                "Attestation de transport de médicaments stupéfiants", a.getNumber(),
                attestations.medicine(a.getMedicineCode()).map(NarcoticMedicine::name).orElse(a.getMedicineCode()),
                VerifiableDocument.DESTINATION, countries.frenchName(a.getDestinationCountry()),
                a.getDecidedAt() == null ? null : a.getDecidedAt().atZone(CaseNumbering.PARIS).toLocalDate(),
                a.getReturnDate(), state(a), null));
    }

    private static State state(TransportAttestation a) {
        if (a.getStatus() != TransportAttestation.Status.ISSUED) {
            return State.NOT_IN_FORCE;
        }
        return a.getReturnDate().isBefore(LocalDate.now(CaseNumbering.PARIS)) ? State.EXPIRED : State.IN_FORCE;
    }
}
