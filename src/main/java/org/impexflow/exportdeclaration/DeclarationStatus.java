package org.impexflow.exportdeclaration;

/** Statut d'une déclaration d'exportation; the code is the process variable {@code declarationStatus}. */
public enum DeclarationStatus implements org.impexflow.casefile.DecisionBasis, org.impexflow.reference.Labelled {
    DRAFT,
    FILED,
    IN_REVIEW,
    COMPLEMENT_REQUESTED,
    VALIDATED,
    PROHIBITED,
    /** Validated, then withdrawn by ANSM (an act after the decision, process {@code case-act}). */
    WITHDRAWN,
    /** Validated, then suspended until a day, after which it is in force again. */
    SUSPENDED,
    CLOSED_WITHOUT_FOLLOW_UP;

    @Override
    public String labelPrefix() {
        return "status";
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
