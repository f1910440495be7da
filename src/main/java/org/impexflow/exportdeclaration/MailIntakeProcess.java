package org.impexflow.exportdeclaration;

/** Process {@code export-declaration-mail-intake}: ANSM support registers a declaration received by e-mail. */
public final class MailIntakeProcess {

    public static final String KEY = "export-declaration-mail-intake";

    private MailIntakeProcess() {
    }

    public static final class Elements {
        public static final String START = "StartEvent_DeclarationMailReceived";
        public static final String FILE = "Task_FileReceivedDeclaration";
        public static final String GATEWAY_REGISTERED = "Gateway_DeclarationRegistered";
        public static final String END_REGISTERED = "EndEvent_DeclarationRegistered";
        public static final String END_NOT_REQUIRED = "EndEvent_NoDeclarationRequired";
        public static final String GATEWAY_ESTABLISHMENT_REGISTERED = "Gateway_EstablishmentRegisteredByIntake";
        public static final String INVITE_CONTACT = "Task_InviteContact";
        public static final String END_CONTACT_INVITED = "EndEvent_ContactInvited";

        private Elements() {
        }
    }

    public static final class Vars {
        /** The support agent who entered it (initiator). */
        public static final String SUPPORT_AGENT = "supportAgent";
        public static final String SENDER_EMAIL = "senderEmail";
        public static final String MAIL_RECEIVED_ON = "mailReceivedOn";
        public static final String RECEIVED_FILES = "receivedFiles";
        /** The number of the registered declaration; null when none was required. */
        public static final String DECLARATION_NUMBER = "declarationNumber";
        /** An establishment not yet registered under the SIRET: support registers it with these. */
        public static final String ESTABLISHMENT_NAME = "establishmentName";
        public static final String ESTABLISHMENT_ADDRESS = "establishmentAddress";
        public static final String ESTABLISHMENT_POSTAL_CODE = "establishmentPostalCode";
        public static final String ESTABLISHMENT_CITY = "establishmentCity";
        /** Its contact: receives the AEE, the decisions and the invitation to create an account. */
        public static final String CONTACT_EMAIL = "contactEmail";
        /** Set by the filing: whether the establishment was registered by this intake. */
        public static final String ESTABLISHMENT_REGISTERED = "establishmentRegistered";

        private Vars() {
        }
    }
}
