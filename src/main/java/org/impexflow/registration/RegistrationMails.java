package org.impexflow.registration;

import java.util.HashMap;
import java.util.Map;

import org.impexflow.mail.MailTemplates;
import org.impexflow.mail.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The mails of the account life, written from the templates of {@code mail/account-*.txt}. */
@Component
class RegistrationMails {

    private final MailTemplates templates;
    private final String baseUrl;

    RegistrationMails(MailTemplates templates, @Value("${impexflow.base-url}") String baseUrl) {
        this.templates = templates;
        this.baseUrl = baseUrl;
    }

    OutgoingMail verification(String email, String firstName, String code, String token, String validity) {
        Map<String, Object> model = model(firstName);
        model.put("code", code);
        model.put("link", baseUrl + "/register/verify?token=" + token + "&code=" + code);
        model.put("validity", validity);
        return OutgoingMail.to(email, "Validation de la création de votre compte utilisateur",
                templates.render("account-verification", model));
    }

    OutgoingMail alreadyKnown(String email, String firstName) {
        return OutgoingMail.to(email, "Demande de création de compte pour votre adresse",
                templates.render("account-already-known", model(firstName)));
    }

    OutgoingMail finalisation(String email, String firstName) {
        return OutgoingMail.to(email, "Finalisation de la création de compte",
                templates.render("account-finalisation", model(firstName)));
    }

    OutgoingMail confirmation(String email, String firstName) {
        return OutgoingMail.to(email, "Confirmation de création du compte",
                templates.render("account-confirmation", model(firstName)));
    }

    private Map<String, Object> model(String firstName) {
        Map<String, Object> model = new HashMap<>();
        model.put("firstName", firstName);
        model.put("baseUrl", baseUrl);
        return model;
    }
}
