package org.impexflow.exportdeclaration;

import org.impexflow.casefile.MailIntake;

/** Process {@code export-declaration-mail-intake}: ANSM support registers a declaration received by e-mail. */
public final class MailIntakeProcess {

    public static final String KEY = "export-declaration-mail-intake";

    private MailIntakeProcess() {
    }

    public static final class Elements {
        public static final String FILE = "Task_FileReceivedDeclaration";
        public static final String END_REGISTERED = "EndEvent_DeclarationRegistered";
        public static final String END_NOT_REQUIRED = "EndEvent_NoDeclarationRequired";
        public static final String GATEWAY_ESTABLISHMENT_REGISTERED = "Gateway_EstablishmentRegisteredByIntake";
        public static final String INVITE_CONTACT = "Task_InviteContact";
        public static final String END_CONTACT_INVITED = "EndEvent_ContactInvited";

        private Elements() {
        }
    }

    /** Its variables: those of every mail intake, and the number of the declaration filed. */
    public static final class Vars extends MailIntake.Vars {
        /** The number of the registered declaration; null when none was required. */
        public static final String DECLARATION_NUMBER = "declarationNumber";

        private Vars() {
        }
    }
}
