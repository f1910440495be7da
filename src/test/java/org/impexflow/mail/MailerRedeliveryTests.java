package org.impexflow.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.Mails;
import org.impexflow.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The guarantee of {@link Mailer#sendOnce}, on the SMTP server of the tests: a mail step that runs again
 * after a crash between the server's acceptance and the record of the mail delivers the same mail (same
 * Message-ID, subject, text and attachment) and nothing else; once recorded, nothing leaves again; an
 * exchange that outlasts the send timeout is cut.
 */
@ImpexflowSpringTest
class MailerRedeliveryTests {

    @Autowired
    JavaMailSender sender;
    @Autowired
    SentMailRepository repository;
    @Autowired
    SentMailLog log;
    @Autowired
    MailSettings settings;
    @Autowired
    SmtpDeadline deadline;
    @Autowired
    Mailer mailer;

    @Test
    void aStepRunAgainAfterACrashBeforeTheRecordDeliversTheSameMailAndNothingElse() throws Exception {
        String recipient = "redelivery-" + UUID.randomUUID() + "@labo.example";
        String key = "TEST-REDELIVERY:" + recipient;
        OutgoingMail mail = OutgoingMail.to(recipient, "Accusé de test", "Le texte de l'accusé.")
                .with(new OutgoingMail.MailAttachment("accuse.pdf", "application/pdf", new byte[] {'%', 'P', 'D', 'F', 1, 2, 3}));
        Mailer crashingOnce = new Mailer(sender, new DiesBeforeTheRecord(repository), settings, deadline,
                new SimpleMeterRegistry());

        assertThatThrownBy(() -> crashingOnce.sendOnce(key, mail)).as("the node dies after the server's acceptance")
                .hasMessageContaining("node died");
        assertThat(log.find(key)).as("nothing recorded").isEmpty();
        String messageId = crashingOnce.sendOnce(key, mail);

        List<MimeMessage> received = TestMailServer.to(recipient);
        assertThat(received).as("delivered twice: the same mail").hasSize(2);
        for (MimeMessage message : received) {
            assertThat(message.getMessageID()).isEqualTo(messageId);
            assertThat(Mails.subject(message)).isEqualTo("Accusé de test");
            assertThat(Mails.text(message)).isEqualTo("Le texte de l'accusé.");
            assertThat(Mails.attachments(message)).singleElement().satisfies(attachment -> {
                assertThat(attachment.fileName()).isEqualTo("accuse.pdf");
                assertThat(attachment.content()).isEqualTo(mail.attachments().get(0).content());
            });
        }
        assertThat(log.find(key)).as("recorded by the second run").hasValueSatisfying(
                sent -> assertThat(sent.getMessageId()).isEqualTo(messageId));

        assertThat(mailer.sendOnce(key, mail)).as("a third run finds the record").isEqualTo(messageId);
        assertThat(TestMailServer.to(recipient)).as("and sends nothing").hasSize(2);
    }

    /**
     * Jakarta Mail is told its stream provider once (Mailer), instead of scanning the classpath for each
     * header; a mail with accents in its subject and names still leaves and reads back as written.
     */
    @Test
    void theMailStreamProviderIsNamedAndAccentedHeadersStillTravel() throws Exception {
        assertThat(System.getProperty("jakarta.mail.util.StreamProvider"))
                .isEqualTo("org.eclipse.angus.mail.util.MailStreamProvider");
        String recipient = "accents-" + UUID.randomUUID() + "@labo.example";
        mailer.sendOnce("TEST-ACCENTS:" + recipient, OutgoingMail.to(recipient,
                "Accusé d'enregistrement – déclaration n° 2026-12-0001", "Madame, Monsieur, à bientôt.")
                .with(new OutgoingMail.MailAttachment("accusé.pdf", "application/pdf", new byte[] {'%', 'P', 'D', 'F'})));
        MimeMessage received = TestMailServer.to(recipient).get(0);
        assertThat(Mails.subject(received)).isEqualTo("Accusé d'enregistrement – déclaration n° 2026-12-0001");
        assertThat(Mails.text(received)).contains("Madame, Monsieur, à bientôt.");
        assertThat(Mails.attachments(received)).extracting(Mails.Attachment::fileName).containsExactly("accusé.pdf");
    }

    @Test
    void aMailRecordedIsNotSentAgainEvenWithAnotherText() throws Exception {
        String recipient = "recorded-" + UUID.randomUUID() + "@labo.example";
        String key = "TEST-RECORDED:" + recipient;
        String messageId = mailer.sendOnce(key, OutgoingMail.to(recipient, "Décision", "Première version."));

        assertThat(mailer.sendOnce(key, OutgoingMail.to(recipient, "Décision", "Seconde version.")))
                .isEqualTo(messageId);
        assertThat(TestMailServer.to(recipient)).singleElement()
                .satisfies(message -> assertThat(Mails.text(message)).isEqualTo("Première version."));
    }

    @Test
    void anSmtpServerThatNeverFinishesAnsweringIsCutAtTheSendTimeout() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread slowServer = new Thread(() -> answerForever(server), "slow-smtp");
            slowServer.setDaemon(true);
            slowServer.start();
            JavaMailSenderImpl slow = new JavaMailSenderImpl();
            slow.setHost("127.0.0.1");
            slow.setPort(server.getLocalPort());
            Properties properties = new Properties();
            properties.put("mail.smtp.connectiontimeout", "5000");
            properties.put("mail.smtp.timeout", "10000");
            slow.setJavaMailProperties(properties);
            deadline.postProcessBeforeInitialization(slow, "slowSender");
            MailSettings oneSecond = new MailSettings(settings.from(), Duration.ofSeconds(1), settings.embedded());
            Mailer mailerToSlowServer = new Mailer(slow, log, oneSecond, deadline, new SimpleMeterRegistry());
            String key = "TEST-SLOW:" + UUID.randomUUID();

            long start = System.nanoTime();
            assertThatThrownBy(() -> mailerToSlowServer.sendOnce(key, OutgoingMail.to("slow@labo.example", "S", "T")))
                    .isInstanceOf(MailSendException.class).hasMessageContaining("cut after PT1S");
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(took).as("every answer came within the read timeout; the exchange was cut all the same")
                    .isLessThan(Duration.ofSeconds(5));
            assertThat(log.find(key)).isEmpty();
        }
    }

    /** Greets forever, one continuation line every 200 ms: each read succeeds, the exchange never ends. */
    private static void answerForever(ServerSocket server) {
        try (Socket client = server.accept(); OutputStream out = client.getOutputStream()) {
            while (true) {
                out.write("220-still here\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(200);
            }
        } catch (IOException | InterruptedException closed) {
            // the client cut the connection
        }
    }

    /** The record of a node that dies right after the SMTP server accepted the mail, the first time. */
    private static final class DiesBeforeTheRecord extends SentMailLog {
        private boolean died;

        DiesBeforeTheRecord(SentMailRepository repository) {
            super(repository);
        }

        @Override
        public void record(String dedupKey, String recipient, String subject, String messageId) {
            if (!died) {
                died = true;
                throw new IllegalStateException("the node died before recording " + dedupKey);
            }
            super.record(dedupKey, recipient, subject, messageId);
        }
    }
}
