package org.impexflow.reference;

import java.util.Locale;

/**
 * An enum whose constants are named to people in their language: each label is written once per language,
 * as {@code <labelPrefix>.<NAME>} in messages.properties (French) and messages_en.properties.
 */
public interface Labelled {

    /** The constant's name, e.g. {@code MANAGER} (an enum's own). */
    String name();

    /** The first part of the labels' message keys, e.g. {@code establishmentRole}. */
    String labelPrefix();

    /** The French label, as the register and documents of record name the constant. */
    default String label() {
        return label(Locale.FRENCH);
    }

    /** The label in a language (French unless English). */
    default String label(Locale language) {
        return Languages.text(language, labelPrefix() + "." + name());
    }
}
