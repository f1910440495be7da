package org.impexflow.importauthorisation;

import org.impexflow.casefile.MailIntake;

/** Process {@code import-authorisation-mail-intake}: ANSM support registers an import request received by e-mail. */
public final class ImportMailIntakeProcess {

    public static final String KEY = "import-authorisation-mail-intake";

    private ImportMailIntakeProcess() {
    }

    public static final class Elements {
        public static final String FILE = "Task_FileReceivedRequest";
        public static final String GATEWAY_ESTABLISHMENT_REGISTERED = "Gateway_EstablishmentRegisteredByIntake";
        public static final String END_REGISTERED = "EndEvent_RequestRegistered";
        public static final String INVITE_CONTACT = "Task_InviteContact";
        public static final String END_CONTACT_INVITED = "EndEvent_ContactInvited";

        private Elements() {
        }
    }

    /** Its variables: those of every mail intake, and the number of the request filed. */
    public static final class Vars extends MailIntake.Vars {
        public static final String AUTHORISATION_NUMBER = ImportAuthorisationProcess.Vars.AUTHORISATION_NUMBER;

        private Vars() {
        }
    }
}
