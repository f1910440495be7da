package org.impexflow.attachment;

/**
 * A file that a person uploads and that is not stored: empty, too large, or of a type that a case does
 * not take. The code lets a page say it in the person's language; the message says it in French.
 */
public class RefusedFileException extends IllegalArgumentException {

    /** Why a file is refused. */
    public enum Reason { EMPTY, TOO_LARGE, TYPE_REFUSED }

    private final Reason reason;

    RefusedFileException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
