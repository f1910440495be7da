package org.impexflow.verification;

import java.time.LocalDate;

/**
 * What the public verification page shows of a document: enough to recognise it, nothing about the
 * establishment.
 *
 * @param french       the document's title and its country, in French (e.g. "Déclaration d'exportation initiale
 *                     (DEI)", "Sénégal")
 * @param english      the same in English, for the page in English (an importing country's authority reads it)
 * @param number       the number of the document
 * @param medicine     the medicine's name
 * @param countryLabel the message key that names the country's row (destination of an export, provenance of an import)
 * @param decidedOn    the date of ANSM's decision
 * @param validUntil   the last day of validity, for a document that has one (an import authorisation)
 * @param state        in force, replaced, prohibited, used up or expired
 * @param replacedBy   when {@code state} is REPLACED, the number of the version in force at the end of its chain
 *                     (not the version that replaced it, itself replaced since); null when none is in force
 * @param stateDate    the date that goes with the state: since when it is withdrawn or prohibited, until
 *                     when it is suspended; null for the others
 */
public record VerifiableDocument(Said french, Said english, String number, String medicine, String countryLabel,
        LocalDate decidedOn, LocalDate validUntil, State state, String replacedBy, LocalDate stateDate) {

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
            .ofPattern("dd/MM/yyyy");

    /** A document's title and country in one language. */
    public record Said(String title, String country) {
    }

    /** The same document in another state, e.g. suspended until a day. */
    public VerifiableDocument in(State newState, LocalDate date) {
        return new VerifiableDocument(french, english, number, medicine, countryLabel, decidedOn, validUntil, newState,
                replacedBy, date);
    }

    /** The title in French. */
    public String title() {
        return french.title();
    }

    /** The country in French. */
    public String country() {
        return french.country();
    }

    /** The title and country as the page says them in {@code language} ("en" or French). */
    public Said said(String language) {
        return "en".equals(language) ? english : french;
    }

    /** The state as the page says it, with its date: "Suspendue jusqu'au 31/12/2026", "Withdrawn on …". */
    public String stateText(String language) {
        boolean english = "en".equals(language);
        String text = english ? state.english() : state.french();
        if (stateDate == null || state.dateWord(english) == null) {
            return text;
        }
        return text + " " + state.dateWord(english) + " " + DAY.format(stateDate);
    }

    /** Row label of the destination country of an export. */
    public static final String DESTINATION = "verification.destination";
    /** Row label of the country of provenance of an import. */
    public static final String PROVENANCE = "verification.provenance";

    public enum State {
        IN_FORCE("En vigueur", "In force"),
        REPLACED("Remplacée par une déclaration plus récente", "Replaced by a later declaration"),
        WITHDRAWN("Retirée", "Withdrawn", "le", "on"),
        SUSPENDED("Suspendue", "Suspended", "jusqu'au", "until"),
        PROHIBITED("Interdite", "Prohibited", "depuis le", "since"),
        NOT_IN_FORCE("N'est plus en vigueur", "No longer in force"),
        USED_UP("Soldée : la quantité ou le nombre d'opérations autorisés est atteint",
                "Used up: the authorised quantity or number of operations has been reached"),
        EXPIRED("Expirée : la durée de validité est passée", "Expired: the period of validity has ended");

        private final String french;
        private final String english;
        private final String frenchDateWord;
        private final String englishDateWord;

        State(String french, String english) {
            this(french, english, null, null);
        }

        State(String french, String english, String frenchDateWord, String englishDateWord) {
            this.french = french;
            this.english = english;
            this.frenchDateWord = frenchDateWord;
            this.englishDateWord = englishDateWord;
        }

        String dateWord(boolean english) {
            return english ? englishDateWord : frenchDateWord;
        }

        public String french() {
            return french;
        }

        public String english() {
            return english;
        }
    }
}
