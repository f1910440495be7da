package org.impexflow.travellers;

import org.impexflow.casefile.VerificationLines;
import org.impexflow.verification.VerifiableDocument;
import org.springframework.stereotype.Component;

/** Transport attestations on the public verification page: in force until the traveller's return. */
@Component
class TransportAttestationVerification extends VerificationLines<TransportAttestation> {

    TransportAttestationVerification(TransportAttestations attestations) {
        super(TransportAttestation.class, a -> new Lines("Attestation de transport de médicaments stupéfiants",
                "Attestation for carrying narcotic medicines",
                attestations.medicine(a.getMedicineCode()).map(NarcoticMedicine::name).orElse(a.getMedicineCode()),
                VerifiableDocument.DESTINATION, a.getDestinationCountry(), a.getReturnDate()));
    }
}
