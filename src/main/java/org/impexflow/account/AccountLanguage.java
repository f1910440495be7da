package org.impexflow.account;

import java.util.Locale;

import org.impexflow.mail.RecipientLanguage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Mails to an account's address are written in the account's language; any other address reads French. */
@Component
class AccountLanguage implements RecipientLanguage {

    private final AccountRepository accounts;

    AccountLanguage(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Locale of(String address) {
        return address == null ? Locale.FRENCH
                : accounts.findById(address.trim().toLowerCase(Locale.ROOT)).map(Account::getLanguage)
                        .orElse(Locale.FRENCH);
    }
}
