package org.impexflow.importauthorisation;

/** What happened to an import authorisation, as its history shows it. */
public enum AuthorisationEventKind implements org.impexflow.reference.Labelled {
    FILED,
    /** Received by e-mail and entered by ANSM support. */
    RECEIVED_BY_MAIL,
    /** Received by e-mail from an establishment without an account: support registered it and filed for it. */
    FILED_ON_BEHALF,
    /** Its contact was invited to create the establishment's first account. */
    ACCOUNT_INVITATION_SENT,
    ACKNOWLEDGEMENT_SENT,
    REVIEW_STARTED,
    COMPLEMENT_REQUESTED,
    COMPLEMENT_REMINDER_SENT,
    COMPLEMENT_ANSWERED,
    CLOSED_WITHOUT_FOLLOW_UP,
    GRANTED,
    REFUSED,
    AUTHORISATION_SENT,
    DECISION_SENT,
    IMPORT_RECORDED,
    USED_UP,
    EXPIRED,
    RECEIPT_CONFIRMED,
    WITHDRAWN,
    SUSPENDED,
    PROHIBITED,
    SUSPENSION_ENDED;

    @Override
    public String labelPrefix() {
        return "aiEvent";
    }
}
