package org.impexflow.exportdeclaration;

/** Why the medicine has no marketing authorisation (AMM) in France. */
public enum NoMarketingAuthorisationReason implements org.impexflow.reference.Labelled {
    NOT_REQUESTED,
    UNDER_REVIEW,
    REFUSED,
    WITHDRAWN,
    OTHER;

    @Override
    public String labelPrefix() {
        return "noMaReason";
    }
}
