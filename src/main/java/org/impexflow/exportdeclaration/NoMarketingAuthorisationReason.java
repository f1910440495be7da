package org.impexflow.exportdeclaration;

/** Why the medicine has no marketing authorisation (AMM) in France. */
public enum NoMarketingAuthorisationReason {
    NOT_REQUESTED("AMM non demandée en France"),
    UNDER_REVIEW("AMM en cours d'évaluation en France"),
    REFUSED("AMM refusée en France"),
    WITHDRAWN("AMM retirée ou abrogée en France"),
    OTHER("Autre raison");

    private final String label;

    NoMarketingAuthorisationReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The label in a language: English from messages_en.properties ({@code noMaReason.<code>}). */
    public String label(java.util.Locale language) {
        return org.impexflow.reference.Languages.textOr(language, "noMaReason." + name(), label);
    }
}
