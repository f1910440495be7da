package org.impexflow.exportdeclaration;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import org.impexflow.casefile.CaseChain;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of export declarations: what was filed, its status with the date of each change, the
 * decisions, the chain of amendments and the transmissions. Every change here runs in the engine's
 * transaction of the step that makes it.
 */
@Service
@Transactional
public class DeclarationRegister {

    private final ExportDeclarationRepository declarations;
    private final DeclarationEventRepository events;
    private final AuthorityTransmissionRepository transmissions;
    private final EntityManager entityManager;

    DeclarationRegister(ExportDeclarationRepository declarations, DeclarationEventRepository events,
            AuthorityTransmissionRepository transmissions, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.declarations = declarations;
        this.events = events;
        this.transmissions = transmissions;
    }

    ExportDeclaration register(ExportDeclaration declaration, List<String> amendedNumbers, String actor) {
        for (String number : amendedNumbers) {
            declaration.amend(get(number));
        }
        ExportDeclaration saved = declarations.save(declaration);
        record(saved, DeclarationEventKind.FILED, DeclarationStatus.FILED, actor,
                saved.getType() == DeclarationType.DEC ? "Modifie : " + String.join(", ", amendedNumbers) : null);
        return saved;
    }

    @Transactional(readOnly = true)
    public Optional<ExportDeclaration> byNumber(String number) {
        return declarations.findByNumber(number);
    }

    @Transactional(readOnly = true)
    public List<ExportDeclaration> ofEstablishment(Long establishmentId) {
        return declarations.findByEstablishmentIdOrderByFiledAtDesc(establishmentId);
    }

    /**
     * A page of the cases a search finds, with the establishment's counts by status. The page's sort
     * must name properties of {@link ExportDeclaration}. The total comes from the counts by status when
     * the search filters by status only; otherwise the matches are counted up to
     * {@link DeclarationSearch#COUNT_CAP}, so that a text search over tens of thousands of cases does not
     * read them all twice.
     */
    @Transactional(readOnly = true)
    public DeclarationSearch.Result search(DeclarationSearch search, Pageable page) {
        Map<DeclarationStatus, Long> counts = countByStatus(search.establishmentId());
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        // first the ids of the page, which the indexes of V7/V9 hold in order (H2 picks them only for a query
        // they cover), then those rows. The id is selected as coalesce(id, 0): selecting the bare id, Hibernate
        // writes the "id" of the ORDER BY as a position ("order by …, 1 desc"), and H2 then sorts every case of
        // the establishment instead of reading the index (480 ms instead of 1 ms at 50,000 cases).
        CriteriaQuery<Long> pageIds = cb.createQuery(Long.class);
        Root<ExportDeclaration> root = pageIds.from(ExportDeclaration.class);
        pageIds.select(cb.coalesce(root.<Long>get("id"), 0L)).where(search.specification().toPredicate(root, pageIds, cb))
                .orderBy(QueryUtils.toOrders(search.indexedOrder(page.getSort()), root, cb));
        List<Long> ids = entityManager.createQuery(pageIds).setFirstResult((int) page.getOffset())
                .setMaxResults(page.getPageSize()).getResultList();
        Map<Long, ExportDeclaration> byId = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            declarations.findAllById(ids).forEach(d -> byId.put(d.getId(), d));
        }
        List<ExportDeclaration> rows = ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        long total;
        boolean capped = false;
        if (search.countedByStatus()) {
            total = search.status() != null ? counts.getOrDefault(search.status(), 0L)
                    : DeclarationSearch.Result.filed(counts);
        } else {
            CriteriaQuery<Long> matches = cb.createQuery(Long.class);
            Root<ExportDeclaration> idRoot = matches.from(ExportDeclaration.class);
            matches.select(idRoot.get("id")).where(search.specification().toPredicate(idRoot, matches, cb));
            total = entityManager.createQuery(matches).setMaxResults(DeclarationSearch.COUNT_CAP + 1).getResultList()
                    .size();
            if (total > DeclarationSearch.COUNT_CAP) {
                capped = true;
                // past the cap, the pages go on as long as they are full
                total = Math.max(DeclarationSearch.COUNT_CAP,
                        page.getOffset() + rows.size() + (rows.size() == page.getPageSize() ? 1 : 0));
            }
        }
        return new DeclarationSearch.Result(new PageImpl<>(rows, page, total), counts, capped);
    }

    /** How many of the establishment's declarations are in each status. */
    @Transactional(readOnly = true)
    public Map<DeclarationStatus, Long> countByStatus(Long establishmentId) {
        Map<DeclarationStatus, Long> counts = new java.util.EnumMap<>(DeclarationStatus.class);
        for (Object[] row : declarations.countByStatus(establishmentId)) {
            counts.put(DeclarationStatus.valueOf((String) row[0]), (Long) row[1]);
        }
        return counts;
    }

    @Transactional(readOnly = true)
    public List<DeclarationEvent> history(Long declarationId) {
        return events.findByCaseIdOrderByOccurredAtAscIdAsc(declarationId);
    }

    @Transactional(readOnly = true)
    public List<AuthorityTransmission> transmissions(Long declarationId) {
        return transmissions.findByDeclarationId(declarationId);
    }

    @Transactional(readOnly = true)
    public Optional<ExportDeclaration> find(Long id) {
        return declarations.findById(id);
    }

    ExportDeclaration get(Long id) {
        return declarations.findById(id).orElseThrow(() -> new IllegalStateException("No declaration " + id));
    }

    ExportDeclaration get(String number) {
        return declarations.findByNumber(number)
                .orElseThrow(() -> new IllegalStateException("No declaration " + number));
    }

    void changeStatus(Long id, DeclarationStatus status, DeclarationEventKind why, String actor, String detail) {
        ExportDeclaration declaration = get(id);
        declaration.changeStatus(status);
        record(declaration, why, status, actor, detail);
    }

    void note(Long id, DeclarationEventKind what, String actor, String detail) {
        record(get(id), what, null, actor, detail);
    }

    /** Validation: the declaration is in force, and replaces the ones it amends. */
    ExportDeclaration validate(Long id, String reviewer, String comment) {
        ExportDeclaration declaration = get(id);
        CaseChain.replaceAmended(declaration, ExportDeclarationProcess.Vars.AMENDED_DECLARATION_NUMBERS);
        declaration.decide(DeclarationStatus.VALIDATED, Instant.now(), reviewer, comment);
        record(declaration, DeclarationEventKind.VALIDATED, DeclarationStatus.VALIDATED, reviewer, comment);
        for (ExportDeclaration amended : declaration.getAmends()) {
            record(amended, DeclarationEventKind.SUPERSEDED, null, reviewer,
                    "Version en vigueur : " + declaration.getNumber());
        }
        return declaration;
    }

    ExportDeclaration decide(Long id, DeclarationStatus decision, DeclarationEventKind why, String actor,
            String comment) {
        ExportDeclaration declaration = get(id);
        declaration.decide(decision, Instant.now(), actor, comment);
        record(declaration, why, decision, actor, comment);
        return declaration;
    }

    void recordTransmission(Long id, AuthorityTransmission.Channel channel, String recipientName,
            String recipientEmail, String recordedBy, String note) {
        Instant now = Instant.now();
        transmissions.save(new AuthorityTransmission(id, channel, recipientName, recipientEmail, now, recordedBy,
                note));
        record(get(id), DeclarationEventKind.TRANSMITTED, null, recordedBy,
                recipientName + (recipientEmail == null ? "" : " <" + recipientEmail + ">")
                        + (note == null ? "" : " – " + note));
    }

    /** The e-mail of a transmission prepared by {@link AuthorityReceipts#prepare} left: its date, and the history. */
    void transmissionMailed(Long transmissionId, String note) {
        AuthorityTransmission transmission = transmissions.findById(transmissionId).orElseThrow();
        transmission.mailed(Instant.now(), note);
        record(get(transmission.getDeclarationId()), DeclarationEventKind.TRANSMITTED, null, transmission.getRecordedBy(),
                transmission.getRecipientName() + " <" + transmission.getRecipientEmail() + "> – " + note);
    }

    /** The numbers of the declarations that a DEC amends. */
    @Transactional(readOnly = true)
    public List<String> amendedNumbers(String number) {
        return get(number).getAmends().stream().map(ExportDeclaration::getNumber).sorted().toList();
    }

    /** The number of the DEC that replaced this declaration, if any. */
    @Transactional(readOnly = true)
    public Optional<String> supersededBy(String number) {
        return Optional.ofNullable(get(number).getSupersededBy()).map(ExportDeclaration::getNumber);
    }

    /** The declaration in force at the end of the chain that {@code number} belongs to. */
    @Transactional(readOnly = true)
    public Optional<ExportDeclaration> versionInForce(String number) {
        return declarations.findByNumber(number).flatMap(CaseChain::versionInForce).map(ExportDeclaration.class::cast);
    }

    private void record(ExportDeclaration declaration, DeclarationEventKind kind, DeclarationStatus status,
            String actor, String detail) {
        events.save(new DeclarationEvent(declaration.getId(), kind, status, Instant.now(), actor, detail));
    }
}
