package org.impexflow.casefile;

/**
 * The names that the processes of every procedure share (variables of the review, of a filing by an
 * establishment and of the request-for-complement loop; ids of that loop's elements). A procedure's own
 * names class extends these ({@code class Vars extends CaseProcess.FilingVars}), so that its code, forms and
 * tests read them all in one place, and a new procedure gets the same names for the same things.
 */
public final class CaseProcess {

    private CaseProcess() {
    }

    /** The review's variables, in every procedure's review form. */
    public static class ReviewVars {
        /** When the review is due ({@link CaseTasks#review}). */
        public static final String REVIEW_DUE_DATE = "reviewDueDate";
        public static final String REVIEW_DECISION = "reviewDecision";
        public static final String REVIEW_COMMENT = "reviewComment";

        protected ReviewVars() {
        }
    }

    /**
     * The variables of a case that an establishment files and that goes round the complement loop (export
     * declarations, import authorisations). The filing's part is a public contract ({@code docs/api.md}).
     */
    public static class FilingVars extends ReviewVars {
        // the filing contract
        public static final String ESTABLISHMENT_SIRET = "establishmentSiret";
        public static final String DECLARANT_EMAIL = "declarantEmail";
        public static final String MEDICINE_NAME = "medicineName";
        public static final String ACTIVE_SUBSTANCES = "activeSubstances";
        public static final String STRENGTH = "strength";
        public static final String PHARMACEUTICAL_FORM = "pharmaceuticalForm";
        public static final String ROUTE_OF_ADMINISTRATION = "routeOfAdministration";
        public static final String OTHER_DOCUMENTS = "otherDocuments";

        // set by the process
        /** Who filed: the authenticated person or API account ({@code StartIdentity}). */
        public static final String INITIATOR = "initiator";
        public static final String FILED_AT = "filedAt";
        public static final String ESTABLISHMENT_NAME = "establishmentName";
        public static final String ESTABLISHMENT_GROUP = "establishmentGroup";
        public static final String ATTACHMENT_LIST = "attachmentList";
        /** Who answers a request for complement: the declarant's account, else whoever filed; none by mail. */
        public static final String COMPLEMENT_ASSIGNEE = "complementAssignee";
        /** The groups that may answer: the establishment's, and ANSM support for a case received by e-mail. */
        public static final String COMPLEMENT_GROUPS = "complementGroups";
        /** Set by a mail intake: the case was sent by e-mail and entered by ANSM support, who may answer for it. */
        public static final String RECEIVED_BY_MAIL = "receivedByMail";
        public static final String COMPLEMENT_ROUND = ComplementDeadline.ROUND;
        public static final String COMPLEMENT_DUE_DATE = ComplementDeadline.DUE_DATE;
        public static final String COMPLEMENT_ANSWER = ComplementTaskListener.COMPLEMENT_ANSWER;
        public static final String COMPLEMENT_FILES = ComplementTaskListener.COMPLEMENT_FILES;

        protected FilingVars() {
        }
    }

    /** The ids of the elements of the request-for-complement loop, alike in every process that has one. */
    public static class ComplementElements {
        public static final String SEND_ACKNOWLEDGEMENT = "Task_SendAcknowledgement";
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

        protected ComplementElements() {
        }
    }
}
