package org.impexflow.verification;

import java.time.LocalDate;

/**
 * What the public verification page shows of a document: enough to recognise it, nothing about the
 * establishment.
 *
 * @param title        e.g. "Déclaration d'exportation initiale (DEI)"
 * @param number       the number of the document
 * @param medicine     the medicine's name
 * @param countryLabel the message key that names the country's row (destination of an export, provenance of an import)
 * @param country      that country (in French)
 * @param decidedOn    the date of ANSM's decision
 * @param validUntil   the last day of validity, for a document that has one (an import authorisation)
 * @param state        in force, replaced, prohibited, used up or expired
 * @param replacedBy   the number of the document that replaced it, when {@code state} is REPLACED
 */
public record VerifiableDocument(String title, String number, String medicine, String countryLabel, String country,
        LocalDate decidedOn, LocalDate validUntil, State state, String replacedBy) {

    /** Row label of the destination country of an export. */
    public static final String DESTINATION = "verification.destination";
    /** Row label of the country of provenance of an import. */
    public static final String PROVENANCE = "verification.provenance";

    public enum State {
        IN_FORCE("En vigueur", "In force"),
        REPLACED("Remplacée par une déclaration plus récente", "Replaced by a later declaration"),
        PROHIBITED("Exportation interdite", "Export prohibited"),
        NOT_IN_FORCE("N'est plus en vigueur", "No longer in force"),
        USED_UP("Soldée : la quantité ou le nombre d'opérations autorisés est atteint",
                "Used up: the authorised quantity or number of operations has been reached"),
        EXPIRED("Expirée : la durée de validité est passée", "Expired: the period of validity has ended");

        private final String french;
        private final String english;

        State(String french, String english) {
            this.french = french;
            this.english = english;
        }

        public String french() {
            return french;
        }

        public String english() {
            return english;
        }
    }
}
