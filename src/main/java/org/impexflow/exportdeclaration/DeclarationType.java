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

    /** The label in a language: English from messages_en.properties ({@code type.<code>}). */
    public String label(java.util.Locale language) {
        return org.impexflow.reference.Languages.textOr(language, "type." + name(), label);
    }
}
