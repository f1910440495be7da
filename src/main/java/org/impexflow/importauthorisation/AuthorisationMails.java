package org.impexflow.importauthorisation;

import java.util.Locale;

import org.impexflow.casefile.CaseDates;
import org.impexflow.casefile.CaseMails;
import org.impexflow.mail.OutgoingMail;
import org.impexflow.mail.TemplateMails;
import org.impexflow.reference.Countries;
import org.springframework.stereotype.Component;

/** The mails of the import-authorisation process, written from the templates {@code mail/import-*.txt}. */
@Component
record AuthorisationMails(CaseMails mails, Countries countries) {

    /**
     * Acknowledges the registration: the status shown is the one the request was registered with, not
     * today's, so that a step that runs again (after a crash) sends the same mail.
     */
    OutgoingMail acknowledgement(ImportAuthorisation authorisation) {
        TemplateMails.Letter letter = toDeclarant(authorisation, "import-acknowledgement");
        return letter.with("statusLabel", AuthorisationStatus.FILED.label(letter.language())).mail();
    }

    OutgoingMail closedWithoutFollowUp(ImportAuthorisation authorisation) {
        return toDeclarant(authorisation, "import-closed").mail();
    }

    OutgoingMail refused(ImportAuthorisation authorisation) {
        return toDeclarant(authorisation, "import-refused").mail();
    }

    OutgoingMail granted(ImportAuthorisation authorisation, byte[] pdf) {
        return toDeclarant(authorisation, "import-granted").pdf(authorisation.getNumber() + ".pdf", pdf).mail();
    }

    /**
     * What every mail to the declarant knows of the authorisation, in the declarant's language (also the
     * kernel's requests for complement).
     */
    TemplateMails.Letter toDeclarant(ImportAuthorisation a, String template) {
        TemplateMails.Letter letter = mails.about(a, a.getDeclarantEmail(), template);
        Locale language = letter.language();
        return letter.with("a", a).with("statusLabel", a.getStatus().label(language))
                .with("validUntil", CaseDates.day(a.getValidUntil()))
                .with("provenance", countries.name(a.getProvenanceCountry(), language))
                .with("origin", countries.name(a.getOriginCountry(), language))
                .with("quantity", AuthorisationSummary.quantity(a, language))
                .with("purpose", AuthorisationSummary.purpose(a, language))
                .with("caseUrl", mails.url("/mes-declarations/autorisations-importation/" + a.getNumber()));
    }
}
