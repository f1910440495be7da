package org.impexflow.help;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * ANSM's contacts and personal-data notice, kept in configuration ({@code impexflow.help.*}) so that ANSM
 * changes them without a release: the help page, the login, code and registration pages read them (as
 * {@code @supportContacts} in the templates).
 *
 * @param importMailbox the mailbox of import authorisations (also the one for a lost phone)
 * @param exportMailbox the mailbox of export declarations
 * @param phone the secretariat of the Pôle Importation, Exportation et Qualification des produits de santé
 * @param accountGuideUrl ANSM's published account creation guide, or empty
 * @param userGuideUrl ANSM's published user guide, or empty
 * @param dpoPostalAddress where the data protection officer receives written requests
 * @param dpoEmail the data protection officer's address
 * @param retentionYears how many years the account's data are kept after its deactivation
 */
@Component("supportContacts")
public record SupportContacts(
        @Value("${impexflow.help.import-mailbox}") String importMailbox,
        @Value("${impexflow.help.export-mailbox}") String exportMailbox,
        @Value("${impexflow.help.phone}") String phone,
        @Value("${impexflow.help.account-guide-url:}") String accountGuideUrl,
        @Value("${impexflow.help.user-guide-url:}") String userGuideUrl,
        @Value("${impexflow.help.dpo-postal-address}") String dpoPostalAddress,
        @Value("${impexflow.help.dpo-email}") String dpoEmail,
        @Value("${impexflow.help.retention-years}") int retentionYears) {

    /** The phone number as a {@code tel:} link (digits and a leading +). */
    public String phoneLink() {
        return "tel:" + phone.replaceAll("[^0-9+]", "");
    }
}
