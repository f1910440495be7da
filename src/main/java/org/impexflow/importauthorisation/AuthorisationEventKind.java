package org.impexflow.importauthorisation;

import java.util.Locale;

import org.impexflow.reference.Languages;

/** What happened to an import authorisation, as its history shows it. */
public enum AuthorisationEventKind {
    FILED("Demande déposée et enregistrée"),
    ACKNOWLEDGEMENT_SENT("Accusé d'enregistrement envoyé"),
    REVIEW_STARTED("Instruction commencée"),
    COMPLEMENT_REQUESTED("Complément demandé"),
    COMPLEMENT_REMINDER_SENT("Rappel de complément envoyé"),
    COMPLEMENT_ANSWERED("Complément fourni"),
    CLOSED_WITHOUT_FOLLOW_UP("Classée sans suite (complément non fourni dans le délai)"),
    GRANTED("Autorisation accordée"),
    REFUSED("Autorisation refusée"),
    AUTHORISATION_SENT("Autorisation envoyée au déclarant"),
    DECISION_SENT("Décision notifiée au déclarant"),
    IMPORT_RECORDED("Importation enregistrée"),
    USED_UP("Autorisation soldée : quantité ou nombre d'opérations autorisés atteint"),
    EXPIRED("Fin de validité de l'autorisation"),
    RECEIPT_CONFIRMED("Document vérifié et réception confirmée"),
    WITHDRAWN("Autorisation retirée par l'ANSM"),
    SUSPENDED("Autorisation suspendue par l'ANSM"),
    PROHIBITED("Importation interdite par l'ANSM"),
    SUSPENSION_ENDED("Fin de la suspension : de nouveau en vigueur");

    private final String label;

    AuthorisationEventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** English from messages_en.properties ({@code aiEvent.<code>}). */
    public String label(Locale language) {
        return Languages.textOr(language, "aiEvent." + name(), label);
    }
}
