package org.impexflow.exportdeclaration;

import java.util.Locale;

import org.impexflow.authority.ImportingAuthority;
import org.impexflow.casefile.CaseMails;
import org.impexflow.establishment.Establishment;
import org.impexflow.mail.OutgoingMail;
import org.impexflow.mail.TemplateMails;
import org.impexflow.reference.Countries;
import org.impexflow.reference.Languages;
import org.springframework.stereotype.Component;

/** The mails of the export-declaration process, written from the templates of {@code mail/}. */
@Component
record DeclarationMails(CaseMails mails, Countries countries) {

    static final String PDF = TemplateMails.PDF;

    /**
     * The AEE acknowledges the registration: it shows the status the declaration was registered with,
     * not today's, so that a step that runs again (after a crash) sends the same mail even when the
     * review has started meanwhile.
     */
    OutgoingMail acknowledgement(ExportDeclaration declaration) {
        TemplateMails.Letter letter = toDeclarant(declaration, "export-acknowledgement");
        Locale language = letter.language();
        return letter.with("statusLabel", DeclarationStatus.FILED.label(language))
                .with("summary", summary(declaration, mails.establishment(declaration), language)).mail();
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
            line(summary, language, "case.field.amends", amended(declaration));
        }
        return summary.toString();
    }

    private static void line(StringBuilder text, Locale language, String key, String value) {
        text.append("  ").append(Languages.text(language, key)).append(" : ").append(value).append('\n');
    }

    OutgoingMail notRegistered(String declarantEmail, String medicineName, String destinationCountry,
            String outcome, String explanation) {
        TemplateMails.Letter letter = mails.to(declarantEmail, "export-not-registered");
        // the explanation kept in the case is French; the declarant reads it in the mail's language
        return letter.with("medicineName", medicineName)
                .with("explanation", Languages.textIfAny(letter.language(), "filed.notRequired." + outcome, explanation))
                .with("destination", countries.name(destinationCountry, letter.language())).mail();
    }

    OutgoingMail closedWithoutFollowUp(ExportDeclaration declaration) {
        return toDeclarant(declaration, "export-closed").mail();
    }

    /** A DEC closed because another DEC of the same version was validated meanwhile ({@code inForce}). */
    OutgoingMail overtaken(ExportDeclaration declaration, String inForce) {
        return toDeclarant(declaration, "export-overtaken").with("amended", amended(declaration))
                .with("inForce", inForce).mail();
    }

    /** The numbers of the declarations a DEC amends, in order, separated by commas. */
    private static String amended(ExportDeclaration declaration) {
        return String.join(", ", declaration.getAmends().stream().map(ExportDeclaration::getNumber).sorted().toList());
    }

    OutgoingMail prohibited(ExportDeclaration declaration) {
        return toDeclarant(declaration, "export-prohibited").mail();
    }

    /** The validated declaration with its PDF to the declarant, once: the Message-ID. */
    String sendValidated(ExportDeclaration declaration, byte[] pdf) {
        return toDeclarant(declaration, "export-validated").pdf(declaration.getNumber() + ".pdf", pdf)
                .sendOnce("VALIDATED:" + declaration.getNumber());
    }

    /**
     * To the importing country's authority, in its language (French: the mail in French and English; English:
     * in English), whatever the declarant's, with
     * the link that confirms receipt ({@code receiptUrl}; null when the mail already left and is not sent again).
     */
    OutgoingMail toAuthority(ExportDeclaration declaration, ImportingAuthority authority, byte[] pdf,
            String receiptUrl) {
        return about(declaration, mails.about(declaration, authority.getEmail(), "export-to-authority", authority.getLanguage()))
                .with("authorityName", authority.getName()).with("receiptUrl", receiptUrl == null ? "" : receiptUrl)
                .pdf(declaration.getNumber() + ".pdf", pdf).mail();
    }

    /** A mail to the declarant about the declaration (also the kernel's requests for complement). */
    TemplateMails.Letter toDeclarant(ExportDeclaration declaration, String template) {
        return about(declaration, mails.about(declaration, declaration.getDeclarantEmail(), template));
    }

    /** What every mail about a declaration knows of it, in the mail's language. */
    private TemplateMails.Letter about(ExportDeclaration declaration, TemplateMails.Letter letter) {
        Locale language = letter.language();
        return letter.with("d", declaration).with("typeLabel", declaration.getType().label(language))
                .with("statusLabel", declaration.getStatus().label(language))
                .with("destination", countries.name(declaration.getDestinationCountry(), language))
                .with("destinationEn", countries.name(declaration.getDestinationCountry(), Locale.ENGLISH))
                .with("release", countries.name(declaration.getReleaseCountry(), language));
    }
}
