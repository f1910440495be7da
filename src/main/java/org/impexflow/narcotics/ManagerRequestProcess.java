package org.impexflow.narcotics;

/**
 * Process {@code narcotics-manager-request}: an account of an operator of narcotics asks for the
 * "Manager" profile (who submits the annual declaration); ANSM's narcotics team approves or refuses.
 */
public final class ManagerRequestProcess {

    public static final String KEY = "narcotics-manager-request";
    /** Business key: the prefix, the operator's establishment id, a colon, the requesting account. */
    public static final String BUSINESS_KEY_PREFIX = "GESTIONNAIRE-";

    private ManagerRequestProcess() {
    }

    public static final class Elements {
        public static final String DECIDE = "Task_DecideManagerRequest";
        public static final String APPROVE = "Task_MakeManager";
        public static final String REFUSE = "Task_RecordManagerRefusal";
        public static final String NOTIFY_APPROVED = "Task_NotifyManagerApproved";
        public static final String NOTIFY_REFUSED = "Task_NotifyManagerRefused";
        public static final String END_APPROVED = "EndEvent_ManagerApproved";
        public static final String END_REFUSED = "EndEvent_ManagerRefused";

        private Elements() {
        }
    }

    public static final class Vars {
        /** Who asks: set by the system from the authenticated person, refused when a caller sends it. */
        public static final String REQUESTER = "managerRequester";
        public static final String REQUESTER_NAME = "requesterName";
        public static final String OPERATOR_NAME = "operatorName";
        public static final String OPERATOR_SIRET = "operatorSiret";
        /** Why the account asks, as typed on the annual-declaration page. */
        public static final String REQUEST_REASON = "managerRequestReason";
        /** Who asks, the operator and the reason, as escaped Markdown for the decision form. */
        public static final String REQUEST_SUMMARY = "managerRequestMarkdown";
        public static final String REQUESTED_AT = "requestedAt";
        public static final String DECISION_DUE_DATE = "decisionDueDate";
        /** {@code APPROVE} or {@code REFUSE}. */
        public static final String DECISION = "managerDecision";
        /** Required for a refusal: mailed to the requester. */
        public static final String DECISION_REASON = "managerDecisionReason";

        private Vars() {
        }
    }

    /** The decision's values. */
    public static final String APPROVE = "APPROVE";
    public static final String REFUSE = "REFUSE";

    static String businessKey(Long establishmentId, String userId) {
        return BUSINESS_KEY_PREFIX + establishmentId + ":" + userId;
    }

    /** The operator's establishment id of a business key. */
    static Long establishmentId(String businessKey) {
        return Long.valueOf(businessKey.substring(BUSINESS_KEY_PREFIX.length(), businessKey.indexOf(':')));
    }

    /** The requesting account of a business key. */
    static String userId(String businessKey) {
        return businessKey.substring(businessKey.indexOf(':') + 1);
    }
}
