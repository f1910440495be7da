package org.impexflow.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One real SMTP server (GreenMail) for the whole test run, on a free loopback port; the application
 * under test is pointed at it with {@code spring.mail.host/port}, as a production system would be.
 */
public final class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final int PORT = freePort();
    private static GreenMail server = newServer();

    private static GreenMail newServer() {
        GreenMail greenMail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return greenMail;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-smtp",
                Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", PORT)));
    }

    public static synchronized void purge() throws Exception {
        ensureRunning();
        server.purgeEmailFromAllMailboxes();
    }

    public static synchronized List<MimeMessage> messages() {
        return Arrays.asList(server.getReceivedMessages());
    }

    /** The messages received for one recipient. */
    public static List<MimeMessage> to(String recipient) {
        return messages().stream().filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().contains(recipient));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The mail server goes down, as a real one does: connections are refused. */
    public static synchronized void stop() {
        server.stop();
    }

    public static synchronized void ensureRunning() {
        if (!server.isRunning()) {
            server = newServer();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
