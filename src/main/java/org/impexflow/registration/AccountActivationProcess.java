package org.impexflow.registration;

/** Names shared by processes/account-activation.bpmn, its form, the Java code and the tests. */
public final class AccountActivationProcess {

    public static final String KEY = "account-activation";

    private AccountActivationProcess() {
    }

    /** Messages correlated by the registration pages and the login (business key = e-mail). */
    public static final class Messages {
        public static final String VERIFIED = "Message_RegistrationVerified";
        public static final String TOO_MANY_WRONG_CODES = "Message_TooManyWrongCodes";
        public static final String CGU_ACCEPTED = "Message_CguAccepted";
        public static final String CGU_REFUSED = "Message_CguRefused";
        /** « Annuler » on the page of the code or of the CGU. */
        public static final String CANCELLED = "Message_RegistrationCancelled";
        public static final String SECOND_FACTOR_ENROLLED = "Message_SecondFactorEnrolled";

        private Messages() {
        }
    }

    public static final class Elements {
        public static final String WARN_EXISTING = "Task_WarnEmailAlreadyKnown";
        public static final String END_WARNED = "EndEvent_EmailAlreadyKnownWarned";
        public static final String SEND_VERIFICATION = "Task_SendVerificationMail";
        public static final String END_VERIFICATION_SENT = "EndEvent_VerificationMailSent";
        public static final String AWAIT_VERIFICATION = "Gateway_AwaitVerification";
        public static final String VERIFIED = "Event_RegistrationVerified";
        public static final String TOO_MANY_WRONG_CODES = "Event_TooManyWrongCodes";
        public static final String CODE_EXPIRED = "Event_CodeExpired";
        public static final String CANCELLED_BEFORE_VERIFICATION = "Event_CancelledBeforeVerification";
        public static final String AWAIT_CGU = "Gateway_AwaitCgu";
        public static final String CANCELLED_AT_CGU = "Event_CancelledAtCgu";
        public static final String CGU_ACCEPTED = "Event_CguAccepted";
        public static final String CGU_REFUSED = "Event_CguRefused";
        public static final String CGU_NOT_ANSWERED = "Event_CguNotAnswered";
        public static final String DISCARD = "Task_DiscardRegistration";
        public static final String END_DISCARDED = "EndEvent_RegistrationDiscarded";
        public static final String SEND_FINALISATION = "Task_SendFinalisationMail";
        public static final String SECOND_FACTOR_ENROLLED = "Event_SecondFactorEnrolled";
        public static final String SEND_CONFIRMATION = "Task_SendConfirmationMail";
        public static final String COMPLETE_INFORMATION = "Task_CompleteInformation";
        public static final String RECORD_INFORMATION = "Task_RecordInformation";
        public static final String END_ACTIVE = "EndEvent_AccountActive";

        private Elements() {
        }
    }

    public static final class Vars {
        public static final String REGISTRATION_ID = "registrationId";
        public static final String EMAIL = "email";
        public static final String FIRST_NAME = "firstName";
        public static final String LAST_NAME = "lastName";
        public static final String EMAIL_ALREADY_KNOWN = "emailAlreadyKnown";
        /** The language of the registration page ({@code fr} or {@code en}): the mails' and then the account's. */
        public static final String LANGUAGE = "language";
        public static final String CODE_VALIDITY = "codeValidity";
        public static final String CGU_VALIDITY = "cguValidity";
        public static final String DISCARD_REASON = "discardReason";
        // complementary information (form account-information)
        public static final String PHONE = "phone";
        public static final String QUALITY = "quality";
        public static final String SIRET = "siret";
        public static final String COMPANY_NAME = "companyName";
        public static final String ESTABLISHMENT_TYPE = "establishmentType";
        public static final String POSTAL_CODE = "postalCode";
        public static final String ADDRESS = "address";
        public static final String CITY = "city";
        public static final String ADDRESS_COMPLEMENT = "addressComplement";
        public static final String COUNTRY = "country";
        /** The CGU box of the complementary information ("J'ai lu et m'engage à respecter les CGU"). */
        public static final String CGU_ACKNOWLEDGED = "cguAcknowledged";
        /** The confirmation that « Valider » sends the information (no longer editable by the person). */
        public static final String CONFIRMED = "informationConfirmed";

        private Vars() {
        }
    }
}
