package org.impexflow.exportdeclaration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * What the declarant's home table asks for: the establishment's cases, optionally of one status, one
 * type, and matching a text (number, medicine, strength, form) – never another establishment's.
 */
public record DeclarationSearch(Long establishmentId, DeclarationStatus status, DeclarationType type, String text) {

    Specification<ExportDeclaration> specification() {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("establishmentId"), establishmentId));
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (type != null) {
                where.add(cb.equal(root.get("type"), type));
            }
            if (text != null && !text.isBlank()) {
                String like = "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("number")), like, '\\'),
                        cb.like(cb.lower(root.get("medicineName")), like, '\\'),
                        cb.like(cb.lower(root.get("strength")), like, '\\'),
                        cb.like(cb.lower(root.get("pharmaceuticalForm")), like, '\\')));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
