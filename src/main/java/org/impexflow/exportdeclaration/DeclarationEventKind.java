package org.impexflow.exportdeclaration;

public enum DeclarationEventKind implements org.impexflow.reference.Labelled {
    FILED,
    /** The first export's date was already past at filing: the declarant's explanation. */
    FIRST_EXPORT_DATE_PAST,
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
    /** A DEC closed without follow-up because another DEC of the same version was validated meanwhile. */
    AMENDMENT_OVERTAKEN,
    PROHIBITED,
    VALIDATED,
    SUPERSEDED,
    VALIDATED_COPY_SENT,
    TRANSMITTED,
    DECISION_SENT,
    RECEIPT_CONFIRMED,
    WITHDRAWN,
    SUSPENDED,
    SUSPENSION_ENDED;

    @Override
    public String labelPrefix() {
        return "event";
    }
}
