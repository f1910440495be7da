package org.impexflow.mail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The one way to send a mail of a template ({@link MailTemplates}): to whom, which template (its first line
 * is the subject), in which language (the address's by default), the model, the attachments, and the key
 * that sends it once ({@link Mailer#sendOnce}). Every model holds {@code baseUrl} and {@code tasklistUrl};
 * a caller adds only its own values:
 *
 * <pre>
 * mails.to(address, "membership-approved").with("name", name).sendOnce("MEMBERSHIP-APPROVED:" + id);
 * </pre>
 */
@Service
public class TemplateMails {

    public static final String PDF = "application/pdf";

    private final MailTemplates templates;
    private final Mailer mailer;
    private final String baseUrl;

    TemplateMails(MailTemplates templates, Mailer mailer, @Value("${impexflow.base-url}") String baseUrl) {
        this.templates = templates;
        this.mailer = mailer;
        this.baseUrl = baseUrl;
    }

    /** The address of the application, as links in mails start. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The language mails to this address are written in (the account's, else French). */
    public Locale languageOf(String address) {
        return templates.languageOf(address);
    }

    /** A mail of a template to an address, in the language of that address. */
    public Letter to(String address, String template) {
        return to(address, template, templates.languageOf(address));
    }

    /** A mail of a template to an address, in a given language. */
    public Letter to(String address, String template, Locale language) {
        return new Letter(address, template, language);
    }

    /** Sends a mail written otherwise, unless a mail with the same key already left. */
    public String sendOnce(String key, OutgoingMail mail) {
        return mailer.sendOnce(key, mail);
    }

    /** A mail being written: its model and attachments, then written ({@link #mail()}) or sent once. */
    public final class Letter {

        private final String to;
        private final String template;
        private final Locale language;
        private final Map<String, Object> model = new HashMap<>();
        private final List<OutgoingMail.MailAttachment> attachments = new ArrayList<>();

        private Letter(String to, String template, Locale language) {
            this.to = to;
            this.template = template;
            this.language = language;
            model.put("baseUrl", baseUrl);
            model.put("tasklistUrl", baseUrl + "/camunda/app/tasklist/");
        }

        /** The language the mail is written in. */
        public Locale language() {
            return language;
        }

        public Letter with(String name, Object value) {
            model.put(name, value);
            return this;
        }

        public Letter with(Map<String, ?> values) {
            model.putAll(values);
            return this;
        }

        /** A PDF attached under a file name. */
        public Letter pdf(String fileName, byte[] content) {
            attachments.add(new OutgoingMail.MailAttachment(fileName, PDF, content));
            return this;
        }

        /** The mail as written: subject and text from the template, with its attachments. */
        public OutgoingMail mail() {
            OutgoingMail mail = templates.mail(to, template, language, model);
            for (OutgoingMail.MailAttachment attachment : attachments) {
                mail = mail.with(attachment);
            }
            return mail;
        }

        /**
         * Sends the mail unless a mail with this key already left ({@link Mailer#sendOnce}).
         *
         * @return the Message-ID of the mail, sent now or earlier
         */
        public String sendOnce(String key) {
            return mailer.sendOnce(key, mail());
        }
    }
}
