package org.impexflow.mail;

import java.util.Locale;

/** The language a mail address reads its mails in (the account's choice); French when nobody says. */
public interface RecipientLanguage {

    Locale of(String address);
}
