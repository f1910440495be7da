package org.impexflow.importauthorisation;

/**
 * Names shared by processes/import-authorisation.bpmn, its forms, the Java code and the tests. The
 * variable names of the filing are a public contract (docs/api.md): keep them stable.
 */
public final class ImportAuthorisationProcess {

    public static final String KEY = "import-authorisation";
    /** Import authorisations are numbered AI-YYYY-MM-NNNN, a series of their own. */
    public static final String NUMBER_SERIES = "AI";
    /** Correlated when the quantity authorised has been imported: the authorisation is used up. */
    public static final String MESSAGE_USED_UP = "Message_ImportAuthorisationUsedUp";

    private ImportAuthorisationProcess() {
    }

    /** Element ids. */
    public static final class Elements {
        public static final String START = "StartEvent_RequestSubmitted";
        public static final String CHECK = "Task_CheckRequest";
        public static final String REGISTER = "Task_RegisterRequest";
        public static final String SEND_ACKNOWLEDGEMENT = "Task_SendAcknowledgement";
        public static final String REVIEW = "Task_ReviewRequest";
        public static final String GATEWAY_REVIEW_OUTCOME = "Gateway_ReviewOutcome";
        public static final String REQUEST_COMPLEMENT = "Task_RequestComplement";
        public static final String NOTIFY_COMPLEMENT_REQUESTED = "Task_NotifyComplementRequested";
        public static final String PROVIDE_COMPLEMENT = "Task_ProvideComplement";
        public static final String COMPLEMENT_REMINDER = "BoundaryEvent_ComplementReminder";
        public static final String SEND_COMPLEMENT_REMINDER = "Task_SendComplementReminder";
        public static final String COMPLEMENT_DEADLINE = "BoundaryEvent_ComplementDeadlinePassed";
        public static final String CLOSE_WITHOUT_FOLLOW_UP = "Task_CloseWithoutFollowUp";
        public static final String NOTIFY_CLOSED = "Task_NotifyClosedWithoutFollowUp";
        public static final String END_CLOSED = "EndEvent_ClosedWithoutFollowUp";
        public static final String RECORD_COMPLEMENT_ANSWER = "Task_RecordComplementAnswer";
        public static final String REFUSE = "Task_RefuseAuthorisation";
        public static final String NOTIFY_REFUSAL = "Task_NotifyRefusal";
        public static final String END_REFUSED = "EndEvent_AuthorisationRefused";
        public static final String GRANT = "Task_GrantAuthorisation";
        public static final String GATEWAY_GRANTED = "Gateway_Granted";
        public static final String GENERATE_AUTHORISATION = "Task_GenerateAuthorisation";
        public static final String SEND_AUTHORISATION = "Task_SendAuthorisation";
        public static final String END_SENT = "EndEvent_AuthorisationSent";
        public static final String AWAIT_IMPORTS = "Task_AwaitImports";
        public static final String VALIDITY_ENDED = "BoundaryEvent_ValidityEnded";
        public static final String EXPIRE = "Task_ExpireAuthorisation";
        public static final String END_EXPIRED = "EndEvent_AuthorisationExpired";
        public static final String END_USED_UP = "EndEvent_AuthorisationUsedUp";

        private Elements() {
        }
    }

    /** Process variables. */
    public static final class Vars {
        // the filing contract (docs/api.md)
        public static final String ESTABLISHMENT_SIRET = "establishmentSiret";
        public static final String DECLARANT_EMAIL = "declarantEmail";
        public static final String PROVENANCE_COUNTRY = "provenanceCountry";
        public static final String ORIGIN_COUNTRY = "originCountry";
        public static final String MEDICINE_NAME = "medicineName";
        public static final String ACTIVE_SUBSTANCES = "activeSubstances";
        public static final String PHARMACEUTICAL_FORM = "pharmaceuticalForm";
        public static final String STRENGTH = "strength";
        public static final String ROUTE_OF_ADMINISTRATION = "routeOfAdministration";
        public static final String QUANTITY_MODE = "quantityMode";
        public static final String QUANTITY = "quantity";
        public static final String QUANTITY_UNIT = "quantityUnit";
        public static final String PLANNED_OPERATIONS = "plannedOperations";
        public static final String PURPOSE = "purpose";
        public static final String PURPOSE_DETAILS = "purposeDetails";
        public static final String MANUFACTURER = "manufacturer";
        public static final String RELEASE_SITE = "releaseSite";
        public static final String COVER_LETTER = "coverLetter";
        public static final String OTHER_DOCUMENTS = "otherDocuments";

        // set by the process
        public static final String INITIATOR = "initiator";
        public static final String AUTHORISATION_NUMBER = "authorisationNumber";
        public static final String AUTHORISATION_ID = "authorisationId";
        public static final String AUTHORISATION_STATUS = "authorisationStatus";
        public static final String AUTHORISATION_STATUS_LABEL = "authorisationStatusLabel";
        public static final String FILED_AT = "filedAt";
        public static final String REVIEW_DUE_DATE = "reviewDueDate";
        public static final String ESTABLISHMENT_NAME = "establishmentName";
        public static final String ESTABLISHMENT_GROUP = "establishmentGroup";
        public static final String PROVENANCE_COUNTRY_NAME = "provenanceCountryName";
        public static final String ORIGIN_COUNTRY_NAME = "originCountryName";
        public static final String ATTACHMENT_LIST = "attachmentList";
        public static final String REQUEST_SUMMARY = "requestSummary";
        public static final String REVIEW_DECISION = "reviewDecision";
        public static final String REVIEW_COMMENT = "reviewComment";
        public static final String COMPLEMENT_ASSIGNEE = "complementAssignee";
        public static final String COMPLEMENT_GROUPS = "complementGroups";
        public static final String COMPLEMENT_ROUND = org.impexflow.casefile.ComplementDeadline.ROUND;
        public static final String COMPLEMENT_DUE_DATE = org.impexflow.casefile.ComplementDeadline.DUE_DATE;
        public static final String COMPLEMENT_REMINDER_DATE = org.impexflow.casefile.ComplementDeadline.REMINDER_DATE;
        public static final String COMPLEMENT_DUE_TEXT = org.impexflow.casefile.ComplementDeadline.DUE_TEXT;
        public static final String COMPLEMENT_ANSWER = org.impexflow.casefile.ComplementTaskListener.COMPLEMENT_ANSWER;
        public static final String COMPLEMENT_FILES = org.impexflow.casefile.ComplementTaskListener.COMPLEMENT_FILES;
        /** The end of the authorisation's validity: the timer that expires it. */
        public static final String VALID_UNTIL = "validUntil";

        private Vars() {
        }
    }

    /** Values of {@code reviewDecision}. */
    public enum ReviewDecision {
        GRANT, REQUEST_COMPLEMENT, REFUSE
    }
}
