package org.impexflow.establishment;

/** Process {@code establishment-membership}: a request to join an existing establishment. */
public final class MembershipProcess {

    public static final String KEY = "establishment-membership";

    private MembershipProcess() {
    }

    public static final class Elements {
        public static final String NOTIFY_REQUESTED = "Task_NotifyJoinRequested";
        public static final String DECIDE = "Task_DecideJoinRequest";
        public static final String APPROVE = "Task_ApproveJoin";
        public static final String REFUSE = "Task_RefuseJoin";
        public static final String NOTIFY_APPROVED = "Task_NotifyJoinApproved";
        public static final String NOTIFY_REFUSED = "Task_NotifyJoinRefused";
        public static final String END_INFORMED = "EndEvent_EstablishmentInformed";
        public static final String END_APPROVED = "EndEvent_JoinApproved";
        public static final String END_REFUSED = "EndEvent_JoinRefused";

        private Elements() {
        }
    }

    public static final class Vars {
        public static final String REQUESTER_EMAIL = "requesterEmail";
        public static final String REQUESTER_NAME = "requesterName";
        public static final String REQUESTER_QUALITY = "requesterQuality";
        public static final String REQUESTER_PHONE = "requesterPhone";
        public static final String ESTABLISHMENT_NAME = "establishmentName";
        public static final String ESTABLISHMENT_SIRET = "establishmentSiret";
        /** Candidate group of the decision: the establishment's managers. */
        public static final String MANAGERS_GROUP = "managersGroup";
        public static final String REQUESTED_AT = "requestedAt";
        public static final String DECISION_DUE_DATE = "decisionDueDate";
        /** {@code APPROVE} or {@code REFUSE}. */
        public static final String DECISION = "membershipDecision";
        /** Required for a refusal: mailed to the requester. */
        public static final String REASON = "membershipReason";

        private Vars() {
        }
    }

    /** The decision's values. */
    public static final String APPROVE = "APPROVE";
    public static final String REFUSE = "REFUSE";
}
