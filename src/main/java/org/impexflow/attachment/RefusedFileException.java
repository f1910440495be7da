package org.impexflow.attachment;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * A file that a person uploads and that is not stored: empty, too large, or of a type that its field does
 * not take (by its content, {@link FileTypes}). The code lets a page say it in the person's language; the
 * message says it in French and names the field and the file; {@link #detail(MessageSource, Locale)} says why
 * in the page's language.
 */
public class RefusedFileException extends IllegalArgumentException {

    /** Why a file is refused. */
    public enum Reason { EMPTY, TOO_LARGE, TYPE_REFUSED, QUOTA_EXCEEDED }

    private final Reason reason;
    private final String field;
    private final String detail;
    private final String key;
    private final Object[] arguments;

    /**
     * The message is "« field » : detail"; {@code key} (under {@code fileRefused.} in messages_en.properties) and
     * its arguments say the detail in English ({@link #detail(MessageSource, Locale)}).
     */
    RefusedFileException(Reason reason, String field, String detail, String key, Object... arguments) {
        super("« " + field + " » : " + detail);
        this.reason = reason;
        this.field = field;
        this.detail = detail;
        this.key = key;
        this.arguments = arguments.clone();
    }

    public Reason reason() {
        return reason;
    }

    /** How the page or form names the field the file was given for. */
    public String field() {
        return field;
    }

    /** Why, without the field: for a list of errors that names the field itself. */
    public String detail() {
        return detail;
    }

    /** Why, in the language of the page: French as {@link #detail()}, else the English text of its key. */
    public String detail(MessageSource messages, Locale locale) {
        if (locale == null || Locale.FRENCH.getLanguage().equals(locale.getLanguage())) {
            return detail;
        }
        String text = messages.getMessage("fileRefused." + key, arguments, null, locale);
        return text == null ? detail : text;
    }
}
