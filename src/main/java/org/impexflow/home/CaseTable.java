package org.impexflow.home;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.impexflow.exportdeclaration.DeclarationRegister;
import org.impexflow.exportdeclaration.DeclarationSearch;
import org.impexflow.exportdeclaration.DeclarationStatus;
import org.impexflow.exportdeclaration.DeclarationType;
import org.impexflow.exportdeclaration.ExportDeclaration;
import org.impexflow.importauthorisation.AuthorisationRegister;
import org.impexflow.importauthorisation.AuthorisationStatus;
import org.impexflow.importauthorisation.ImportAuthorisation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The establishment's cases of both kinds in one table: export declarations and import authorisations,
 * filtered, sorted and paged together. When only one kind can match, its register answers alone; when
 * both can, page {@code p} is cut from the merge of the first {@code (p + 1) × size} cases of each,
 * so that every case appears on exactly one page.
 */
@Component
class CaseTable {

    /** The type filter's value for import authorisations, beside DEI and DEC. */
    static final String IMPORT_TYPE = "AI";

    /** The sortable columns: parameter → property (the same name in both registers), and the row's value. */
    static final Map<String, String> SORTS = Map.of("type", "type", "numero", "number", "depot", "filedAt",
            "statut", "status", "medicament", "medicineName", "dosage", "strength", "forme", "pharmaceuticalForm",
            "decision", "decidedAt");
    private static final Map<String, Function<CaseRow, Comparable<?>>> KEYS = Map.of("type", CaseRow::type,
            "numero", CaseRow::number, "depot", CaseRow::filedAt, "statut", CaseRow::status,
            "medicament", CaseRow::medicineName, "dosage", CaseRow::strength, "forme", CaseRow::pharmaceuticalForm,
            "decision", CaseRow::decidedAt);

    private final DeclarationRegister declarations;
    private final AuthorisationRegister authorisations;

    CaseTable(DeclarationRegister declarations, AuthorisationRegister authorisations) {
        this.declarations = declarations;
        this.authorisations = authorisations;
    }

    /** The filters and order of the table, as the page's parameters give them (unknown values: no filter). */
    record Query(Long establishmentId, String status, String type, String text, String sort, boolean ascending,
            int page, int size) {
    }

    /** A page of the table, the counters, and whether the total is a lower bound. */
    record Result(Page<CaseRow> rows, boolean totalCapped, long filed, long decided, long importFiled,
            long importDecided) {
    }

    Result find(Query q, Locale language) {
        DeclarationStatus exportStatus = parse(DeclarationStatus.class, q.status());
        AuthorisationStatus importStatus = parse(AuthorisationStatus.class, q.status());
        boolean statusFiltered = q.status() != null && !q.status().isBlank() && (exportStatus != null || importStatus != null);
        DeclarationType exportType = parse(DeclarationType.class, q.type());
        boolean importsOnly = IMPORT_TYPE.equals(q.type());
        boolean exportsWanted = !importsOnly && (!statusFiltered || exportStatus != null);
        boolean importsWanted = exportType == null && (!statusFiltered || importStatus != null);

        Map<AuthorisationStatus, Long> importCounts = authorisations.countByStatus(q.establishmentId());
        long importFiled = importCounts.values().stream().mapToLong(Long::longValue).sum();
        long importDecided = importCounts.entrySet().stream().filter(e -> e.getKey().isDecided())
                .mapToLong(Map.Entry::getValue).sum();
        Sort.Direction direction = q.ascending() ? Sort.Direction.ASC : Sort.Direction.DESC;
        String property = SORTS.getOrDefault(q.sort(), "filedAt");
        int offset = q.page() * q.size();

        Page<ImportAuthorisation> imports = importsWanted && importFiled > 0
                ? authorisations.search(q.establishmentId(), importStatus, q.text(), PageRequest.of(0, offset + q.size(),
                        Sort.by(direction, "type".equals(property) ? "number" : property).and(Sort.by(direction, "id"))))
                : Page.empty();
        boolean merged = exportsWanted && imports.getTotalElements() > 0;
        DeclarationSearch.Result exports = exportsWanted ? declarations.search(
                new DeclarationSearch(q.establishmentId(), exportStatus, exportType, q.text()),
                merged ? PageRequest.of(0, offset + q.size(), order(direction, property))
                        : PageRequest.of(q.page(), q.size(), order(direction, property)))
                // the counters only
                : new DeclarationSearch.Result(Page.empty(), declarations.countByStatus(q.establishmentId()), false);
        PageRequest asked = PageRequest.of(q.page(), q.size());
        Page<CaseRow> rows;
        if (!exportsWanted) {
            List<CaseRow> page = imports.getContent().stream().skip(offset).map(a -> row(a, language)).toList();
            rows = new PageImpl<>(page, asked, imports.getTotalElements());
        } else if (!merged) {
            rows = exports.rows().map(d -> row(d, language));
        } else {
            List<CaseRow> all = merge(exports.rows().getContent().stream().map(d -> row(d, language)).toList(),
                    imports.getContent().stream().map(a -> row(a, language)).toList(), comparator(q.sort(), q.ascending()));
            rows = new PageImpl<>(all.stream().skip(offset).limit(q.size()).toList(), asked,
                    exports.rows().getTotalElements() + imports.getTotalElements());
        }
        return new Result(rows, exports.totalCapped(), exports.filed(), exports.decided(), importFiled, importDecided);
    }

    /** The statuses one can filter by: the export declarations', then those only import authorisations have. */
    static List<String[]> statuses(Locale language) {
        List<String[]> all = new ArrayList<>();
        Arrays.stream(DeclarationStatus.values()).filter(s -> s != DeclarationStatus.DRAFT)
                .forEach(s -> all.add(new String[] {s.name(), s.label(language)}));
        Arrays.stream(AuthorisationStatus.values()).filter(s -> parse(DeclarationStatus.class, s.name()) == null)
                .forEach(s -> all.add(new String[] {s.name(), s.label(language)}));
        return all;
    }

    /**
     * The two lists, each in its database's order, as one: the lesser of the two heads first. The first
     * {@code n} rows of the merge only depend on the first {@code n} of each list, whatever the
     * comparator thinks of the rows further down, so consecutive pages neither repeat nor skip a case.
     */
    static List<CaseRow> merge(List<CaseRow> first, List<CaseRow> second, Comparator<CaseRow> order) {
        List<CaseRow> merged = new ArrayList<>(first.size() + second.size());
        int i = 0;
        int j = 0;
        while (i < first.size() || j < second.size()) {
            if (j == second.size() || (i < first.size() && order.compare(first.get(i), second.get(j)) <= 0)) {
                merged.add(first.get(i++));
            } else {
                merged.add(second.get(j++));
            }
        }
        return merged;
    }

    private static Sort order(Sort.Direction direction, String property) {
        return Sort.by(direction, property).and(Sort.by(direction, "id"));
    }

    /**
     * The order of the merge: the column asked for, then the number (each register's rows already come
     * in its database's order).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<CaseRow> comparator(String sort, boolean ascending) {
        Function<CaseRow, Comparable<?>> key = KEYS.getOrDefault(sort, CaseRow::filedAt);
        Comparator<CaseRow> order = Comparator.comparing(row -> (Comparable) key.apply(row),
                Comparator.nullsFirst(Comparator.naturalOrder()));
        order = order.thenComparing(CaseRow::number);
        return ascending ? order : order.reversed();
    }

    private static CaseRow row(ExportDeclaration d, Locale language) {
        return new CaseRow(d.getType().name(), d.getNumber(), d.getFiledAt(), d.getStatus().name(),
                d.getStatus().label(language), d.getMedicineName(), d.getStrength(), d.getPharmaceuticalForm(),
                d.getDecidedAt(), "/mes-declarations/" + d.getNumber());
    }

    private static CaseRow row(ImportAuthorisation a, Locale language) {
        return new CaseRow(IMPORT_TYPE, a.getNumber(), a.getFiledAt(), a.getStatus().name(),
                a.getStatus().label(language), a.getMedicineName(), a.getStrength(), a.getPharmaceuticalForm(),
                a.getDecidedAt(), "/mes-declarations/autorisations-importation/" + a.getNumber());
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
