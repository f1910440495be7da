package org.impexflow.web;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The random token a page of a form carries in its hidden field {@link #FIELD}: what the form files keeps it, so
 * that the same page sent twice (a double click) files once (a traveller's request, an import recorded). A value of
 * another shape is no token.
 */
public final class SubmissionToken {

    /** The form's hidden field. */
    public static final String FIELD = "submission";
    private static final Pattern SHAPE = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private SubmissionToken() {
    }

    /** A new page's token. */
    public static String fresh() {
        return UUID.randomUUID().toString();
    }

    /** The token sent, or null when none was or the value sent is no token. */
    public static String of(String sent) {
        return sent != null && SHAPE.matcher(sent).matches() ? sent : null;
    }
}
