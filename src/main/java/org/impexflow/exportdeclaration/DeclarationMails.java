package org.impexflow.exportdeclaration;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.impexflow.authority.ImportingAuthority;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.mail.OutgoingMail;
import org.impexflow.mail.MailTemplates;
import org.impexflow.reference.Countries;
import org.impexflow.reference.Languages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.impexflow.casefile.CaseDates;

/** The mails of the export-declaration process, written from the templates of {@code mail/}. */
@Component
class DeclarationMails {

    static final String PDF = "application/pdf";

    private final MailTemplates templates;
    private final Countries countries;
    private final Establishments establishments;
    private final String baseUrl;

    DeclarationMails(MailTemplates templates, Countries countries, Establishments establishments,
            @Value("${impexflow.base-url}") String baseUrl) {
        this.templates = templates;
        this.countries = countries;
        this.establishments = establishments;
        this.baseUrl = baseUrl;
    }

    /**
     * The AEE acknowledges the registration: it shows the status the declaration was registered with,
     * not today's, so that a step that runs again (after a crash) sends the same mail even when the
     * review has started meanwhile.
     */
    OutgoingMail acknowledgement(ExportDeclaration declaration) {
        Locale language = templates.languageOf(declaration.getDeclarantEmail());
        Map<String, Object> model = model(declaration, language);
        model.put("statusLabel", DeclarationStatus.FILED.label(language));
        model.put("summary", summary(declaration, (Establishment) model.get("establishment"), language));
        return templates.mail(declaration.getDeclarantEmail(), "export-acknowledgement", language, model);
    }

    /** The declaration's main fields, one "label : value" line each, labelled as the pages label them. */
    private String summary(ExportDeclaration declaration, Establishment establishment, Locale language) {
        StringBuilder summary = new StringBuilder();
        line(summary, language, "case.field.establishment", establishment.getName()
                + (establishment.getSiret() == null ? "" : " (SIRET " + establishment.getSiret() + ")"));
        line(summary, language, "case.field.medicine", declaration.getMedicineName());
        line(summary, language, "case.field.substances", declaration.getActiveSubstances());
        line(summary, language, "case.field.strength", declaration.getStrength());
        line(summary, language, "case.field.form", declaration.getPharmaceuticalForm());
        line(summary, language, "case.field.presentation", declaration.getPresentation());
        line(summary, language, "case.field.releaseCountry", countries.name(declaration.getReleaseCountry(), language));
        line(summary, language, "case.field.destination", countries.name(declaration.getDestinationCountry(), language));
        line(summary, language, "case.field.importer", declaration.getImporterName());
        if (!declaration.getAmends().isEmpty()) {
            line(summary, language, "case.field.amends", String.join(", ", declaration.getAmends().stream()
                    .map(ExportDeclaration::getNumber).sorted().toList()));
        }
        return summary.toString();
    }

    private static void line(StringBuilder text, Locale language, String key, String value) {
        text.append("  ").append(Languages.text(language, key)).append(" : ").append(value).append('\n');
    }

    OutgoingMail notRegistered(String declarantEmail, String medicineName, String destinationCountry,
            String explanation) {
        Map<String, Object> model = new HashMap<>();
        model.put("medicineName", medicineName);
        model.put("destination", countries.name(destinationCountry, templates.languageOf(declarantEmail)));
        model.put("explanation", explanation);
        model.put("baseUrl", baseUrl);
        return templates.mail(declarantEmail, "export-not-registered", model);
    }

    /** {@code byMail}: the declarant has no account and answers by e-mail; support enters the complement. */
    OutgoingMail complementRequested(ExportDeclaration declaration, String request, String dueDate, boolean byMail) {
        return toDeclarant(declaration, "export-complement-requested",
                Map.of("request", request, "dueDate", dueDate, "byMail", byMail));
    }

    OutgoingMail complementReminder(ExportDeclaration declaration, String request, String dueDate, boolean byMail) {
        return toDeclarant(declaration, "export-complement-reminder",
                Map.of("request", request, "dueDate", dueDate, "byMail", byMail));
    }

    OutgoingMail closedWithoutFollowUp(ExportDeclaration declaration) {
        return toDeclarant(declaration, "export-closed", Map.of());
    }

    OutgoingMail prohibited(ExportDeclaration declaration) {
        return toDeclarant(declaration, "export-prohibited", Map.of());
    }

    OutgoingMail validated(ExportDeclaration declaration, byte[] pdf) {
        return toDeclarant(declaration, "export-validated", Map.of())
                .with(new OutgoingMail.MailAttachment(declaration.getNumber() + ".pdf", PDF, pdf));
    }

    /**
     * To the importing country's authority: in French and English, whatever the declarant's language, with
     * the link that confirms receipt ({@code receiptUrl}; null when the mail already left and is not sent again).
     */
    OutgoingMail toAuthority(ExportDeclaration declaration, ImportingAuthority authority, byte[] pdf,
            String receiptUrl) {
        Map<String, Object> model = model(declaration, Locale.FRENCH);
        model.put("authorityName", authority.getName());
        model.put("receiptUrl", receiptUrl == null ? "" : receiptUrl);
        return templates.mail(authority.getEmail(), "export-to-authority", Locale.FRENCH, model)
                .with(new OutgoingMail.MailAttachment(declaration.getNumber() + ".pdf", PDF, pdf));
    }

    private OutgoingMail toDeclarant(ExportDeclaration declaration, String template, Map<String, Object> extra) {
        Locale language = templates.languageOf(declaration.getDeclarantEmail());
        Map<String, Object> model = model(declaration, language);
        model.putAll(extra);
        return templates.mail(declaration.getDeclarantEmail(), template, language, model);
    }

    private Map<String, Object> model(ExportDeclaration declaration, Locale language) {
        Establishment establishment = establishments.byId(declaration.getEstablishmentId()).orElseThrow();
        Map<String, Object> model = new HashMap<>();
        model.put("d", declaration);
        model.put("establishment", establishment);
        model.put("typeLabel", declaration.getType().label(language));
        model.put("statusLabel", declaration.getStatus().label(language));
        model.put("filedAt", CaseDates.dayTime(declaration.getFiledAt()));
        model.put("reviewDue", CaseDates.day(declaration.getReviewDueAt()));
        model.put("decidedAt", CaseDates.day(declaration.getDecidedAt()));
        model.put("destination", countries.name(declaration.getDestinationCountry(), language));
        model.put("destinationEn", countries.name(declaration.getDestinationCountry(), Locale.ENGLISH));
        model.put("release", countries.name(declaration.getReleaseCountry(), language));
        model.put("baseUrl", baseUrl);
        model.put("tasklistUrl", baseUrl + "/camunda/app/tasklist/");
        return model;
    }
}
