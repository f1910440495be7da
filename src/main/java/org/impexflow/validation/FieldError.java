package org.impexflow.validation;

/** What is wrong with one field of a request, named by its stable variable name. */
public record FieldError(String field, String message) {

    @Override
    public String toString() {
        return field + " : " + message;
    }
}
