package org.impexflow.casefile;

/** Names shared by processes/case-act.bpmn, its forms, the Java code and the tests. */
public final class CaseActProcess {

    public static final String KEY = "case-act";

    private CaseActProcess() {
    }

    public static final class Elements {
        public static final String CHECK = "Task_CheckProposal";
        public static final String CONFIRM = "Task_ConfirmAct";
        public static final String APPLY = "Task_ApplyAct";
        public static final String NOTIFY = "Task_NotifyAct";
        public static final String SUSPENSION_ENDS = "TimerEvent_SuspensionEnds";
        public static final String END_SUSPENSION = "Task_EndSuspension";
        public static final String END_APPLIED = "EndEvent_ActApplied";
        public static final String END_SUSPENSION_ENDED = "EndEvent_SuspensionEnded";
        public static final String END_REFUSED = "EndEvent_ActRefused";

        private Elements() {
        }
    }

    public static final class Vars {
        /** What the reviewer types: the case's number (or, for a case without one, its register id). */
        public static final String CASE_NUMBER = "caseNumber";
        public static final String ACT = "act";
        public static final String REASONS = "actReasons";
        public static final String LEGAL_BASIS = "legalBasis";
        /** The last day of a suspension ({@code yyyy-MM-dd}). */
        public static final String SUSPENDED_UNTIL = "suspendedUntil";
        /** Set by the system: who proposed (the authenticated user), never by the caller. */
        public static final String PROPOSED_BY = "proposedBy";
        public static final String CASE_ID = "caseId";
        public static final String CASE_TITLE = "caseTitle";
        public static final String ACT_SUMMARY = "actSummary";
        public static final String COMPETENT_GROUP = "competentGroup";
        /** When the suspension ends: the start of the day after its last day, in Paris. */
        public static final String SUSPENSION_ENDS_AT = "suspensionEndsAt";
        public static final String CONFIRMATION = "actConfirmation";
        public static final String REFUSAL_REASON = "refusalReason";
        public static final String CONFIRMED_BY = "confirmedBy";

        private Vars() {
        }
    }

    /** Values of {@code actConfirmation}. */
    public enum Confirmation {
        CONFIRM, REFUSE
    }
}
