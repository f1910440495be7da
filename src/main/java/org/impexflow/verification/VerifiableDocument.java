package org.impexflow.verification;

import java.time.LocalDate;

/**
 * What the public verification page shows of a document: enough to recognise it, nothing about the
 * establishment.
 *
 * @param title        e.g. "Déclaration d'exportation initiale (DEI)"
 * @param number       the number of the document
 * @param medicine     the medicine's name
 * @param destination  the country of destination (in French)
 * @param decidedOn    the date of ANSM's decision
 * @param state        in force, replaced or prohibited
 * @param replacedBy   the number of the document that replaced it, when {@code state} is REPLACED
 */
public record VerifiableDocument(String title, String number, String medicine, String destination,
        LocalDate decidedOn, State state, String replacedBy) {

    public enum State {
        IN_FORCE("En vigueur", "In force"),
        REPLACED("Remplacée par une déclaration plus récente", "Replaced by a later declaration"),
        PROHIBITED("Exportation interdite", "Export prohibited"),
        NOT_IN_FORCE("N'est plus en vigueur", "No longer in force");

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
