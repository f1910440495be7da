package org.impexflow.importauthorisation;

/** Statut d'une demande d'autorisation d'importation; the code is the process variable {@code authorisationStatus}. */
public enum AuthorisationStatus implements org.impexflow.casefile.DecisionBasis, org.impexflow.reference.Labelled {
    FILED,
    IN_REVIEW,
    COMPLEMENT_REQUESTED,
    GRANTED,
    REFUSED,
    CLOSED_WITHOUT_FOLLOW_UP,
    USED_UP,
    EXPIRED,
    /** Granted, then withdrawn, suspended or prohibited by ANSM (acts after the decision, process {@code case-act}). */
    WITHDRAWN,
    SUSPENDED,
    PROHIBITED;

    @Override
    public String labelPrefix() {
        return "aiStatus";
    }

    /** ANSM has decided: granted (and what became of the authorisation since), refused or closed. */
    public boolean isDecided() {
        return this != FILED && this != IN_REVIEW && this != COMPLEMENT_REQUESTED;
    }

    /** The prior authorisation of imports, granted or refused (L.5124-13, R.5121-111). */
    @Override
    public String legalBasis() {
        return this == GRANTED || this == REFUSED ? "Articles L.5124-13 et R.5121-111 du code de la santé publique" : null;
    }
}
