package org.impexflow.exportdeclaration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.criteria.Predicate;

import org.impexflow.casefile.SearchText;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * What the declarant's home table asks for: the establishment's cases, optionally of one status, one
 * type, and matching a text (number, medicine, strength, form) – never another establishment's.
 */
public record DeclarationSearch(Long establishmentId, DeclarationStatus status, DeclarationType type, String text) {

    /** Past this many matches a search that the counters cannot answer says "more than" instead of counting on. */
    public static final int COUNT_CAP = 1000;

    /**
     * A page of the search, the establishment's counts by status (for the counters), and whether the
     * page's total is a lower bound ({@link #COUNT_CAP} reached).
     */
    public record Result(Page<ExportDeclaration> rows, Map<DeclarationStatus, Long> countsByStatus,
            boolean totalCapped) {

        /** The establishment's declarations filed with ANSM: all but drafts. */
        public long filed() {
            return filed(countsByStatus);
        }

        /** The establishment's declarations decided by ANSM. */
        public long decided() {
            return countsByStatus.entrySet().stream().filter(e -> e.getKey().isDecided())
                    .mapToLong(Map.Entry::getValue).sum();
        }

        static long filed(Map<DeclarationStatus, Long> countsByStatus) {
            return countsByStatus.entrySet().stream().filter(e -> e.getKey() != DeclarationStatus.DRAFT)
                    .mapToLong(Map.Entry::getValue).sum();
        }
    }

    boolean hasText() {
        return text != null && !text.isBlank();
    }

    /** True when the counts by status give the number of matches, with no count query. */
    boolean countedByStatus() {
        return type == null && !hasText();
    }

    /**
     * The order asked for, led by the columns the search fixes with an equality (the establishment,
     * then the status when filtered): the order is the same, and the database can read it straight from
     * the indexes that start with those columns (V7) instead of sorting every case of the establishment.
     */
    Sort indexedOrder(Sort asked) {
        Sort order = Sort.by("establishmentId");
        if (status != null) {
            order = order.and(Sort.by("status"));
        }
        return order.and(asked);
    }

    Specification<ExportDeclaration> specification() {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("establishmentId"), establishmentId));
            if (status != null) {
                where.add(cb.equal(root.get("status"), status.name()));
            }
            if (type != null) {
                where.add(cb.equal(root.get("type"), type));
            }
            if (hasText()) {
                String like = SearchText.containing(text);
                where.add(cb.like(root.get("searchText"), like, SearchText.ESCAPE));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
