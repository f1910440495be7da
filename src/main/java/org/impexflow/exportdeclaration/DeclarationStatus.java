package org.impexflow.exportdeclaration;

/** Statut d'une déclaration d'exportation; the code is the process variable {@code declarationStatus}. */
public enum DeclarationStatus implements org.impexflow.casefile.DecisionBasis {
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

    /** Validation under the declaration regime, prohibition for public-health reasons (L.5124-11). */
    @Override
    public String legalBasis() {
        return switch (this) {
            case VALIDATED -> "Articles L.5124-11 et R.5121-135 du code de la santé publique";
            case PROHIBITED -> "Article L.5124-11 du code de la santé publique";
            default -> null;
        };
    }

    public boolean isDecided() {
        return this == VALIDATED || this == PROHIBITED || this == CLOSED_WITHOUT_FOLLOW_UP || this == WITHDRAWN
                || this == SUSPENDED;
    }
}
