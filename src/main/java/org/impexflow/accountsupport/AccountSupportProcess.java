package org.impexflow.accountsupport;

/** Names shared by processes/account-support.bpmn, its form, the Java code and the tests. */
public final class AccountSupportProcess {

    public static final String KEY = "account-support";

    private AccountSupportProcess() {
    }

    public static final class Elements {
        public static final String CHECK = "Task_CheckSupportRequest";
        public static final String REMOVE_SECOND_FACTOR = "Task_RemoveSecondFactor";
        public static final String DEACTIVATE = "Task_DeactivateAccount";
        public static final String UNLOCK = "Task_UnlockAccount";
        public static final String LOAD_INFORMATION = "Task_LoadAccountInformation";
        public static final String UPDATE_INFORMATION = "Task_UpdateAccountInformation";
        public static final String RECORD_INFORMATION = "Task_RecordUpdatedInformation";
        public static final String NOTIFY = "Task_NotifyAccountHolder";
        public static final String END = "EndEvent_SupportActionDone";

        private Elements() {
        }
    }

    public static final class Vars {
        public static final String ACCOUNT_EMAIL = "accountEmail";
        public static final String SUPPORT_ACTION = "supportAction";
        public static final String SUPPORT_REASON = "supportReason";
        /** The support agent who started the intervention: set by the system, refused from a caller. */
        public static final String SUPPORT_AGENT = "supportAgent";

        private Vars() {
        }
    }

    /** Values of {@code supportAction}. */
    public enum Action {
        REMOVE_SECOND_FACTOR("Suppression de l'association avec l'application d'authentification"),
        DEACTIVATE("Désactivation du compte"),
        UNLOCK("Déverrouillage du compte"),
        UPDATE_INFORMATION("Modification des informations complémentaires");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
