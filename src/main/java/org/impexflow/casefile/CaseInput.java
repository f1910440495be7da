package org.impexflow.casefile;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.impexflow.validation.FieldErrors;

/**
 * Reads the variables of a filing as text, booleans and enums, noting in {@link FieldErrors} what is
 * missing, too long or malformed, under the variable's name.
 */
public record CaseInput(VariableScope variables, FieldErrors errors, Map<String, Integer> maxLengths) {

    /** A number as French writes it, its digits grouped by spaces ("50 000"): the digits alone. */
    public static String ungrouped(String number) {
        return number.strip().replaceAll("[ \u202f\u00a0]", "");
    }

    public String text(String field, boolean required) {
        if (variables.getVariableTyped(field) instanceof FileValue) {
            errors.add(field, "un texte est attendu, pas un fichier");
            return null;
        }
        Object value = variables.getVariable(field);
        if (value != null && !(value instanceof String)) {
            // a number, a date or a boolean was kept as its Java text (« Fri Jan 01 00:00:00 UTC 2027 »)
            errors.add(field, "un texte est attendu (type String), pas " + (value instanceof Date ? "une date"
                    : value instanceof Number ? "un nombre" : value instanceof Boolean ? "un booléen"
                            : "une valeur de type " + value.getClass().getSimpleName()));
            return null;
        }
        return errors.text(field, value, required,
                maxLengths.getOrDefault(field, Integer.MAX_VALUE), "obligatoire");
    }

    /**
     * A day: a Date (the API's type Date, read in Paris time), or text as a date field sends it (2027-01-15) or
     * as French writes it (15/01/2027).
     */
    public LocalDate date(String field, boolean required) {
        if (variables.getVariable(field) instanceof Date date) {
            return LocalDate.ofInstant(date.toInstant(), CaseNumbering.PARIS);
        }
        String text = text(field, required);
        if (text == null) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, FRENCH_DAY) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(field, "date invalide : « " + text + " » (attendu : AAAA-MM-JJ, par ex. 2027-01-15)");
            return null;
        }
    }

    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    public Boolean bool(String field) {
        Object value = variables.getVariable(field);
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
            return Boolean.valueOf(s);
        }
        errors.add(field, value == null ? "obligatoire (oui ou non)" : "oui ou non attendu (true/false) : " + value);
        return null;
    }

    public <E extends Enum<E>> E enumValue(String field, Class<E> type, boolean required) {
        String text = text(field, required);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(field, "valeur inconnue « " + text + " » (valeurs admises : "
                    + Arrays.toString(type.getEnumConstants()) + ")");
            return null;
        }
    }
}
