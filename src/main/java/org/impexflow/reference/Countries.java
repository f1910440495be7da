package org.impexflow.reference;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the country reference data (codes, names, EU and Schengen membership). */
@Service
@Transactional(readOnly = true)
public class Countries {

    private final CountryRepository repository;

    Countries(CountryRepository repository) {
        this.repository = repository;
    }

    /** The country of an ISO 3166-1 alpha-2 code, whatever its case; empty when unknown or blank. */
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
