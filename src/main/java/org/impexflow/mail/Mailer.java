package org.impexflow.mail;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.activation.FileTypeMap;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.ConfigurableMimeFileTypeMap;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends the system's mails, each at most once per key. Callers run in a job of the engine
 * (an asynchronous continuation), never in the user's transaction: when the SMTP server is down,
 * the exception fails the job, which the engine retries and finally shows as an incident.
 *
 * <p>A mail's identity is its Message-ID, derived from its key: a step that runs again sends the same
 * Message-ID. The one window left is between the SMTP server's acceptance and the record of the mail
 * (a node that dies there): the step then runs again and the same mail is delivered again, a
 * redelivery that the receiving server can tell by its Message-ID (docs/architecture.md).
 */
@Service
public class Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);

    private final JavaMailSender sender;
    private final SentMailLog log;
    private final MailSettings settings;
    private final SmtpDeadline deadline;
    private final Counter sent;
    private final Counter failed;

    Mailer(JavaMailSender sender, SentMailLog log, MailSettings settings, SmtpDeadline deadline,
            MeterRegistry meters) {
        this.sender = sender;
        this.log = log;
        this.settings = settings;
        this.deadline = deadline;
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
        MimeMessage message = toMime(mail, messageId);
        JobLock.ensureTimeFor(dedupKey, settings.sendTimeout());
        handOver(dedupKey, message, messageId);
        sent.increment();
        record(dedupKey, mail, messageId);
        LOG.info("Mail {} sent to {}: {}", dedupKey, mail.to(), mail.subject());
        return messageId;
    }

    /** Records the mail; finding it recorded by another run of the same step means it was delivered twice. */
    private void record(String dedupKey, OutgoingMail mail, String messageId) {
        try {
            log.record(dedupKey, String.join(", ", mail.to()), mail.subject(), messageId);
        } catch (DataIntegrityViolationException e) {
            if (log.find(dedupKey).isEmpty()) {
                throw e;
            }
            LOG.warn("Mail {} was also sent by another run of its step: delivered again as {}", dedupKey, messageId);
        }
    }

    /** Returns once the SMTP server accepted the mail; fails when it did not, or not within the send timeout. */
    private void handOver(String dedupKey, MimeMessage message, String messageId) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("Mail {} handed to the SMTP server as {}{}", dedupKey, messageId,
                    JobLock.timeLeft().map(left -> ", job lock " + left.toMillis() + " ms left").orElse(""));
        }
        SmtpDeadline.Exchange exchange = deadline.start(settings.sendTimeout());
        try {
            sender.send(message);
        } catch (MailSendException e) {
            if (e.getFailedMessages().isEmpty()) {
                // Spring reports so a failure to close the connection after the server accepted every message
                LOG.warn("Mail {} accepted by the SMTP server; closing the connection failed: {}", dedupKey,
                        e.getMessage());
                return;
            }
            failed.increment();
            if (exchange.expired()) {
                throw new MailSendException("Mail " + dedupKey + ": SMTP exchange cut after " + exchange.limit()
                        + " (impexflow.mail.send-timeout)", e);
            }
            throw e;
        } catch (RuntimeException e) {
            failed.increment();
            throw e;
        } finally {
            exchange.close();
        }
    }

    /** Whether a mail with this key already left (the SMTP server accepted it). */
    public boolean alreadySent(String dedupKey) {
        return log.find(dedupKey).isPresent();
    }

    private MimeMessage toMime(OutgoingMail mail, String messageId) {
        MimeMessage message = new FixedIdMimeMessage(sender.createMimeMessage(), messageId);
        try {
            MimeMessageHelper helper = new SharedTypesHelper(message, !mail.attachments().isEmpty());
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
        return "<" + DigestUtils.sha256Hex(dedupKey).substring(0, 32) + "@impexflow>";
    }

    /**
     * Jakarta Mail finds its stream provider anew for every header it encodes or decodes (a subject, a name,
     * a body part), by a ServiceLoader scan of every jar on the classpath, unless a system property names it:
     * named here, once, when it is Angus Mail's and nobody named another.
     */
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
    private static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    static {
        if (System.getProperty(STREAM_PROVIDER) == null) {
            try {
                Class.forName(ANGUS_STREAM_PROVIDER, false, Mailer.class.getClassLoader());
                System.setProperty(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
            } catch (ClassNotFoundException e) {
                LOG.warn("Jakarta Mail's stream provider {} not found: looked up for each header", ANGUS_STREAM_PROVIDER);
            }
        }
    }

    /** Content types of attachments by file name, read once from the classpath: Spring reads them per message. */
    private static final FileTypeMap FILE_TYPES = fileTypes();

    private static FileTypeMap fileTypes() {
        ConfigurableMimeFileTypeMap types = new ConfigurableMimeFileTypeMap();
        types.afterPropertiesSet();
        return types;
    }

    /** A helper that takes the shared content types instead of reading Spring's mime.types for each mail. */
    private static final class SharedTypesHelper extends MimeMessageHelper {
        SharedTypesHelper(MimeMessage message, boolean multipart) throws MessagingException {
            super(message, multipart, StandardCharsets.UTF_8.name());
        }

        @Override
        protected FileTypeMap getDefaultFileTypeMap(MimeMessage message) {
            return FILE_TYPES;
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
