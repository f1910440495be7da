package org.impexflow.administration;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.impexflow.establishment.Siret;
import org.impexflow.reference.Countries;
import org.impexflow.reference.Languages;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The values of the reference lists' fields: each checked from the text typed or read from a CSV line
 * (a refusal naming the field), stored as its database type, and shown again as the same text.
 */
@Component
record ReferenceValues(JdbcTemplate jdbc, Countries countries) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._/-]*");
    private static final int MAX_TEXT = 2000;

    /**
     * The field's value checked and in its usual form (codes upper case, spaces around taken off), or
     * null with a refusal in {@code errors} under the field's name. An empty optional field is "".
     */
    String check(String slug, ReferenceField field, String text, Map<String, String> errors, Locale language) {
        String label = label(slug, field, language);
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            if (field.required() && field.kind() != ReferenceField.Kind.ID) {
                errors.put(field.name(), Languages.text(language, "refList.error.required", label));
                return null;
            }
            return "";
        }
        int max = field.max() > 0 ? field.max() : MAX_TEXT;
        return switch (field.kind()) {
            case TEXT -> value.length() <= max ? value : refuse(errors, field, language, "refList.error.tooLong", label, max);
            case CODE -> {
                String code = value.toUpperCase(Locale.ROOT);
                if (code.length() > max) {
                    yield refuse(errors, field, language, "refList.error.tooLong", label, max);
                }
                yield CODE.matcher(code).matches() ? code : refuse(errors, field, language, "refList.error.code", label);
            }
            case EMAIL -> value.length() <= 255 && EMAIL.matcher(value).matches() ? value.toLowerCase(Locale.ROOT)
                    : refuse(errors, field, language, "refList.error.email", label, value);
            case DATE -> {
                try {
                    yield LocalDate.parse(value).toString();
                } catch (DateTimeParseException e) {
                    yield refuse(errors, field, language, "refList.error.date", label, value);
                }
            }
            case NUMBER, ID -> {
                try {
                    long number = Long.parseLong(value);
                    long highest = field.kind() == ReferenceField.Kind.ID ? Long.MAX_VALUE : max;
                    yield number >= 1 && number <= highest ? Long.toString(number) : refuseNumber(errors, field,
                            language, label, max);
                } catch (NumberFormatException e) {
                    yield refuseNumber(errors, field, language, label, max);
                }
            }
            case QUANTITY -> {
                try {
                    BigDecimal quantity = new BigDecimal(value.replace(',', '.'));
                    yield quantity.signum() >= 0 && quantity.scale() <= 6 && quantity.precision() - quantity.scale() <= 18
                            ? quantity.stripTrailingZeros().toPlainString()
                            : refuse(errors, field, language, "refList.error.quantity", label, value);
                } catch (NumberFormatException e) {
                    yield refuse(errors, field, language, "refList.error.quantity", label, value);
                }
            }
            case CHOICE -> field.choices().stream().filter(c -> c.equalsIgnoreCase(value)).findFirst()
                    .orElseGet(() -> refuse(errors, field, language, "refList.error.choice", label,
                            String.join(", ", field.choices())));
            case COUNTRY -> {
                String code = value.toUpperCase(Locale.ROOT);
                yield countries.find(code).isPresent() ? code
                        : refuse(errors, field, language, "refList.error.country", label, value);
            }
            case SIRET -> {
                String siret = value.replace(" ", "");
                yield Siret.isValid(siret) ? siret : refuse(errors, field, language, "refList.error.siret", label, value);
            }
            case ESTABLISHMENT -> {
                String siret = value.replace(" ", "");
                yield establishmentId(siret).isPresent() ? siret
                        : refuse(errors, field, language, "refList.error.establishment", label, value);
            }
            case ACCOUNT -> {
                String login = value.toLowerCase(Locale.ROOT);
                yield jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE user_id = ?", Long.class, login) > 0 ? login
                        : refuse(errors, field, language, "refList.error.account", label, value);
            }
        };
    }

    /** The field's name as the page and the refusals show it. */
    static String label(String slug, ReferenceField field, Locale language) {
        return Languages.textIfAny(language, "refList." + slug + "." + field.name(), field.name());
    }

    /** A checked text as the database stores it (an empty text: null). */
    Object stored(ReferenceField field, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        return switch (field.kind()) {
            case DATE -> java.sql.Date.valueOf(LocalDate.parse(text));
            case NUMBER -> Integer.valueOf(text);
            case ID -> Long.valueOf(text);
            case QUANTITY -> new BigDecimal(text);
            case ESTABLISHMENT -> establishmentId(text).orElseThrow();
            default -> text;
        };
    }

    /** A stored value as the page, the CSV and the audit log show it. */
    String text(ReferenceField field, Object stored) {
        if (stored == null) {
            return "";
        }
        if (field.kind() == ReferenceField.Kind.ESTABLISHMENT) {
            return jdbc.queryForList("SELECT siret FROM establishment WHERE id = ?", String.class,
                    ((Number) stored).longValue()).stream().findFirst().orElse("");
        }
        if (stored instanceof java.sql.Date day) {
            return day.toLocalDate().toString();
        }
        if (stored instanceof Timestamp instant) {
            return instant.toInstant().toString();
        }
        if (stored instanceof BigDecimal quantity) {
            return quantity.stripTrailingZeros().toPlainString();
        }
        return stored.toString();
    }

    private Optional<Long> establishmentId(String siret) {
        return jdbc.queryForList("SELECT id FROM establishment WHERE siret = ?", Long.class, siret).stream().findFirst();
    }

    private static String refuse(Map<String, String> errors, ReferenceField field, Locale language, String key,
            Object... arguments) {
        errors.put(field.name(), Languages.text(language, key, arguments));
        return null;
    }

    /** A number refused: a row's number (an id) is any whole number from 1; other numbers have their bounds. */
    private static String refuseNumber(Map<String, String> errors, ReferenceField field, Locale language, String label,
            long max) {
        return field.kind() == ReferenceField.Kind.ID
                ? refuse(errors, field, language, "refList.error.id", label)
                : refuse(errors, field, language, "refList.error.number", label, max);
    }
}
