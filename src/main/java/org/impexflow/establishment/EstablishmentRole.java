package org.impexflow.establishment;

import java.util.Locale;

/** What an account may do for its establishment: a manager also decides who joins and removes members. */
public enum EstablishmentRole {
    MEMBER("Membre", "Member"),
    MANAGER("Gestionnaire", "Manager");

    private final String french;
    private final String english;

    EstablishmentRole(String french, String english) {
        this.french = french;
        this.english = english;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : french;
    }
}
