package org.impexflow.attachment;

/**
 * A file that a person uploads and that is not stored: empty, too large, or of a type that its field does
 * not take (by its content, {@link FileTypes}). The code lets a page say it in the person's language; the
 * message says it in French and names the field and the file.
 */
public class RefusedFileException extends IllegalArgumentException {

    /** Why a file is refused. */
    public enum Reason { EMPTY, TOO_LARGE, TYPE_REFUSED, QUOTA_EXCEEDED }

    private final Reason reason;
    private final String field;
    private final String detail;

    /** The message is "« field » : detail". */
    RefusedFileException(Reason reason, String field, String detail) {
        super("« " + field + " » : " + detail);
        this.reason = reason;
        this.field = field;
        this.detail = detail;
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
}
