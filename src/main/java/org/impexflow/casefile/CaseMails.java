package org.impexflow.casefile;

import java.util.Locale;

import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.mail.TemplateMails;
import org.springframework.stereotype.Component;

/**
 * A mail about a case ({@link TemplateMails}), whatever its kind: its model knows from the register the
 * case's {@code establishment}, when it was filed ({@code filedAt}), when its review is due
 * ({@code reviewDue}) and when it was decided ({@code decidedAt}). The procedure adds its own values (its
 * entity, its status label, its countries) and sends it once under its key.
 */
@Component
public record CaseMails(TemplateMails mails, Establishments establishments) {

    /** A mail of a procedure about no case (one not registered), in the language of the address. */
    public TemplateMails.Letter to(String to, String template) {
        return mails.to(to, template);
    }

    /** A mail about the case to an address, in the language of that address. */
    public TemplateMails.Letter about(CaseFile c, String to, String template) {
        return about(c, mails.to(to, template));
    }

    /** A mail about the case to an address, in a given language. */
    public TemplateMails.Letter about(CaseFile c, String to, String template, Locale language) {
        return about(c, mails.to(to, template, language));
    }

    /** The case's establishment (the operator of an annual declaration). */
    public Establishment establishment(CaseFile c) {
        return establishments.byId(c.getEstablishmentId()).orElseThrow();
    }

    /** An address of the application: {@code path} after the base address. */
    public String url(String path) {
        return mails.baseUrl() + path;
    }

    private TemplateMails.Letter about(CaseFile c, TemplateMails.Letter letter) {
        return letter.with("establishment", establishment(c)).with("filedAt", CaseDates.dayTime(c.getFiledAt()))
                .with("reviewDue", CaseDates.day(c.getDueAt())).with("decidedAt", CaseDates.day(c.getDecidedAt()));
    }
}
