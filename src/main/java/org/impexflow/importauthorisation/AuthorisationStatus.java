package org.impexflow.importauthorisation;

import java.util.Locale;

import org.impexflow.reference.Languages;

/** Statut d'une demande d'autorisation d'importation; the code is the process variable {@code authorisationStatus}. */
public enum AuthorisationStatus implements org.impexflow.casefile.DecisionBasis {
    FILED("Déposée"),
    IN_REVIEW("En cours d'instruction"),
    COMPLEMENT_REQUESTED("Complément demandé"),
    GRANTED("Accordée"),
    REFUSED("Refusée"),
    CLOSED_WITHOUT_FOLLOW_UP("Classée sans suite"),
    USED_UP("Soldée"),
    EXPIRED("Expirée"),
    /** Granted, then withdrawn, suspended or prohibited by ANSM (acts after the decision, process {@code case-act}). */
    WITHDRAWN("Retirée"),
    SUSPENDED("Suspendue"),
    PROHIBITED("Interdite");

    private final String label;

    AuthorisationStatus(String label) {
        this.label = label;
    }

    /** The French label users see. */
    public String label() {
        return label;
    }

    /** The label in a language: English from messages_en.properties ({@code aiStatus.<code>}). */
    public String label(Locale language) {
        return Languages.textOr(language, "aiStatus." + name(), label);
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
