package org.impexflow.reference;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The membership periods; written by the administrators' page only (administration.MembershipAdministration). */
public interface CountryMembershipRepository extends JpaRepository<CountryMembership, CountryMembership.Key> {

    List<CountryMembership> findByKind(Membership kind);

    List<CountryMembership> findByCountryCodeAndKind(String countryCode, Membership kind);
}
