package org.impexflow.registration;

import java.util.regex.Pattern;

import org.impexflow.reference.Languages;
import org.impexflow.validation.FieldErrors;

/**
 * A first or last name as a person's name is written: letters (accented or not), spaces, hyphens, apostrophes
 * and dots ("Jean-Marie", "N'Diaye", "J.-P. O'Neil"). Names go verbatim into mails of the ANSM (the
 * registration's greeting, a request to join an establishment sent to its managers): until 2026-12-07 a
 * "first name" such as "Bob, votre compte ANSM expire : http://evil.example/ansm" was mailed to any address.
 * A web address or a domain ("evil.example"), an "@", digits and any other sign are refused, naming the field.
 */
final class PersonNames {

    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} '’.-]*");
    /** "evil.example", "www.x.fr": a dot between two runs of letters reads as a domain name. */
    private static final Pattern DOMAIN = Pattern.compile("\\p{L}{2,}\\.\\p{L}{2,}");

    private PersonNames() {
    }

    /** Adds the refusal of {@code field} (which the page shows as {@code label}) when its name is not one. */
    static void check(FieldErrors errors, String field, String label, String name) {
        check(errors, field, label, name, java.util.Locale.FRENCH);
    }

    /** The same, said in {@code language} (the registration page's). */
    static void check(FieldErrors errors, String field, String label, String name, java.util.Locale language) {
        if (name == null || errors.has(field)) {
            return;
        }
        if (!ALLOWED.matcher(name).matches() || DOMAIN.matcher(name).find()) {
            errors.add(field, Languages.text(language, "register.error.name", label));
        }
    }
}
