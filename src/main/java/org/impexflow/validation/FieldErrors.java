package org.impexflow.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects the errors of a request, then refuses it all at once. */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    public void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /**
     * A text field: its value without the spaces around it, or null when there is none; refused with
     * {@code missing} when blank and {@code required}, and when longer than {@code max} characters (counted
     * without the spaces around it).
     */
    public String text(String field, Object value, boolean required, int max, String missing) {
        String text = value == null ? "" : value.toString().strip();
        if (text.isEmpty()) {
            if (required) {
                add(field, missing);
            }
            return null;
        }
        if (text.length() > max) {
            add(field, "trop long (" + String.format(Locale.ROOT, "%,d", max).replace(',', ' ')
                    + " caractères au plus)");
        }
        return text;
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> list() {
        return List.copyOf(errors);
    }

    public void throwIfAny(String summary) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(summary, errors);
        }
    }
}
