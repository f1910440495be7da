package org.impexflow.administration;

import java.util.List;

/**
 * A column of a reference list: its name (the CSV header and the form's field), its database column, what it
 * takes, whether it is part of the row's key, required, its longest text and, for a choice, its values.
 */
public record ReferenceField(String name, String column, Kind kind, boolean key, boolean required, int max,
        List<String> choices) {

    /** What a field takes; its text is checked and converted by {@link ReferenceValues}. */
    public enum Kind {
        /** A text of at most {@code max} characters. */
        TEXT,
        /** A code: upper case, no spaces, at most {@code max} characters. */
        CODE,
        /** An e-mail address. */
        EMAIL,
        /** A day, AAAA-MM-JJ. */
        DATE,
        /** A whole number from 1 to {@code max}. */
        NUMBER,
        /** A quantity: a decimal number, zero or more. */
        QUANTITY,
        /** One of {@code choices}. */
        CHOICE,
        /** A country of the reference list (ISO 3166-1, two letters). */
        COUNTRY,
        /** A SIRET (14 digits, Luhn) or, empty, an establishment abroad. */
        SIRET,
        /** An establishment on record, named by its SIRET; stored as its id. */
        ESTABLISHMENT,
        /** An account on record (its login, an e-mail address). */
        ACCOUNT,
        /** The row's id, given by the database: empty for a new row. */
        ID
    }

    static ReferenceField key(String name, Kind kind, int max) {
        return new ReferenceField(name, name, kind, true, true, max, List.of());
    }

    static ReferenceField required(String name, Kind kind, int max) {
        return new ReferenceField(name, name, kind, false, true, max, List.of());
    }

    static ReferenceField optional(String name, Kind kind, int max) {
        return new ReferenceField(name, name, kind, false, false, max, List.of());
    }

    static ReferenceField choice(String name, boolean key, List<String> choices) {
        return new ReferenceField(name, name, Kind.CHOICE, key, true, 0, choices);
    }

    /** The same field stored in another database column. */
    ReferenceField in(String databaseColumn) {
        return new ReferenceField(name, databaseColumn, kind, key, required, max, choices);
    }
}
