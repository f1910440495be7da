package org.impexflow.establishment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EstablishmentRepository extends JpaRepository<Establishment, Long> {

    Optional<Establishment> findBySiret(String siret);

    Optional<Establishment> findFirstBySiretIsNullAndNameIgnoreCaseAndCountryCode(String name, String countryCode);

    List<Establishment> findTop50BySearchNameContainingOrSiretContainingOrderByNameAsc(String searchName, String siret);
}
