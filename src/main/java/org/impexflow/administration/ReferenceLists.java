package org.impexflow.administration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.impexflow.reference.Languages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes of the reference lists ({@link ReferenceTable}) by ANSM's administrators: a row added,
 * changed or removed from the page, or a CSV file of rows loaded all or nothing. Every row is checked
 * whole before anything is stored; every change goes to the audit log ({@link ReferenceChanges}) with
 * who, when, the row before and after, and the reason, which is required.
 */
@Service
public class ReferenceLists {

    private final List<ReferenceTable> tables;
    private final ReferenceValues values;
    private final ReferenceChanges changes;
    private final Clock clock;

    ReferenceLists(List<ReferenceTable> tables, ReferenceValues values, ReferenceChanges changes, Clock clock) {
        this.tables = List.copyOf(tables);
        this.values = values;
        this.changes = changes;
        this.clock = clock;
    }

    public List<ReferenceTable> tables() {
        return tables;
    }

    public Optional<ReferenceTable> find(String slug) {
        return tables.stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

    /** The rows holding {@code query} in any column (accents and case ignored), every row when it is empty. */
    @Transactional(readOnly = true)
    public List<Map<String, String>> rows(ReferenceTable table, String query) {
        String wanted = Languages.searchable(query == null ? "" : query.strip());
        return table.rows().stream().filter(row -> wanted.isEmpty()
                || row.values().stream().anyMatch(v -> Languages.searchable(v).contains(wanted))).toList();
    }

    /** The stored row of the key given in {@code input}, its fields as texts. */
    @Transactional(readOnly = true)
    public Optional<Map<String, String>> stored(ReferenceTable table, Map<String, String> input) {
        Map<String, String> key = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (ReferenceField f : table.keyFields()) {
            key.put(f.name(), values.check(table.slug(), f, input.get(f.name()), errors, Locale.FRENCH));
        }
        return errors.isEmpty() ? table.stored(key) : Optional.empty();
    }

    /** Adds a row, or changes the row of its key; the refusals by field (empty when stored). */
    @Transactional
    public Map<String, String> save(ReferenceTable table, Map<String, String> input, String reason, String actor,
            Locale language) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Map<String, String>> row = checked(table, input, errors, language);
        checkReason(reason, errors, language);
        if (!errors.isEmpty()) {
            return errors;
        }
        apply(table, row.get(), reason, actor);
        return errors;
    }

    /** Removes the row of the key given in {@code input}; the refusals by field (empty when removed). */
    @Transactional
    public Map<String, String> remove(ReferenceTable table, Map<String, String> input, String reason, String actor,
            Locale language) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> key = new LinkedHashMap<>();
        for (ReferenceField f : table.keyFields()) {
            key.put(f.name(), values.check(table.slug(), f, input.get(f.name()), errors, language));
        }
        Optional<Map<String, String>> stored = errors.isEmpty() ? table.stored(key) : Optional.empty();
        if (errors.isEmpty() && stored.isEmpty()) {
            errors.put("row", Languages.text(language, "refList.error.noSuchRow", table.key(key)));
        }
        stored.flatMap(s -> table.removalRefusal(s, language)).ifPresent(why -> errors.put("row", why));
        checkReason(reason, errors, language);
        if (!errors.isEmpty()) {
            return errors;
        }
        table.delete(stored.get());
        log(table, table.key(stored.get()), table.describe(stored.get()), null, reason, actor);
        return errors;
    }

    /**
     * Applies the rows of a CSV file, ALL or NOTHING: each line adds a row or changes the row of its key;
     * a line identical to the stored row changes nothing. The refused lines (line number, column, why)
     * when the file is refused, else how many rows changed.
     */
    @Transactional
    public ImportResult load(ReferenceTable table, List<ReferenceCsv.Line> lines, String reason, String actor,
            Locale language) {
        List<String> refusals = new ArrayList<>();
        Map<String, String> reasonError = new LinkedHashMap<>();
        checkReason(reason, reasonError, language);
        refusals.addAll(reasonError.values());
        if (lines.isEmpty()) {
            refusals.add(Languages.text(language, "refList.csv.empty"));
        }
        Map<String, Integer> lineOfKey = new LinkedHashMap<>();
        List<Map<String, String>> rows = new ArrayList<>();
        for (ReferenceCsv.Line line : lines) {
            if (line.malformed() != null) {
                refusals.add(Languages.text(language, "refAdmin.csv.lineRefusal", line.number(), line.malformed()));
                continue;
            }
            Map<String, String> errors = new LinkedHashMap<>();
            Optional<Map<String, String>> row = checked(table, line.values(), errors, language);
            errors.forEach((field, message) -> refusals.add(Languages.text(language, "refAdmin.csv.refusal",
                    line.number(), field, message)));
            if (row.isEmpty()) {
                continue;
            }
            String key = table.key(row.get());
            Integer twice = key.isBlank() ? null : lineOfKey.putIfAbsent(key, line.number());
            if (twice != null) {
                refusals.add(Languages.text(language, "refAdmin.csv.refusal", line.number(),
                        table.keyFields().get(0).name(), Languages.text(language, "refList.csv.twice", twice)));
            } else {
                rows.add(row.get());
            }
        }
        if (!refusals.isEmpty()) {
            return new ImportResult(refusals, 0, 0);
        }
        int applied = 0;
        for (Map<String, String> row : rows) {
            if (apply(table, row, reason, actor)) {
                applied++;
            }
        }
        return new ImportResult(List.of(), applied, rows.size() - applied);
    }

    /** The last changes of the list, newest first. */
    @Transactional(readOnly = true)
    public List<ReferenceChange> lastChanges(ReferenceTable table) {
        return changes.findTop30BySubjectOrderByChangedAtDescIdDesc(table.subject());
    }

    /** Stores a checked row, logging the change; false when the stored row was already so. */
    private boolean apply(ReferenceTable table, Map<String, String> row, String reason, String actor) {
        Optional<Map<String, String>> stored = table.stored(row);
        if (stored.isPresent()) {
            if (table.describe(stored.get()).equals(table.describe(row))) {
                return false;
            }
            table.update(row);
            log(table, table.key(row), table.describe(stored.get()), table.describe(row), reason, actor);
        } else {
            Map<String, String> inserted = table.insert(row);
            log(table, table.key(inserted), null, table.describe(inserted), reason, actor);
        }
        return true;
    }

    /** The row's fields each checked, then its own rules; empty with the refusals in {@code errors} otherwise. */
    private Optional<Map<String, String>> checked(ReferenceTable table, Map<String, String> input,
            Map<String, String> errors, Locale language) {
        Map<String, String> row = new LinkedHashMap<>();
        for (ReferenceField f : table.fields()) {
            row.put(f.name(), values.check(table.slug(), f, input.get(f.name()), errors, language));
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        if (table.generatedKey() && !table.key(row).isBlank() && table.stored(row).isEmpty()) {
            ReferenceField id = table.keyFields().get(0);
            errors.put(id.name(), Languages.text(language, "refList.error.noSuchRow", table.key(row)));
            return Optional.empty();
        }
        table.checkRules(row, errors, language);
        return errors.isEmpty() ? Optional.of(row) : Optional.empty();
    }

    static void checkReason(String reason, Map<String, String> errors, Locale language) {
        if (reason == null || reason.isBlank()) {
            errors.put("reason", Languages.text(language, "refAdmin.error.reasonMissing"));
        } else if (reason.strip().length() > MembershipAdministration.MAX_REASON) {
            errors.put("reason", Languages.text(language, "refAdmin.error.tooLong", MembershipAdministration.MAX_REASON));
        }
    }

    private void log(ReferenceTable table, String key, String before, String after, String reason, String actor) {
        changes.save(new ReferenceChange(clock.instant(), actor, table.subject(), key, before, after, reason.strip()));
    }
}
