package org.impexflow.exportdeclaration;

/** Statut d'une déclaration d'exportation; the code is the process variable {@code declarationStatus}. */
public enum DeclarationStatus {
    DRAFT("En brouillon"),
    FILED("Déposée"),
    IN_REVIEW("En cours d'instruction"),
    COMPLEMENT_REQUESTED("Complément demandé"),
    VALIDATED("Validée"),
    PROHIBITED("Interdite"),
    /** Validated, then withdrawn by ANSM (an act after the decision, process {@code case-act}). */
    WITHDRAWN("Retirée"),
    /** Validated, then suspended until a day, after which it is in force again. */
    SUSPENDED("Suspendue"),
    CLOSED_WITHOUT_FOLLOW_UP("Classée sans suite");

    private final String label;

    DeclarationStatus(String label) {
        this.label = label;
    }

    /** The French label users see. */
    public String label() {
        return label;
    }

    /** The label in a language: English from messages_en.properties ({@code status.<code>}). */
    public String label(java.util.Locale language) {
        return org.impexflow.reference.Languages.textOr(language, "status." + name(), label);
    }

    public boolean isDecided() {
        return this == VALIDATED || this == PROHIBITED || this == CLOSED_WITHOUT_FOLLOW_UP || this == WITHDRAWN
                || this == SUSPENDED;
    }
}
