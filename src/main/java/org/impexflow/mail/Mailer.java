package org.impexflow.mail;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends the system's mails, each at most once per key. Callers run in a job of the engine
 * (an asynchronous continuation), never in the user's transaction: when the SMTP server is down,
 * the exception fails the job, which the engine retries and finally shows as an incident.
 */
@Service
public class Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);

    private final JavaMailSender sender;
    private final SentMailLog log;
    private final MailSettings settings;
    private final Counter sent;
    private final Counter failed;

    Mailer(JavaMailSender sender, SentMailLog log, MailSettings settings, MeterRegistry meters) {
        this.sender = sender;
        this.log = log;
        this.settings = settings;
        this.sent = Counter.builder("impexflow.mails.sent").description("Mails accepted by the SMTP server")
                .register(meters);
        this.failed = Counter.builder("impexflow.mails.failed")
                .description("Attempts to send a mail that failed (the step is retried)").register(meters);
    }

    /**
     * Sends the mail unless a mail with the same key was already sent.
     *
     * @param dedupKey what makes this mail unique, e.g. {@code AEE:2026-11-0001}
     * @return the Message-ID of the mail, sent now or earlier
     */
    public String sendOnce(String dedupKey, OutgoingMail mail) {
        Optional<SentMail> earlier = log.find(dedupKey);
        if (earlier.isPresent()) {
            LOG.info("Mail {} already sent at {} ({}), not sent again", dedupKey, earlier.get().getSentAt(),
                    earlier.get().getMessageId());
            return earlier.get().getMessageId();
        }
        String messageId = messageId(dedupKey);
        try {
            sender.send(toMime(mail, messageId));
        } catch (RuntimeException e) {
            failed.increment();
            throw e;
        }
        sent.increment();
        log.record(dedupKey, String.join(", ", mail.to()), mail.subject(), messageId);
        LOG.info("Mail {} sent to {}: {}", dedupKey, mail.to(), mail.subject());
        return messageId;
    }

    /** Whether a mail with this key already left (the SMTP server accepted it). */
    public boolean alreadySent(String dedupKey) {
        return log.find(dedupKey).isPresent();
    }

    private MimeMessage toMime(OutgoingMail mail, String messageId) {
        MimeMessage message = new FixedIdMimeMessage(sender.createMimeMessage(), messageId);
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, !mail.attachments().isEmpty(),
                    StandardCharsets.UTF_8.name());
            helper.setFrom(settings.from());
            helper.setTo(mail.to().toArray(String[]::new));
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), false);
            for (OutgoingMail.MailAttachment attachment : mail.attachments()) {
                helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
                        attachment.contentType());
            }
            return message;
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
    }

    /** A stable Message-ID per key, so that the recipient's server can tell a duplicate. */
    private String messageId(String dedupKey) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(dedupKey.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(hash, 0, 16) + "@impexflow>";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps the Message-ID we chose instead of the one Jakarta Mail generates when saving. */
    private static final class FixedIdMimeMessage extends MimeMessage {
        private final String messageId;

        FixedIdMimeMessage(MimeMessage base, String messageId) {
            super(base.getSession());
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
