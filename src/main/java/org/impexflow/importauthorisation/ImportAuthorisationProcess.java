package org.impexflow.importauthorisation;

import org.impexflow.casefile.CaseProcess;

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
    public static final class Elements extends CaseProcess.ComplementElements {
        public static final String CHECK = "Task_CheckRequest";
        public static final String REGISTER = "Task_RegisterRequest";
        public static final String REVIEW = "Task_ReviewRequest";
        public static final String REFUSE = "Task_RefuseAuthorisation";
        public static final String NOTIFY_REFUSAL = "Task_NotifyRefusal";
        public static final String END_REFUSED = "EndEvent_AuthorisationRefused";
        public static final String GRANT = "Task_GrantAuthorisation";
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
    public static final class Vars extends CaseProcess.FilingVars {
        // the filing contract (docs/api.md)
        public static final String PROVENANCE_COUNTRY = "provenanceCountry";
        public static final String ORIGIN_COUNTRY = "originCountry";
        public static final String QUANTITY_MODE = "quantityMode";
        public static final String QUANTITY = "quantity";
        public static final String QUANTITY_UNIT = "quantityUnit";
        public static final String PLANNED_OPERATIONS = "plannedOperations";
        public static final String PURPOSE = "purpose";
        public static final String PURPOSE_DETAILS = "purposeDetails";
        public static final String MANUFACTURER = "manufacturer";
        public static final String RELEASE_SITE = "releaseSite";
        public static final String COVER_LETTER = "coverLetter";

        // set by the process
        public static final String AUTHORISATION_NUMBER = "authorisationNumber";
        public static final String AUTHORISATION_STATUS = "authorisationStatus";
        public static final String AUTHORISATION_STATUS_LABEL = "authorisationStatusLabel";
        public static final String PROVENANCE_COUNTRY_NAME = "provenanceCountryName";
        public static final String ORIGIN_COUNTRY_NAME = "originCountryName";
        public static final String REQUEST_SUMMARY = "requestSummary";
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
