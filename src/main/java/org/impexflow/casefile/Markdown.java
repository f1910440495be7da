package org.impexflow.casefile;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The Markdown of the case summaries that Tasklist forms show: user text stays text. form-js renders a
 * text view as GitHub-flavoured Markdown and lets the HTML through (links and images included), so every
 * text that a person typed or a file was named goes through {@link #escape} before it reaches a form.
 */
public final class Markdown {

    /** The suffix of the escaped copy of a variable that a form's text view shows ({@link #copyEscaped}). */
    public static final String SUFFIX = "Markdown";

    private Markdown() {
    }

    /** "- **label :** value" on a line of its own. */
    public static void item(StringBuilder md, String label, String value) {
        md.append("- **").append(escape(label)).append(" :** ").append(escape(value)).append('\n');
    }

    /**
     * User text shown as text, never as Markdown or HTML: every ASCII punctuation character is escaped
     * with a backslash (CommonMark allows it for all of them), so that no tag ({@code <a>}, {@code <img>}),
     * entity, link, image, emphasis or heading can start, and neither can an autolink ({@code https\:},
     * {@code www\.}, {@code user\@host}); a backslash-escaped {@code <} renders as {@code &lt;}. The indentation of
     * a line is dropped: four spaces or a tab would make a code block, where the escapes show as typed.
     */
    public static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        boolean lineStart = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r') {
                continue;
            }
            // indentation would start a code block, which shows the escapes as they are: a line starts at its text
            if (lineStart && (c == ' ' || c == '\t')) {
                continue;
            }
            lineStart = c == '\n';
            if (c < 128 && isPunctuation(c)) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /**
     * Sets {@code <name>Markdown} to the escaped value of each variable named, for the text views of the
     * forms that show it (a form's {@code {{medicineName}}} would insert the raw text into its Markdown).
     */
    public static void copyEscaped(VariableScope scope, String... names) {
        for (String name : names) {
            Object value = scope.getVariable(name);
            scope.setVariable(name + SUFFIX, escape(value == null ? null : value.toString()));
        }
    }

    private static boolean isPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }
}
