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
import org.impexflow.exportdeclaration.DeclarationStatus;
import org.impexflow.exportdeclaration.ExportDeclaration;
import org.impexflow.reference.Languages;
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

    /**
     * What the establishment's register holds, by kind, type and status: the counters and the filters' values;
     * and its drafts by type ({@code type, count}), listed in the table but counted in no counter.
     */
    record Counts(Map<String, Counter> byKind, List<String[]> statuses, List<String> types,
            List<Object[]> groups, List<Object[]> drafts) {

        /** How many cases and drafts match a status and a type (either may be null), without reading them. */
        long matching(String status, String type) {
            return groups.stream().filter(g -> status == null || status.equals(g[2]))
                    .filter(g -> type == null || type.equals(g[1])).mapToLong(g -> (Long) g[3]).sum()
                    + (status == null || DRAFT.equals(status) ? drafts.stream()
                            .filter(d -> type == null || type.equals(d[0])).mapToLong(d -> (Long) d[1]).sum() : 0);
        }

        boolean hasDrafts() {
            return !drafts.isEmpty();
        }
    }

    /** The status of a draft in the table's filter, "En brouillon": drafts are not cases of the register. */
    static final String DRAFT = DeclarationStatus.DRAFT.name();
    /**
     * An annual narcotics declaration is filed when it is submitted: its case opens with the campaign, and the
     * table showed that opening as its filing date before anything was given ("–" until submitted). It has no
     * number: the year it declares stands for one (the table said "–"), as on its page.
     */
    private static final String CASE_ROWS = """
            SELECT c.id, c.kind, c.case_type,
                CASE WHEN d.id IS NULL THEN c.case_number ELSE CAST(d.declared_year AS VARCHAR(4)) END AS case_number,
                CASE WHEN d.id IS NULL THEN c.filed_at ELSE d.submitted_at END AS filed_at, c.status, c.subject,
                c.subject_strength, c.subject_form, c.decided_at, r.case_number AS replaced_by
            FROM case_file c LEFT JOIN annual_declaration d ON d.id = c.id LEFT JOIN case_file r ON r.id = c.replaced_by_id
            WHERE c.id IN (""";
    /** A draft's column for each sortable column of {@code case_file} (no decision: none). */
    private static final Map<String, String> DRAFT_COLUMNS = Map.of("case_type", "declaration_type", "case_number",
            "draft_number", "filed_at", "updated_at", "status", "'" + DRAFT + "'", "subject", "medicine_name",
            "subject_strength", "strength", "subject_form", "pharmaceutical_form",
            "decided_at", "CAST(NULL AS TIMESTAMP WITH TIME ZONE)");

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
        // the establishment's drafts (export declarations "En brouillon"): in the table, in no counter
        List<Object[]> drafts = jdbc.query("""
                SELECT declaration_type, COUNT(*) FROM declaration_draft WHERE establishment_id = ?
                GROUP BY declaration_type""", (rs, i) -> new Object[] {rs.getString(1), rs.getLong(2)}, establishmentId);
        if (!drafts.isEmpty()) {
            statuses.putIfAbsent(DRAFT, kinds.statusLabel(ExportDeclaration.KIND, DRAFT, language));
            drafts.forEach(d -> types.add((String) d[0]));
        }
        List<String[]> statusList = new ArrayList<>();
        statuses.forEach((code, label) -> statusList.add(new String[] {code, label}));
        statusList.sort((a, b) -> a[1].compareToIgnoreCase(b[1]));
        return new Counts(byKind, statusList, List.copyOf(types), groups, drafts);
    }

    /**
     * A page of the establishment's cases, and of its drafts when it has some and the status filter takes them;
     * the total comes from the counts unless a text is searched.
     */
    @Transactional(readOnly = true)
    Result find(Query q, Counts counts, Locale language) {
        boolean drafts = counts.hasDrafts() && (q.status() == null || DRAFT.equals(q.status()));
        if (drafts) {
            return withDrafts(q, counts, language);
        }
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
        textFilter(q, where, args);
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
        Map<Long, CaseRow> byId = rows(CASE_ROWS, ids, rs -> row(rs, language));
        List<CaseRow> rows = ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        return result(q, counts, rows, "SELECT id FROM case_file" + where, args);
    }

    /**
     * The page with its total: from the counts, or for a text searched, the count of {@code matching} (a query
     * with those arguments) up to the cap; past the cap, the pages go on as long as they are full.
     */
    private Result result(Query q, Counts counts, List<CaseRow> rows, String matching, List<Object> args) {
        long total;
        boolean capped = false;
        if (!q.hasText()) {
            total = counts.matching(q.status(), q.type());
        } else {
            total = jdbc.queryForObject("SELECT COUNT(*) FROM (" + matching + " LIMIT " + (COUNT_CAP + 1)
                    + ") matches", Long.class, args.toArray());
            if (total > COUNT_CAP) {
                capped = true;
                total = Math.max(COUNT_CAP, q.page() * q.size() + rows.size() + (rows.size() == q.size() ? 1 : 0));
            }
        }
        return new Result(new PageImpl<>(rows, PageRequest.of(q.page(), q.size()), total), capped);
    }

    /**
     * A page of cases and drafts together: each side gives, in the asked order, its first rows up to the end of
     * the page (the cases read from the index that holds that order, as above), then the page is cut from both.
     * A draft sorts by the date it was last saved in the filing date's place.
     */
    private Result withDrafts(Query q, Counts counts, Locale language) {
        String direction = q.ascending() ? " ASC" : " DESC";
        String column = SORTS.getOrDefault(q.sort(), "filed_at");
        int offset = q.page() * q.size();
        List<Object> args = new ArrayList<>();
        String union = union(q, column, direction, offset + q.size(), args);
        args.add(q.size());
        args.add(offset);
        List<Object[]> page = jdbc.query("SELECT source, id FROM (" + union + ") page ORDER BY sort_key" + direction
                + ", source" + direction + ", id" + direction + " LIMIT ? OFFSET ?",
                (rs, i) -> new Object[] {rs.getString(1), rs.getLong(2)}, args.toArray());
        Map<Long, CaseRow> caseRows = rows(CASE_ROWS, ids(page, "C"), rs -> row(rs, language));
        String draftLabel = kinds.statusLabel(ExportDeclaration.KIND, DRAFT, language);
        Map<Long, CaseRow> draftRows = rows("""
                SELECT id, declaration_type, draft_number, medicine_name, strength, pharmaceutical_form
                FROM declaration_draft WHERE id IN (""", ids(page, "D"), rs -> new CaseRow(ExportDeclaration.KIND,
                        rs.getString("declaration_type"), rs.getString("draft_number"), null, DRAFT, draftLabel,
                        rs.getString("medicine_name"), rs.getString("strength"), rs.getString("pharmaceutical_form"),
                        null, "/mes-declarations/brouillons/" + rs.getLong("id"), rs.getLong("id")));
        List<CaseRow> rows = page.stream().map(p -> ("C".equals(p[0]) ? caseRows : draftRows).get((Long) p[1]))
                .filter(java.util.Objects::nonNull).toList();
        List<Object> countArgs = new ArrayList<>();
        return result(q, counts, rows, "SELECT source FROM (" + union(q, column, direction, 0, countArgs)
                + ") cases_and_drafts", countArgs);
    }

    /**
     * The establishment's cases (unless the status asked is the drafts') and drafts that match the query, as
     * {@code (source, id, sort_key)}: each side in the asked order and cut at {@code limit} rows (0: all of them,
     * unordered, to count them); the query's arguments go to {@code args}.
     */
    private static String union(Query q, String column, String direction, int limit, List<Object> args) {
        StringBuilder union = new StringBuilder();
        if (!DRAFT.equals(q.status())) {
            union.append("(SELECT 'C' AS source, COALESCE(id, 0) AS id, ").append(column).append(" AS sort_key");
            side(q, union, args, "case_file", "case_type");
            if (limit > 0) {
                union.append(" ORDER BY establishment_id").append(q.type() == null ? "" : ", case_type").append(", ")
                        .append(column).append(direction).append(", id").append(direction).append(" LIMIT ").append(limit);
            }
            union.append(") UNION ALL ");
        }
        String draftColumn = DRAFT_COLUMNS.get(column);
        union.append("(SELECT 'D' AS source, id, ").append(draftColumn).append(" AS sort_key");
        side(q, union, args, "declaration_draft", "declaration_type");
        if (limit > 0) {
            // a column that drafts do not have is a constant for them, by which PostgreSQL does not order
            union.append(" ORDER BY ").append(draftColumn.matches("[a-z_]+") ? draftColumn + direction + ", " : "")
                    .append("id").append(direction).append(" LIMIT ").append(limit);
        }
        return union.append(")").toString();
    }

    /** FROM the table, WHERE the establishment's, of the type asked and with the text searched. */
    private static void side(Query q, StringBuilder sql, List<Object> args, String table, String typeColumn) {
        sql.append(" FROM ").append(table).append(" WHERE establishment_id = ?");
        args.add(q.establishmentId());
        if (q.type() != null) {
            sql.append(" AND ").append(typeColumn).append(" = ?");
            args.add(q.type());
        }
        textFilter(q, sql, args);
    }

    private static void textFilter(Query q, StringBuilder where, List<Object> args) {
        if (q.hasText()) {
            where.append(" AND search_text LIKE ? ESCAPE '\\'");
            args.add(SearchText.containing(q.text()));
        }
    }

    /** Reads one row of the table from the current row of a result. */
    private interface RowReader {
        CaseRow read(ResultSet rs) throws SQLException;
    }

    private static List<Long> ids(List<Object[]> page, String source) {
        return page.stream().filter(p -> source.equals(p[0])).map(p -> (Long) p[1]).toList();
    }

    /** The rows of those ids, by id, read by {@code select} ending with "id IN (". */
    private Map<Long, CaseRow> rows(String select, List<Long> ids,
            RowReader mapper) {
        Map<Long, CaseRow> byId = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            String in = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
            jdbc.query(select + in + ")", (ResultSet rs) -> {
                byId.put(rs.getLong("id"), mapper.read(rs));
            }, ids.toArray());
        }
        return byId;
    }

    private CaseRow row(ResultSet rs, Locale language) throws SQLException {
        String kind = rs.getString("kind");
        String number = rs.getString("case_number");
        String status = rs.getString("status");
        String replacedBy = rs.getString("replaced_by");
        // a version replaced by a later one keeps its status (it was validated), and says it is no longer the one
        String label = kinds.statusLabel(kind, status, language);
        return new CaseRow(kind, rs.getString("case_type"), number, instant(rs.getTimestamp("filed_at")), status,
                replacedBy == null ? label : Languages.text(language, "home.replacedBy", label, replacedBy),
                rs.getString("subject"), rs.getString("subject_strength"),
                rs.getString("subject_form"), instant(rs.getTimestamp("decided_at")), DeclarantPages.caseHref(kind,
                        number), null);
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
