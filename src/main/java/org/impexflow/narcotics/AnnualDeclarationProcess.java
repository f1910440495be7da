package org.impexflow.narcotics;

import org.impexflow.casefile.CaseProcess;

/** Names shared by processes/annual-narcotics-declaration.bpmn, the Java code and the tests. */
public final class AnnualDeclarationProcess {

    public static final String KEY = "annual-narcotics-declaration";
    /** The campaign that opens every operator's declaration each year (processes/annual-narcotics-campaign.bpmn). */
    public static final String CAMPAIGN_KEY = "annual-narcotics-campaign";
    public static final String MESSAGE_SUBMITTED = "Message_AnnualDeclarationSubmitted";
    /** Candidate group of the review: ANSM's narcotics team. */
    public static final String REVIEWERS = "ansm-narcotics";

    private AnnualDeclarationProcess() {
    }

    /** Element ids. */
    public static final class Elements {
        public static final String AWAIT = "Gateway_AwaitDeclaration";
        public static final String SUBMITTED = "Event_DeclarationSubmitted";
        public static final String REMINDER_DUE = "Event_ReminderDue";
        public static final String SEND_REMINDER = "Task_SendReminder";
        public static final String DEADLINE_PASSED = "Event_DeadlinePassed";
        public static final String MARK_LATE = "Task_MarkLate";
        public static final String FOLLOW_UP_LATE = "Task_FollowUpLateDeclaration";
        public static final String SUBMITTED_DURING_FOLLOW_UP = "BoundaryEvent_SubmittedDuringFollowUp";
        public static final String AWAIT_LATE = "Task_AwaitLateDeclaration";
        public static final String RECORD_SUBMISSION = "Task_RecordSubmission";
        public static final String SEND_ACKNOWLEDGEMENT = "Task_SendAcknowledgement";
        public static final String REVIEW = "Task_ReviewDeclaration";
        public static final String ACCEPT = "Task_AcceptDeclaration";
        public static final String NOTIFY_ACCEPTED = "Task_NotifyAccepted";
        public static final String END_ACCEPTED = "EndEvent_DeclarationAccepted";
        public static final String REQUEST_CORRECTIONS = "Task_RequestCorrections";
        public static final String AWAIT_CORRECTIONS = "Task_AwaitCorrections";
        public static final String CORRECTIONS_OVERDUE = "BoundaryEvent_CorrectionsOverdue";
        public static final String FOLLOW_UP_CORRECTIONS = "Task_FollowUpCorrections";

        private Elements() {
        }
    }

    /** Process variables. */
    public static final class Vars extends CaseProcess.ReviewVars {
        public static final String OPERATOR_ID = "operatorId";
        public static final String DECLARED_YEAR = "declaredYear";
        public static final String OPERATOR_NAME = "operatorName";
        public static final String DECLARATION_ID = "annualDeclarationId";
        public static final String STATUS = "annualDeclarationStatus";
        public static final String DEADLINE = "deadline";
        public static final String NEXT_REMINDER_DATE = "nextReminderDate";
        public static final String FOLLOW_UP_DUE_DATE = "followUpDueDate";
        public static final String CORRECTIONS_DEADLINE = "correctionsDeadline";
        public static final String WORKBOOK_URL = "workbookUrl";
        public static final String REPORT_URL = "reportUrl";
        public static final String REPORT_SUMMARY = "reportSummary";

        private Vars() {
        }
    }

    /** Values of {@code reviewDecision}. */
    public enum ReviewDecision {
        ACCEPT, REQUEST_CORRECTIONS
    }
}
