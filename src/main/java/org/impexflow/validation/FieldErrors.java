package org.impexflow.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects the errors of a request, then refuses it all at once. */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    public void add(String field, String message) {
        errors.add(new FieldError(field, message));
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
