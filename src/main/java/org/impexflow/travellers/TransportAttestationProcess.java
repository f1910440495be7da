package org.impexflow.travellers;

import org.impexflow.casefile.CaseProcess;

/** Names shared by processes/transport-attestation.bpmn, the Java code and the tests. */
public final class TransportAttestationProcess {

    public static final String KEY = "transport-attestation";
    public static final String NUMBER_SERIES = "AT";

    private TransportAttestationProcess() {
    }

    public static final class Elements {
        public static final String SEND_ACKNOWLEDGEMENT = "Task_SendAcknowledgement";
        public static final String REVIEW = "Task_ReviewRequest";
        public static final String ISSUE = "Task_IssueAttestation";
        public static final String SEND_ATTESTATION = "Task_SendAttestation";
        public static final String END_ISSUED = "EndEvent_AttestationIssued";
        public static final String REFUSE = "Task_RefuseAttestation";
        public static final String NOTIFY_REFUSAL = "Task_NotifyRefusal";
        public static final String END_REFUSED = "EndEvent_AttestationRefused";

        private Elements() {
        }
    }

    public static final class Vars extends CaseProcess.ReviewVars {
        public static final String ATTESTATION_ID = "attestationId";
        public static final String ATTESTATION_NUMBER = "attestationNumber";
        public static final String TRAVELLER = "travellerName";
        public static final String DESTINATION_NAME = "destinationCountryName";
        public static final String MEDICINE_NAME = "medicineName";
        public static final String REQUEST_SUMMARY = "requestSummary";
        public static final String PRESCRIPTION_URL = "prescriptionUrl";

        private Vars() {
        }
    }

    /** Values of {@code reviewDecision}. */
    public enum ReviewDecision {
        ISSUE, REFUSE
    }
}
