package org.impexflow.narcotics;

import java.util.Locale;

import org.impexflow.reference.Languages;

/** Statut d'une déclaration annuelle; the code is the process variable {@code annualDeclarationStatus}. */
public enum AnnualDeclarationStatus {
    OPEN("À déclarer"),
    LATE("En retard"),
    SUBMITTED("Soumise"),
    CORRECTIONS_REQUESTED("Corrections demandées"),
    ACCEPTED("Acceptée");

    private final String label;

    AnnualDeclarationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** English from messages_en.properties ({@code daStatus.<code>}). */
    public String label(Locale language) {
        return Languages.textOr(language, "daStatus." + name(), label);
    }
}
