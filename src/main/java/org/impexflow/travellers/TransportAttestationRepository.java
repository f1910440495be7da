package org.impexflow.travellers;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TransportAttestationRepository extends JpaRepository<TransportAttestation, Long> {

    Optional<TransportAttestation> findByNumber(String number);
}
