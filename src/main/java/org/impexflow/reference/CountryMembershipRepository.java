package org.impexflow.reference;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The membership periods; written by the administrators' page only (administration.MembershipAdministration). */
public interface CountryMembershipRepository extends JpaRepository<CountryMembership, CountryMembership.Key> {

    List<CountryMembership> findByKind(Membership kind);

    // JPQL rather than a derived query: Hibernate keeps its translation (a derived query is translated again on
    // every call, measured in docs/benchmarks.md); this one runs on every filing
    @Query("select m from CountryMembership m where m.countryCode = ?1 and m.kind = ?2")
    List<CountryMembership> findByCountryCodeAndKind(String countryCode, Membership kind);
}
