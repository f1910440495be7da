package org.impexflow.administration;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.impexflow.reference.Languages;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * A list of reference data kept in one table, as ANSM's administrators see, change, export and load it
 * ({@link ReferenceLists}, page {@code /ansm/referentiel/<slug>}): its fields, the rules a row of it
 * follows beyond each field's own, whether a row may be removed and what would forbid it, and the columns
 * shown beside the row that are kept elsewhere (an establishment's accounts).
 */
public final class ReferenceTable {

    /** A rule a checked row must follow beyond each field's own: adds the refusals to {@code errors}. */
    @FunctionalInterface
    public interface RowRule {
        void check(Map<String, String> row, Map<String, String> errors, Locale language);
    }

    /** A query counting the rows elsewhere that use a row (its parameters: the row's key values as stored), and why removal is refused. */
    public record Use(String countSql, String messageKey) {
    }

    /** A column shown beside each row, read by one query of every row's texts: (the row's key, a text), in order. */
    public record Shown(String name, String sql) {
    }

    private final String slug;
    private final String table;
    private final List<ReferenceField> fields;
    private final List<RowRule> rules = new ArrayList<>();
    private final List<Use> uses = new ArrayList<>();
    private final List<Shown> shown = new ArrayList<>();
    private final Map<String, Boolean> stampedColumns = new LinkedHashMap<>();
    private final Map<String, java.util.function.Function<Map<String, String>, Object>> derivedColumns =
            new LinkedHashMap<>();
    private boolean removable;
    private final JdbcTemplate jdbc;
    private final ReferenceValues values;
    private final Clock clock;

    ReferenceTable(String slug, String table, List<ReferenceField> fields, JdbcTemplate jdbc, ReferenceValues values,
            Clock clock) {
        this.slug = slug;
        this.table = table;
        this.fields = List.copyOf(fields);
        this.jdbc = jdbc;
        this.values = values;
        this.clock = clock;
    }

    ReferenceTable rule(RowRule rule) {
        rules.add(rule);
        return this;
    }

    /** Rows may be removed, unless one of {@code uses} counts a row using it. */
    ReferenceTable removable(Use... uses) {
        this.removable = true;
        this.uses.addAll(List.of(uses));
        return this;
    }

    ReferenceTable shown(String name, String sql) {
        shown.add(new Shown(name, sql));
        return this;
    }

    /** A timestamp column set to now when a row is written ({@code onUpdate}: also when it is changed). */
    ReferenceTable stamped(String column, boolean onUpdate) {
        stampedColumns.put(column, onUpdate);
        return this;
    }

    /** A column the list does not show, computed from the row whenever it is written (a search key, say). */
    ReferenceTable derived(String column, java.util.function.Function<Map<String, String>, Object> value) {
        derivedColumns.put(column, value);
        return this;
    }

    public String slug() {
        return slug;
    }

    /** The audit log's subject of the changes: the table's name. */
    public String subject() {
        return table;
    }

    public List<ReferenceField> fields() {
        return fields;
    }

    public List<String> header() {
        return fields.stream().map(ReferenceField::name).toList();
    }

    public List<String> shownColumns() {
        return shown.stream().map(Shown::name).toList();
    }

    public boolean isRemovable() {
        return removable;
    }

    List<ReferenceField> keyFields() {
        return fields.stream().filter(ReferenceField::key).toList();
    }

    /** Whether the row's key is given by the database ({@link ReferenceField.Kind#ID}). */
    boolean generatedKey() {
        return keyFields().stream().anyMatch(f -> f.kind() == ReferenceField.Kind.ID);
    }

    /** The row's key as the audit log keeps it: its key values, in order. */
    String key(Map<String, String> row) {
        return keyFields().stream().map(f -> row.getOrDefault(f.name(), "")).collect(Collectors.joining(" "));
    }

    /** A row as the audit log keeps it: "name=value; …" of every field. */
    String describe(Map<String, String> row) {
        return fields.stream().map(f -> f.name() + "=" + row.getOrDefault(f.name(), ""))
                .collect(Collectors.joining("; "));
    }

    /**
     * Every row, by key, each field as a text, with the shown columns: a few queries whatever the number of
     * rows (the SIRETs of the establishments named and each shown column read once).
     */
    List<Map<String, String>> rows() {
        String order = keyFields().stream().map(ReferenceField::column).collect(Collectors.joining(", "));
        Map<Long, String> sirets = fields.stream().anyMatch(f -> f.kind() == ReferenceField.Kind.ESTABLISHMENT)
                ? jdbc.query("SELECT id, siret FROM establishment", rs -> {
                    Map<Long, String> all = new java.util.HashMap<>();
                    while (rs.next()) {
                        all.put(rs.getLong(1), rs.getString(2) == null ? "" : rs.getString(2));
                    }
                    return all;
                })
                : Map.of();
        Map<String, Map<String, String>> shownByKey = new LinkedHashMap<>();
        for (Shown s : shown) {
            jdbc.query(s.sql(), rs -> {
                shownByKey.computeIfAbsent(s.name(), n -> new LinkedHashMap<>()).merge(rs.getString(1), rs.getString(2),
                        (a, b) -> a + ", " + b);
            });
        }
        return jdbc.query("SELECT " + columns() + " FROM " + table + " ORDER BY " + order, (rs, i) -> {
            Map<String, String> row = new LinkedHashMap<>();
            for (ReferenceField f : fields) {
                Object stored = rs.getObject(f.column());
                row.put(f.name(), f.kind() == ReferenceField.Kind.ESTABLISHMENT && stored != null
                        ? sirets.getOrDefault(((Number) stored).longValue(), "") : values.text(f, stored));
            }
            for (Shown s : shown) {
                row.put(s.name(), shownByKey.getOrDefault(s.name(), Map.of()).getOrDefault(key(row), ""));
            }
            return row;
        });
    }

    /** The stored row of the key of {@code row} (its fields checked), if any. */
    Optional<Map<String, String>> stored(Map<String, String> row) {
        if (keyFields().stream().anyMatch(f -> row.getOrDefault(f.name(), "").isEmpty())) {
            return Optional.empty();
        }
        String where = keyFields().stream().map(f -> f.column() + " = ?").collect(Collectors.joining(" AND "));
        return jdbc.query("SELECT " + columns() + " FROM " + table + " WHERE " + where, (rs, i) -> {
            Map<String, String> stored = new LinkedHashMap<>();
            for (ReferenceField f : fields) {
                stored.put(f.name(), values.text(f, rs.getObject(f.column())));
            }
            return stored;
        }, keyParameters(row)).stream().findFirst();
    }

    /** The row's own rules (the fields each checked before). */
    void checkRules(Map<String, String> row, Map<String, String> errors, Locale language) {
        rules.forEach(rule -> rule.check(row, errors, language));
    }

    /** Why the stored row may not be removed, if anything forbids it. */
    Optional<String> removalRefusal(Map<String, String> row, Locale language) {
        if (!removable) {
            return Optional.of(Languages.text(language, "refList.error.notRemovable"));
        }
        for (Use use : uses) {
            Long count = jdbc.queryForObject(use.countSql(), Long.class, keyParameters(row));
            if (count != null && count > 0) {
                return Optional.of(Languages.text(language, use.messageKey(), count));
            }
        }
        return Optional.empty();
    }

    /** Inserts a checked row; returns it with its generated key, if any. */
    Map<String, String> insert(Map<String, String> row) {
        List<ReferenceField> written = fields.stream().filter(f -> f.kind() != ReferenceField.Kind.ID).toList();
        List<String> columns = new ArrayList<>(written.stream().map(ReferenceField::column).toList());
        List<Object> parameters = new ArrayList<>(written.stream().map(f -> values.stored(f, row.get(f.name()))).toList());
        stampedColumns.keySet().forEach(c -> {
            columns.add(c);
            parameters.add(Timestamp.from(clock.instant()));
        });
        derivedColumns.forEach((column, value) -> {
            columns.add(column);
            parameters.add(value.apply(row));
        });
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        Map<String, String> inserted = new LinkedHashMap<>(row);
        Optional<ReferenceField> id = keyFields().stream().filter(f -> f.kind() == ReferenceField.Kind.ID).findFirst();
        if (id.isEmpty()) {
            jdbc.update(sql, parameters.toArray());
            return inserted;
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql, new String[] {id.get().column()});
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            return statement;
        }, keys);
        inserted.put(id.get().name(), String.valueOf(keys.getKey().longValue()));
        return inserted;
    }

    /** Changes the stored row of the key of a checked row. */
    void update(Map<String, String> row) {
        List<ReferenceField> changed = fields.stream().filter(f -> !f.key()).toList();
        List<String> sets = new ArrayList<>(changed.stream().map(f -> f.column() + " = ?").toList());
        List<Object> parameters = new ArrayList<>(changed.stream().map(f -> values.stored(f, row.get(f.name()))).toList());
        stampedColumns.forEach((column, onUpdate) -> {
            if (onUpdate) {
                sets.add(column + " = ?");
                parameters.add(Timestamp.from(clock.instant()));
            }
        });
        derivedColumns.forEach((column, value) -> {
            sets.add(column + " = ?");
            parameters.add(value.apply(row));
        });
        parameters.addAll(List.of(keyParameters(row)));
        jdbc.update("UPDATE " + table + " SET " + String.join(", ", sets) + " WHERE "
                + keyFields().stream().map(f -> f.column() + " = ?").collect(Collectors.joining(" AND ")),
                parameters.toArray());
    }

    void delete(Map<String, String> row) {
        jdbc.update("DELETE FROM " + table + " WHERE "
                + keyFields().stream().map(f -> f.column() + " = ?").collect(Collectors.joining(" AND ")),
                keyParameters(row));
    }

    private Object[] keyParameters(Map<String, String> row) {
        return keyFields().stream().map(f -> values.stored(f, row.get(f.name()))).toArray();
    }

    private String columns() {
        return fields.stream().map(ReferenceField::column).collect(Collectors.joining(", "));
    }
}
