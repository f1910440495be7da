package org.impexflow.narcotics;

/** Statut d'une déclaration annuelle; the code is the process variable {@code annualDeclarationStatus}. */
public enum AnnualDeclarationStatus implements org.impexflow.reference.Labelled {
    OPEN,
    LATE,
    SUBMITTED,
    CORRECTIONS_REQUESTED,
    ACCEPTED;

    @Override
    public String labelPrefix() {
        return "daStatus";
    }
}
