package org.impexflow.mail;

import java.util.Locale;
import java.util.Map;

import org.impexflow.reference.Languages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes mails from the plain-text templates of {@code src/main/resources/mail/}: {@code mail/x.txt} in
 * French, {@code mail/en/x.txt} in English. A template's first line is the subject, the rest the body;
 * {@code #{key}} reads the texts the pages use ({@code messages*.properties}).
 */
@Component
public class MailTemplates {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final ObjectProvider<RecipientLanguage> languages;

    MailTemplates(MessageSource messages, ObjectProvider<RecipientLanguage> languages) {
        this.languages = languages;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
    }

    /** The language mails to this address are written in (the account's, else French). */
    public Locale languageOf(String address) {
        RecipientLanguage language = languages.getIfAvailable();
        return language == null ? Locale.FRENCH : Languages.of(language.of(address));
    }

    /** The mail of a template to an address, in the language of that address. */
    public OutgoingMail mail(String to, String template, Map<String, Object> model) {
        return mail(to, template, languageOf(to), model);
    }

    /** The mail of a template in a given language. */
    public OutgoingMail mail(String to, String template, Locale language, Map<String, Object> model) {
        String text = render(template, language, model);
        int endOfSubject = text.indexOf('\n');
        if (endOfSubject < 0) {
            throw new IllegalStateException("Mail template " + template + " has no body after its subject line");
        }
        return OutgoingMail.to(to, text.substring(0, endOfSubject).strip(),
                text.substring(endOfSubject + 1).replaceFirst("^\\s*\\n", ""));
    }

    String render(String template, Locale language, Map<String, Object> model) {
        Locale locale = Languages.of(language);
        return engine.process(Languages.isEnglish(locale) ? "en/" + template : template, new Context(locale, model));
    }
}
