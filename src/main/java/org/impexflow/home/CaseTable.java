package org.impexflow.home;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.impexflow.casefile.CaseKinds;
import org.impexflow.casefile.SearchText;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The establishment's cases of every kind in one table, read from the register alone ({@code case_file}):
 * filtered by status, type and text, sorted by any column, paged, with the counters of each kind. A new
 * procedure's cases appear here as soon as it writes them to the register ({@code docs/architecture.md}).
 */
@Component
class CaseTable {

    /** Past this many matches a search that the counters cannot answer says "more than" instead of counting on. */
    static final int COUNT_CAP = 1000;

    /** The sortable columns: parameter → column of {@code case_file}. */
    static final Map<String, String> SORTS = Map.of("type", "case_type", "numero", "case_number", "depot", "filed_at",
            "statut", "status", "medicament", "subject", "dosage", "subject_strength", "forme", "subject_form",
            "decision", "decided_at");

    private final JdbcTemplate jdbc;
    private final CaseKinds kinds;

    CaseTable(JdbcTemplate jdbc, CaseKinds kinds) {
        this.jdbc = jdbc;
        this.kinds = kinds;
    }

    /** The filters and order of the table, as the page's parameters give them (unknown values: no filter). */
    record Query(Long establishmentId, String status, String type, String text, String sort, boolean ascending,
            int page, int size) {

        boolean hasText() {
            return text != null && !text.isBlank();
        }
    }

    /** The establishment's cases of one kind: filed, and decided by ANSM. */
    record Counter(String kind, long filed, long decided) {
    }

    /** What the establishment's register holds, by kind, type and status: the counters and the filters' values. */
    record Counts(Map<String, Counter> byKind, List<String[]> statuses, List<String> types,
            List<Object[]> groups) {

        /** How many cases match a status and a type (either may be null), without reading them. */
        long matching(String status, String type) {
            return groups.stream().filter(g -> status == null || status.equals(g[2]))
                    .filter(g -> type == null || type.equals(g[1])).mapToLong(g -> (Long) g[3]).sum();
        }
    }

    /** A page of the table, and whether its total is a lower bound. */
    record Result(Page<CaseRow> rows, boolean totalCapped) {
    }

    /** The counts of the establishment's cases by kind, type and status (one read of an index). */
    @Transactional(readOnly = true)
    Counts counts(Long establishmentId, Locale language) {
        List<Object[]> groups = jdbc.query("""
                SELECT kind, case_type, status, COUNT(*), COUNT(decided_at) FROM case_file
                WHERE establishment_id = ? GROUP BY kind, case_type, status""",
                (rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)},
                establishmentId);
        Map<String, Counter> byKind = new LinkedHashMap<>();
        Map<String, String> statuses = new LinkedHashMap<>();
        TreeSet<String> types = new TreeSet<>();
        for (String kind : kinds.kinds()) {
            for (Object[] g : groups) {
                if (!kind.equals(g[0])) {
                    continue;
                }
                Counter c = byKind.getOrDefault(kind, new Counter(kind, 0, 0));
                byKind.put(kind, new Counter(kind, c.filed() + (Long) g[3], c.decided() + (Long) g[4]));
                statuses.putIfAbsent((String) g[2], kinds.statusLabel(kind, (String) g[2], language));
                if (g[1] != null) {
                    types.add((String) g[1]);
                }
            }
        }
        List<String[]> statusList = new ArrayList<>();
        statuses.forEach((code, label) -> statusList.add(new String[] {code, label}));
        statusList.sort((a, b) -> a[1].compareToIgnoreCase(b[1]));
        return new Counts(byKind, statusList, List.copyOf(types), groups);
    }

    /** A page of the establishment's cases; the total comes from the counts unless a text is searched. */
    @Transactional(readOnly = true)
    Result find(Query q, Counts counts, Locale language) {
        StringBuilder where = new StringBuilder(" WHERE establishment_id = ?");
        List<Object> args = new ArrayList<>(List.of(q.establishmentId()));
        // the order leads with the columns the search fixes, so that the database reads the index in order
        StringBuilder order = new StringBuilder(" ORDER BY establishment_id");
        if (q.status() != null) {
            where.append(" AND status = ?");
            args.add(q.status());
            order.append(", status");
        } else if (q.type() != null) {
            order.append(", case_type");
        }
        if (q.type() != null) {
            where.append(" AND case_type = ?");
            args.add(q.type());
        }
        if (q.hasText()) {
            where.append(" AND search_text LIKE ? ESCAPE '\\'");
            args.add(SearchText.containing(q.text()));
        }
        String direction = q.ascending() ? " ASC" : " DESC";
        order.append(", ").append(SORTS.getOrDefault(q.sort(), "filed_at")).append(direction)
                .append(", id").append(direction);
        int offset = q.page() * q.size();
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(q.size());
        pageArgs.add(offset);
        // first the ids of the page, which the indexes hold in order (H2 reads an index in order only for a
        // query it covers; the id is selected as coalesce(id, 0), or H2 writes the ORDER BY's columns as
        // positions and sorts every case of the establishment), then those rows
        List<Long> ids = jdbc.queryForList("SELECT COALESCE(id, 0) FROM case_file" + where + order + " LIMIT ? OFFSET ?",
                Long.class, pageArgs.toArray());
        Map<Long, CaseRow> byId = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            String in = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
            jdbc.query("""
                    SELECT id, kind, case_type, case_number, filed_at, status, subject, subject_strength, subject_form,
                        decided_at FROM case_file WHERE id IN (""" + in + ")",
                    (java.sql.ResultSet rs) -> {
                        byId.put(rs.getLong("id"), row(rs, language));
                    }, ids.toArray());
        }
        List<CaseRow> rows = ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        long total;
        boolean capped = false;
        if (!q.hasText()) {
            total = counts.matching(q.status(), q.type());
        } else {
            total = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT id FROM case_file" + where + " LIMIT "
                    + (COUNT_CAP + 1) + ") matches", Long.class, args.toArray());
            if (total > COUNT_CAP) {
                capped = true;
                // past the cap, the pages go on as long as they are full
                total = Math.max(COUNT_CAP, offset + rows.size() + (rows.size() == q.size() ? 1 : 0));
            }
        }
        return new Result(new PageImpl<>(rows, PageRequest.of(q.page(), q.size()), total), capped);
    }

    private CaseRow row(ResultSet rs, Locale language) throws SQLException {
        String kind = rs.getString("kind");
        String number = rs.getString("case_number");
        String status = rs.getString("status");
        return new CaseRow(kind, rs.getString("case_type"), number, instant(rs.getTimestamp("filed_at")), status,
                kinds.statusLabel(kind, status, language), rs.getString("subject"), rs.getString("subject_strength"),
                rs.getString("subject_form"), instant(rs.getTimestamp("decided_at")), DeclarantPages.caseHref(kind,
                        number));
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
