package org.impexflow.narcotics;

import java.util.Locale;

import org.impexflow.reference.Languages;

/** What happened to an operator's annual declaration, as its history shows it. */
public enum AnnualDeclarationEventKind {
    OPENED("Campagne ouverte pour l'opérateur"),
    REMINDER_SENT("Rappel envoyé aux Managers"),
    LATE("Échéance dépassée : déclaration en retard"),
    SUBMITTED("Déclaration soumise"),
    ACKNOWLEDGEMENT_SENT("Accusé de réception envoyé"),
    CORRECTIONS_REQUESTED("Corrections demandées"),
    ACCEPTED("Déclaration acceptée"),
    DECISION_SENT("Décision notifiée à l'opérateur");

    private final String label;

    AnnualDeclarationEventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** English from messages_en.properties ({@code daEvent.<code>}). */
    public String label(Locale language) {
        return Languages.textOr(language, "daEvent." + name(), label);
    }
}
