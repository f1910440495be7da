package org.impexflow.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * The demonstration's mailbox {@code /mails} shows every mail, reset links included: it answers the
 * machine itself only, and exists only in the demonstration (embedded SMTP server and demo data).
 */
class MailViewerTests {

    private GreenMail smtp;
    private MockMvc mvc;

    @BeforeEach
    void aMailboxWithAResetLink() {
        ServerSetup setup = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        smtp = new GreenMail(setup);
        smtp.start();
        GreenMailUtil.sendTextEmail("victime@labo.example", "ne-pas-repondre@impexflow.example",
                "Réinitialisation de votre mot de passe", "http://localhost:8080/password/reset?token=secret", setup);
        mvc = MockMvcBuilders.standaloneSetup(new MailViewerController(smtp)).build();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    @Test
    void theMachineItselfReadsTheMails() throws Exception {
        for (String loopback : new String[] {"127.0.0.1", "127.0.1.1", "0:0:0:0:0:0:0:1"}) {
            mvc.perform(from(get("/mails"), loopback)).andExpect(status().isOk());
            mvc.perform(from(get("/mails/" + firstId()), loopback)).andExpect(status().isOk());
        }
    }

    @Test
    void anyOtherAddressOrAProxiedRequestGetsNotFound() throws Exception {
        for (String remote : new String[] {"192.168.1.20", "203.0.113.7", "10.0.0.1", "2001:db8::1", "localhost"}) {
            for (String page : new String[] {"/mails", "/mails/" + firstId(), "/mails/" + firstId() + "/attachments/0"}) {
                mvc.perform(from(get(page), remote)).andExpect(status().isNotFound());
            }
        }
        // through a proxy on this machine: the client is elsewhere, whatever the address the server sees
        for (String header : new String[] {"X-Forwarded-For", "Forwarded", "X-Real-IP", "X-Forwarded-Host"}) {
            mvc.perform(from(get("/mails/" + firstId()), "127.0.0.1").header(header, "203.0.113.7"))
                    .andExpect(status().isNotFound());
        }
        // a client of a proxy on this machine, once Tomcat put the client's address in the request
        mvc.perform(from(get("/mails/" + firstId()), "203.0.113.7").requestAttr("org.apache.tomcat.request.forwarded",
                Boolean.TRUE)).andExpect(status().isNotFound());
    }

    @Test
    void newestFirstAndEachLinkKeepsItsMailAsOthersArrive() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        send("zoe@labo.example", "Premier", 10);
        send("alain@labo.example", "Deuxième", 11);
        java.util.Map<String, String> before = links();
        send("zoe@labo.example", "Troisième", 12);
        send("aaron@labo.example", "Quatrième", 13);

        assertThat(subjects()).containsExactly("Quatrième", "Troisième", "Deuxième", "Premier");
        for (var link : before.entrySet()) {
            var page = mvc.perform(from(get("/mails/" + link.getKey()), "127.0.0.1")).andExpect(status().isOk())
                    .andReturn().getModelAndView().getModel().get("mail");
            assertThat(((MailViewerController.MailView) page).subject()).isEqualTo(link.getValue());
        }
    }

    private void send(String to, String subject, int hour) throws Exception {
        jakarta.mail.internet.MimeMessage message = GreenMailUtil.createTextEmail(to, "ne-pas-repondre@impexflow.example",
                subject, "texte", smtp.getSmtp().getServerSetup());
        message.setSentDate(java.util.Date.from(java.time.Instant.parse("2026-12-04T00:00:00Z").plusSeconds(hour * 3600L)));
        GreenMailUtil.sendMimeMessage(message);
    }

    @SuppressWarnings("unchecked")
    private java.util.List<MailViewerController.MailView> listed() throws Exception {
        return (java.util.List<MailViewerController.MailView>) mvc.perform(from(get("/mails"), "127.0.0.1"))
                .andReturn().getModelAndView().getModel().get("mails");
    }

    private java.util.List<String> subjects() throws Exception {
        return listed().stream().map(MailViewerController.MailView::subject).toList();
    }

    /** Link id → subject. */
    private java.util.Map<String, String> links() throws Exception {
        java.util.Map<String, String> links = new java.util.LinkedHashMap<>();
        listed().forEach(m -> links.put(m.id(), m.subject()));
        return links;
    }

    private String firstId() throws Exception {
        return MailViewerController.MailView.id(smtp.getReceivedMessages()[0]);
    }

    @Test
    void onlyTheDemonstrationHasTheMailbox() {
        ApplicationContextRunner app = new ApplicationContextRunner()
                .withInitializer(new ConfigDataApplicationContextInitializer())
                .withPropertyValues("impexflow.mail.embedded.port=" + freePort())
                .withUserConfiguration(Settings.class, EmbeddedMailServer.class, MailViewerController.class);
        app.run(context -> assertThat(context).hasSingleBean(MailViewerController.class));
        app.withPropertyValues("spring.profiles.active=postgres", "IMPEXFLOW_TOTP_KEY=k",
                "SPRING_DATASOURCE_PASSWORD=p")
                .run(context -> assertThat(context).doesNotHaveBean(MailViewerController.class));
        app.withPropertyValues("impexflow.demo.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(MailViewerController.class));
        app.withPropertyValues("spring.mail.host=smtp.example")
                .run(context -> assertThat(context).doesNotHaveBean(MailViewerController.class));
    }

    @EnableConfigurationProperties(MailSettings.class)
    static class Settings {
    }

    private static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request, String address) {
        return request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
