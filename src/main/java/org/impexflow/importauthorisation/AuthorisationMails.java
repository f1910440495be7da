package org.impexflow.importauthorisation;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.impexflow.casefile.CaseDates;
import org.impexflow.establishment.Establishments;
import org.impexflow.mail.MailTemplates;
import org.impexflow.mail.OutgoingMail;
import org.impexflow.reference.Countries;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The mails of the import-authorisation process, written from the templates {@code mail/import-*.txt}. */
@Component
class AuthorisationMails {

    static final String PDF = "application/pdf";

    private final MailTemplates templates;
    private final Countries countries;
    private final Establishments establishments;
    private final String baseUrl;

    AuthorisationMails(MailTemplates templates, Countries countries, Establishments establishments,
            @Value("${impexflow.base-url}") String baseUrl) {
        this.templates = templates;
        this.countries = countries;
        this.establishments = establishments;
        this.baseUrl = baseUrl;
    }

    /**
     * Acknowledges the registration: the status shown is the one the request was registered with, not
     * today's, so that a step that runs again (after a crash) sends the same mail.
     */
    OutgoingMail acknowledgement(ImportAuthorisation authorisation) {
        return toDeclarant(authorisation, "import-acknowledgement", Map.of("statusLabel",
                AuthorisationStatus.FILED.label(templates.languageOf(authorisation.getDeclarantEmail()))));
    }

    OutgoingMail complementRequested(ImportAuthorisation authorisation, String request, String dueDate) {
        return toDeclarant(authorisation, "import-complement-requested", Map.of("request", request, "dueDate", dueDate));
    }

    OutgoingMail complementReminder(ImportAuthorisation authorisation, String request, String dueDate) {
        return toDeclarant(authorisation, "import-complement-reminder", Map.of("request", request, "dueDate", dueDate));
    }

    OutgoingMail closedWithoutFollowUp(ImportAuthorisation authorisation) {
        return toDeclarant(authorisation, "import-closed", Map.of());
    }

    OutgoingMail refused(ImportAuthorisation authorisation) {
        return toDeclarant(authorisation, "import-refused", Map.of());
    }

    OutgoingMail granted(ImportAuthorisation authorisation, byte[] pdf) {
        return toDeclarant(authorisation, "import-granted", Map.of())
                .with(new OutgoingMail.MailAttachment(authorisation.getNumber() + ".pdf", PDF, pdf));
    }

    private OutgoingMail toDeclarant(ImportAuthorisation a, String template, Map<String, Object> extra) {
        Locale language = templates.languageOf(a.getDeclarantEmail());
        Map<String, Object> model = new HashMap<>();
        model.put("a", a);
        model.put("establishment", establishments.byId(a.getEstablishmentId()).orElseThrow());
        model.put("statusLabel", a.getStatus().label(language));
        model.put("filedAt", CaseDates.dayTime(a.getFiledAt()));
        model.put("reviewDue", CaseDates.day(a.getReviewDueAt()));
        model.put("decidedAt", CaseDates.day(a.getDecidedAt()));
        model.put("validUntil", CaseDates.day(a.getValidUntil()));
        model.put("provenance", countries.name(a.getProvenanceCountry(), language));
        model.put("origin", countries.name(a.getOriginCountry(), language));
        model.put("quantity", AuthorisationSummary.quantity(a, language));
        model.put("purpose", AuthorisationSummary.purpose(a, language));
        model.put("caseUrl", baseUrl + "/mes-declarations/autorisations-importation/" + a.getNumber());
        model.put("baseUrl", baseUrl);
        model.put("tasklistUrl", baseUrl + "/camunda/app/tasklist/");
        model.putAll(extra);
        return templates.mail(a.getDeclarantEmail(), template, language, model);
    }
}
