package org.impexflow.exportdeclaration;

import java.util.HashMap;
import java.util.Map;

import org.impexflow.authority.ImportingAuthority;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.mail.OutgoingMail;
import org.impexflow.mail.MailTemplates;
import org.impexflow.reference.Countries;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

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

    OutgoingMail acknowledgement(ExportDeclaration declaration) {
        return toDeclarant(declaration, "Accusé d'enregistrement électronique (AEE) – déclaration d'exportation N° "
                + declaration.getNumber(), "export-acknowledgement", Map.of());
    }

    OutgoingMail notRegistered(String declarantEmail, String medicineName, String destinationCountry,
            String explanation) {
        Map<String, Object> model = new HashMap<>();
        model.put("medicineName", medicineName);
        model.put("destination", countries.frenchName(destinationCountry));
        model.put("explanation", explanation);
        model.put("baseUrl", baseUrl);
        return OutgoingMail.to(declarantEmail, "Déclaration d'exportation non enregistrée – " + medicineName,
                templates.render("export-not-registered", model));
    }

    OutgoingMail complementRequested(ExportDeclaration declaration, String request, String dueDate) {
        return toDeclarant(declaration, "Complément demandé – déclaration d'exportation N° " + declaration.getNumber(),
                "export-complement-requested", Map.of("request", request, "dueDate", dueDate));
    }

    OutgoingMail complementReminder(ExportDeclaration declaration, String request, String dueDate) {
        return toDeclarant(declaration, "Rappel : complément attendu avant le " + dueDate
                + " – déclaration d'exportation N° " + declaration.getNumber(), "export-complement-reminder",
                Map.of("request", request, "dueDate", dueDate));
    }

    OutgoingMail closedWithoutFollowUp(ExportDeclaration declaration) {
        return toDeclarant(declaration, "Déclaration d'exportation N° " + declaration.getNumber()
                + " classée sans suite", "export-closed", Map.of());
    }

    OutgoingMail prohibited(ExportDeclaration declaration) {
        return toDeclarant(declaration, "Décision de l'ANSM : exportation interdite – déclaration N° "
                + declaration.getNumber(), "export-prohibited", Map.of());
    }

    OutgoingMail validated(ExportDeclaration declaration, byte[] pdf) {
        return toDeclarant(declaration, "Déclaration d'exportation N° " + declaration.getNumber()
                + " visée par l'ANSM", "export-validated", Map.of())
                .with(new OutgoingMail.MailAttachment(declaration.getNumber() + ".pdf", PDF, pdf));
    }

    OutgoingMail toAuthority(ExportDeclaration declaration, ImportingAuthority authority, byte[] pdf) {
        Map<String, Object> model = model(declaration);
        model.put("authorityName", authority.getName());
        return OutgoingMail.to(authority.getEmail(), "Déclaration d'exportation visée N° " + declaration.getNumber()
                + " / Validated export declaration No. " + declaration.getNumber() + " – "
                + declaration.getMedicineName(), templates.render("export-to-authority", model))
                .with(new OutgoingMail.MailAttachment(declaration.getNumber() + ".pdf", PDF, pdf));
    }

    private OutgoingMail toDeclarant(ExportDeclaration declaration, String subject, String template,
            Map<String, Object> extra) {
        Map<String, Object> model = model(declaration);
        model.putAll(extra);
        return OutgoingMail.to(declaration.getDeclarantEmail(), subject, templates.render(template, model));
    }

    private Map<String, Object> model(ExportDeclaration declaration) {
        Establishment establishment = establishments.byId(declaration.getEstablishmentId()).orElseThrow();
        Map<String, Object> model = new HashMap<>();
        model.put("d", declaration);
        model.put("establishment", establishment);
        model.put("typeLabel", declaration.getType().label());
        model.put("statusLabel", declaration.getStatus().label());
        model.put("filedAt", Dates.dayTime(declaration.getFiledAt()));
        model.put("reviewDue", Dates.day(declaration.getReviewDueAt()));
        model.put("decidedAt", Dates.day(declaration.getDecidedAt()));
        model.put("destination", countries.frenchName(declaration.getDestinationCountry()));
        model.put("destinationEn", countries.find(declaration.getDestinationCountry()).map(c -> c.getNameEn())
                .orElse(declaration.getDestinationCountry()));
        model.put("release", countries.frenchName(declaration.getReleaseCountry()));
        model.put("amends", String.join(", ", declaration.getAmends().stream().map(ExportDeclaration::getNumber)
                .sorted().toList()));
        model.put("baseUrl", baseUrl);
        model.put("tasklistUrl", baseUrl + "/camunda/app/tasklist/");
        return model;
    }
}
