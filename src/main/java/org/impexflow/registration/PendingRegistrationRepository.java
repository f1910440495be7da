package org.impexflow.registration;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PendingRegistrationRepository extends JpaRepository<PendingRegistration, String> {

    Optional<PendingRegistration> findByEmail(String email);

    Optional<PendingRegistration> findByLinkToken(String linkToken);
}
