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
    DECISION_SENT,
    /** An account of the operator joined a document (type, file, content type, size, SHA-256 in the detail). */
    DOCUMENT_JOINED;

    @Override
    public String labelPrefix() {
        return "daEvent";
    }
}
