package org.impexflow.registration;

import java.util.HashMap;
import java.util.Locale;
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

    OutgoingMail verification(String email, String firstName, String code, String token, long hours,
            Locale language) {
        Map<String, Object> model = model(firstName);
        model.put("code", code);
        model.put("link", baseUrl + "/register/verify?token=" + token + "&code=" + code);
        model.put("hours", hours);
        return templates.mail(email, "account-verification", language, model);
    }

    OutgoingMail alreadyKnown(String email, String firstName, Locale language) {
        return templates.mail(email, "account-already-known", language, model(firstName));
    }

    OutgoingMail finalisation(String email, String firstName, Locale language) {
        return templates.mail(email, "account-finalisation", language, model(firstName));
    }

    OutgoingMail confirmation(String email, String firstName, Locale language) {
        return templates.mail(email, "account-confirmation", language, model(firstName));
    }

    /** The language of an activation: the registration page's, French for one started before it was recorded. */
    static Locale language(org.camunda.bpm.engine.delegate.VariableScope execution) {
        return org.impexflow.reference.Languages.of((String) execution.getVariable(AccountActivationProcess.Vars.LANGUAGE));
    }

    private Map<String, Object> model(String firstName) {
        Map<String, Object> model = new HashMap<>();
        model.put("firstName", firstName);
        model.put("baseUrl", baseUrl);
        return model;
    }
}
