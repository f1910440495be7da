package org.impexflow.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the country reference data: codes, names, and their memberships (EU, Schengen, French overseas
 * department) as periods, read at the date that matters to a decision.
 */
@Service
@Transactional(readOnly = true)
public class Countries {

    private final CountryRepository repository;
    private final CountryMembershipRepository memberships;

    Countries(CountryRepository repository, CountryMembershipRepository memberships) {
        this.repository = repository;
        this.memberships = memberships;
    }

    /**
     * Whether a country (ISO code, whatever its case) belongs to a membership on a day; false for an unknown
     * or blank code.
     */
    public boolean isMember(String code, Membership kind, LocalDate day) {
        return membership(code, kind, day).isPresent();
    }

    /** The codes of the countries that belong to a membership on a day. */
    public Set<String> members(Membership kind, LocalDate day) {
        return memberships.findByKind(kind).stream().filter(period -> period.covers(day))
                .map(CountryMembership::getCountryCode).collect(Collectors.toSet());
    }

    /** The period by which a country belongs to a membership on a day, with its source; empty when none. */
    public Optional<CountryMembership> membership(String code, Membership kind, LocalDate day) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return memberships.findByCountryCodeAndKind(code.trim().toUpperCase(Locale.ROOT), kind).stream()
                .filter(period -> period.covers(day)).findFirst();
    }

    /** The country of an ISO 3166-1 alpha-2 code, whatever its case; empty when unknown or blank. */
    /**
     * Locks the country's row until the caller's transaction ends, so that two changes of its memberships
     * follow one another: the second sees the first (two overlapping periods added at the same instant).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void lockForChange(String code) {
        repository.lockByCode(code);
    }

    public Optional<Country> find(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return repository.findById(code.trim().toUpperCase(Locale.ROOT));
    }

    /** Every country, in the French order of their names. */
    public List<Country> all() {
        return all(Locale.FRENCH);
    }

    /** Every country, in the order of their names in a language (French or English). */
    public List<Country> all(Locale language) {
        java.util.Comparator<String> order = Languages.order(language);
        return repository.findAll(Sort.by("nameFr")).stream().sorted(java.util.Comparator.comparing(
                (Country c) -> Languages.isEnglish(language) ? c.getNameEn() : c.getNameFr(), order)).toList();
    }

    /** The French name of a code, or the code itself when it is unknown. */
    public String frenchName(String code) {
        return name(code, Locale.FRENCH);
    }

    /** The name of a code in a language (French or English), or the code itself when it is unknown. */
    public String name(String code, Locale language) {
        return find(code).map(c -> Languages.isEnglish(language) ? c.getNameEn() : c.getNameFr()).orElse(code);
    }
}
