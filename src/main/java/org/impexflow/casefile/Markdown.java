package org.impexflow.casefile;

/** The Markdown of the case summaries that Tasklist forms show: user text stays text. */
public final class Markdown {

    private Markdown() {
    }

    /** "- **label :** value" on a line of its own. */
    public static void item(StringBuilder md, String label, String value) {
        md.append("- **").append(label).append(" :** ").append(escape(value)).append('\n');
    }

    /** User text is shown as text, never as Markdown or HTML. */
    public static String escape(String value) {
        return value == null ? "" : value.replaceAll("([\\\\`*_{}\\[\\]<>#|])", "\\\\$1");
    }
}
