package org.impexflow.travellers;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TransportAttestationRepository extends JpaRepository<TransportAttestation, Long> {

    Optional<TransportAttestation> findByNumber(String number);

    /** The request filed from a page of the form, by the page's token. */
    java.util.List<TransportAttestation> findBySubmissionToken(String token);
}
