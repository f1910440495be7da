package org.impexflow.personaldata;

/**
 * Process {@code personal-data-correction}: a person asks, from "Mes données", for a correction of what the
 * application keeps about them; ANSM support handles it and answers; the person is told by mail.
 */
public final class PersonalDataCorrectionProcess {

    public static final String KEY = "personal-data-correction";

    private PersonalDataCorrectionProcess() {
    }

    public static final class Elements {
        public static final String HANDLE = "Task_HandleCorrectionRequest";
        public static final String NOTIFY = "Task_NotifyCorrectionAnswer";
        public static final String END = "EndEvent_RequesterInformed";

        private Elements() {
        }
    }

    public static final class Vars {
        /** Who asks: set by the system from the authenticated person, refused when a caller sends it. */
        public static final String REQUESTER = "correctionRequester";
        public static final String REQUESTER_NAME = "requesterName";
        public static final String REQUESTED_AT = "requestedAt";
        /** What the person asks to correct, as typed. */
        public static final String REQUEST = "correctionRequest";
        /** Who asks and what, as escaped Markdown for support's form. */
        public static final String SUMMARY = "correctionRequestMarkdown";
        /** {@code CORRECTED} or {@code REFUSED}. */
        public static final String OUTCOME = "correctionOutcome";
        /** Support's answer, mailed to the person. */
        public static final String ANSWER = "correctionAnswer";

        private Vars() {
        }
    }

    /** The outcome's values. */
    public static final String CORRECTED = "CORRECTED";
    public static final String REFUSED = "REFUSED";

    /** The business key: the requesting account. */
    static String businessKey(String userId) {
        return "RECTIFICATION-" + userId;
    }
}
