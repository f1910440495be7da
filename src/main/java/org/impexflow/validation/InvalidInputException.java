package org.impexflow.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A request refused because of its input, before anything is stored. The message names every field
 * at fault; through the REST API the answer is 400 with the list of fields.
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidInputException(String summary, List<FieldError> errors) {
        super(summary + " " + errors.stream().map(FieldError::toString).collect(Collectors.joining(" ; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    public boolean concerns(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }
}
