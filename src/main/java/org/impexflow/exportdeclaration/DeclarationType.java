package org.impexflow.exportdeclaration;

public enum DeclarationType {
    /** Déclaration d'exportation initiale. */
    DEI("Déclaration d'exportation initiale (DEI)"),
    /** Déclaration d'exportation complémentaire: amends earlier validated declarations. */
    DEC("Déclaration d'exportation complémentaire (DEC)");

    private final String label;

    DeclarationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
