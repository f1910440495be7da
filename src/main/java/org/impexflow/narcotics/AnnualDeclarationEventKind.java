package org.impexflow.narcotics;

/** What happened to an operator's annual declaration, as its history shows it. */
public enum AnnualDeclarationEventKind implements org.impexflow.reference.Labelled {
    OPENED,
    REMINDER_SENT,
    LATE,
    SUBMITTED,
    ACKNOWLEDGEMENT_SENT,
    CORRECTIONS_REQUESTED,
    ACCEPTED,
    DECISION_SENT;

    @Override
    public String labelPrefix() {
        return "daEvent";
    }
}
