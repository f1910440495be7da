package org.impexflow.authority;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory of importing countries' health authorities (kept as data). */
@Service
@Transactional
public class AuthorityDirectory {

    private final ImportingAuthorityRepository repository;

    AuthorityDirectory(ImportingAuthorityRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public Optional<ImportingAuthority> forCountry(String countryCode) {
        return repository.findById(countryCode);
    }

    @Transactional(readOnly = true)
    public List<ImportingAuthority> all() {
        return repository.findAll();
    }

    public ImportingAuthority save(ImportingAuthority authority) {
        return repository.save(authority);
    }
}
