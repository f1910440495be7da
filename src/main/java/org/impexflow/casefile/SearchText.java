package org.impexflow.casefile;

import org.impexflow.reference.Languages;

/**
 * Text search without regard to accents or case, the same on H2 and PostgreSQL: what is searched is
 * stored {@linkplain #normalise(String) normalised} in a column of its own (the cases'
 * {@code search_text}, the establishments' {@code search_name}), and what was typed is normalised the
 * same way: "artesunate" finds "Artésunate".
 */
public final class SearchText {

    /** The escape character of {@link #containing(String)}'s pattern. */
    public static final char ESCAPE = '\\';

    private SearchText() {
    }

    /** Lower case, without accents (é → e): {@link Languages#searchable(String)}. */
    public static String normalise(String text) {
        return Languages.searchable(text);
    }

    /** A LIKE pattern that finds the text typed anywhere, its wildcards taken literally. */
    public static String containing(String typed) {
        return "%" + normalise(typed.strip()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
