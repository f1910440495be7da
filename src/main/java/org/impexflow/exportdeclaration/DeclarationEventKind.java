package org.impexflow.exportdeclaration;

public enum DeclarationEventKind {
    FILED("Déclaration déposée et enregistrée"),
    RECEIVED_BY_MAIL("Reçue par courriel et saisie par le support de l'ANSM"),
    ACKNOWLEDGEMENT_SENT("Accusé d'enregistrement électronique (AEE) envoyé"),
    REVIEW_STARTED("Instruction commencée"),
    COMPLEMENT_REQUESTED("Complément demandé"),
    COMPLEMENT_REMINDER_SENT("Rappel de complément envoyé"),
    COMPLEMENT_ANSWERED("Complément fourni"),
    CLOSED_WITHOUT_FOLLOW_UP("Classée sans suite (complément non fourni dans le délai)"),
    PROHIBITED("Exportation interdite"),
    VALIDATED("Déclaration visée"),
    SUPERSEDED("Remplacée par une déclaration complémentaire"),
    VALIDATED_COPY_SENT("Déclaration visée envoyée au déclarant"),
    TRANSMITTED("Transmise à l'autorité sanitaire du pays importateur"),
    DECISION_SENT("Décision notifiée au déclarant"),
    RECEIPT_CONFIRMED("Réception confirmée par l'autorité du pays importateur"),
    WITHDRAWN("Déclaration retirée par l'ANSM"),
    SUSPENDED("Déclaration suspendue par l'ANSM"),
    SUSPENSION_ENDED("Fin de la suspension : de nouveau en vigueur");

    private final String label;

    DeclarationEventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The label in a language: English from messages_en.properties ({@code event.<code>}). */
    public String label(java.util.Locale language) {
        return org.impexflow.reference.Languages.textOr(language, "event." + name(), label);
    }
}
