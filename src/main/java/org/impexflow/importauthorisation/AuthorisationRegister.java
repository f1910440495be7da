package org.impexflow.importauthorisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
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

    /** The establishment's latest requests, newest first. */
    @Transactional(readOnly = true)
    public List<ImportAuthorisation> newestOf(Long establishmentId, int count) {
        return authorisations.newestOf(establishmentId, PageRequest.of(0, count));
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
        events.save(new AuthorisationEvent().of(authorisation.getId(), kind, status, Instant.now(), actor, detail));
    }
}
