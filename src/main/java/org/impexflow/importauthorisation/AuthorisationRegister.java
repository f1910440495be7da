package org.impexflow.importauthorisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.criteria.Predicate;

import org.impexflow.casefile.SearchText;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of import authorisations: what was asked for, its status with the date of each change,
 * the decision and its validity. Every change runs in the engine's transaction of the step that makes it.
 */
@Service
@Transactional
public class AuthorisationRegister {

    private final ImportAuthorisationRepository authorisations;
    private final AuthorisationEventRepository events;

    AuthorisationRegister(ImportAuthorisationRepository authorisations, AuthorisationEventRepository events) {
        this.authorisations = authorisations;
        this.events = events;
    }

    ImportAuthorisation register(ImportAuthorisation authorisation, String actor) {
        ImportAuthorisation saved = authorisations.save(authorisation);
        record(saved, AuthorisationEventKind.FILED, AuthorisationStatus.FILED, actor, null);
        return saved;
    }

    @Transactional(readOnly = true)
    public Optional<ImportAuthorisation> byNumber(String number) {
        return authorisations.findByNumber(number);
    }

    @Transactional(readOnly = true)
    public Optional<ImportAuthorisation> find(Long id) {
        return authorisations.findById(id);
    }

    /** How many of the establishment's requests are in each status (the home page's counters). */
    @Transactional(readOnly = true)
    public Map<AuthorisationStatus, Long> countByStatus(Long establishmentId) {
        Map<AuthorisationStatus, Long> counts = new EnumMap<>(AuthorisationStatus.class);
        for (Object[] row : authorisations.countByStatus(establishmentId)) {
            counts.put(AuthorisationStatus.valueOf((String) row[0]), (Long) row[1]);
        }
        return counts;
    }

    /** The establishment's latest requests, newest first. */
    @Transactional(readOnly = true)
    public List<ImportAuthorisation> newestOf(Long establishmentId, int count) {
        return authorisations.newestOf(establishmentId, PageRequest.of(0, count));
    }

    /**
     * A page of the establishment's requests, optionally of one status and matching a text (number,
     * medicine, strength, form), in the order asked for.
     */
    @Transactional(readOnly = true)
    public Page<ImportAuthorisation> search(Long establishmentId, AuthorisationStatus status, String text,
            Pageable page) {
        Specification<ImportAuthorisation> where = (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            all.add(cb.equal(root.get("establishmentId"), establishmentId));
            if (status != null) {
                all.add(cb.equal(root.get("status"), status.name()));
            }
            if (text != null && !text.isBlank()) {
                String like = SearchText.containing(text);
                all.add(cb.like(root.get("searchText"), like, SearchText.ESCAPE));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
        return authorisations.findAll(where, page);
    }

    @Transactional(readOnly = true)
    public List<AuthorisationEvent> history(Long authorisationId) {
        return events.findByCaseIdOrderByOccurredAtAscIdAsc(authorisationId);
    }

    ImportAuthorisation get(Long id) {
        return authorisations.findById(id).orElseThrow(() -> new IllegalStateException("No import authorisation " + id));
    }

    void changeStatus(Long id, AuthorisationStatus status, AuthorisationEventKind why, String actor, String detail) {
        ImportAuthorisation authorisation = get(id);
        authorisation.changeStatus(status);
        record(authorisation, why, status, actor, detail);
    }

    void note(Long id, AuthorisationEventKind what, String actor, String detail) {
        record(get(id), what, null, actor, detail);
    }

    ImportAuthorisation decide(Long id, AuthorisationStatus decision, AuthorisationEventKind why, String actor,
            String comment, LocalDate validUntil) {
        ImportAuthorisation authorisation = get(id);
        authorisation.decide(decision, Instant.now(), actor, comment, validUntil);
        record(authorisation, why, decision, actor, comment);
        return authorisation;
    }

    void record(ImportAuthorisation authorisation, AuthorisationEventKind kind, AuthorisationStatus status,
            String actor, String detail) {
        events.save(new AuthorisationEvent(authorisation.getId(), kind, status, Instant.now(), actor, detail));
    }
}
