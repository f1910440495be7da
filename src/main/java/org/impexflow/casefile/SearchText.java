package org.impexflow.casefile;

import java.util.Locale;

/** The text search of the home table: the cases' lower-case {@code search_text} contains what was typed. */
public final class SearchText {

    /** The escape character of {@link #containing(String)}'s pattern. */
    public static final char ESCAPE = '\\';

    private SearchText() {
    }

    /** A LIKE pattern that finds the text typed anywhere, its wildcards taken literally. */
    public static String containing(String typed) {
        return "%" + typed.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
    }
}
