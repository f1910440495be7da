package org.impexflow.travellers;

import java.time.Instant;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

import org.impexflow.casefile.CaseEvent;

/** One dated line of a transport attestation's history (its filing, its decision): a line of {@code case_event}. */
@Entity
@DiscriminatorValue(TransportAttestation.KIND)
public class TransportAttestationEvent extends CaseEvent {

    protected TransportAttestationEvent() {
    }

    /** The attestation's events are its changes of status: the kind is the status it set. */
    TransportAttestationEvent(Long attestationId, TransportAttestation.Status status, Instant occurredAt, String actor,
            String detail) {
        super(attestationId, status, status, occurredAt, actor, detail);
    }

    public TransportAttestation.Status getStatus() {
        return TransportAttestation.Status.valueOf(getStatusCode());
    }
}
