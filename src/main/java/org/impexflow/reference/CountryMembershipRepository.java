package org.impexflow.reference;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CountryMembershipRepository extends JpaRepository<CountryMembership, CountryMembership.Key> {

    List<CountryMembership> findByKind(Membership kind);

    List<CountryMembership> findByCountryCodeAndKind(String countryCode, Membership kind);
}
