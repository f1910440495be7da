package org.impexflow.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one check of a text field, used by the filings, the forms and the task listeners. */
class FieldErrorsTests {

    @Test
    void aTextIsKeptWithoutItsSurroundingSpacesWhichDoNotCountInItsLength() {
        FieldErrors errors = new FieldErrors();

        assertThat(errors.text("reason", "  cinq.  ", true, 5, "obligatoire")).isEqualTo("cinq.");
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void aBlankRequiredTextIsRefusedWithItsOwnMessageAndAnOptionalOneIsNone() {
        FieldErrors errors = new FieldErrors();

        assertThat(errors.text("reason", " \n ", true, 2000, "obligatoire pour un refus")).isNull();
        assertThat(errors.text("reference", null, false, 200, null)).isNull();
        assertThat(errors.list()).containsExactly(new FieldError("reason", "obligatoire pour un refus"));
    }

    @Test
    void aTextTooLongIsRefusedNamingTheMaximumAsFrenchWritesIt() {
        FieldErrors errors = new FieldErrors();

        errors.text("reason", "x".repeat(2001), true, 2000, "obligatoire");
        errors.text("reference", "y".repeat(201), false, 200, null);

        assertThat(errors.list()).containsExactly(new FieldError("reason", "trop long (2 000 caractères au plus)"),
                new FieldError("reference", "trop long (200 caractères au plus)"));
    }
}
