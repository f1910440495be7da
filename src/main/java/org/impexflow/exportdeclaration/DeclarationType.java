package org.impexflow.exportdeclaration;

public enum DeclarationType implements org.impexflow.reference.Labelled {
    /** Déclaration d'exportation initiale. */
    DEI,
    /** Déclaration d'exportation complémentaire: amends earlier validated declarations. */
    DEC;

    @Override
    public String labelPrefix() {
        return "type";
    }
}
