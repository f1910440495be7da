package org.impexflow.importauthorisation;

import java.time.Period;
import java.util.Locale;

import org.impexflow.reference.Languages;

/**
 * How the quantity is asked for, and so how long the authorisation is valid: one import within three
 * months, or a global quantity over several operations within one year.
 */
public enum QuantityMode {
    SINGLE("Une importation", Period.ofMonths(3)),
    SERIES("Quantité globale en plusieurs opérations", Period.ofYears(1));

    private final String label;
    private final Period validity;

    QuantityMode(String label, Period validity) {
        this.label = label;
        this.validity = validity;
    }

    public String label() {
        return label;
    }

    /** English from messages_en.properties ({@code quantityMode.<code>}). */
    public String label(Locale language) {
        return Languages.textOr(language, "quantityMode." + name(), label);
    }

    /** How long an authorisation granted for this mode is valid, from the day of the decision. */
    public Period validity() {
        return validity;
    }
}
