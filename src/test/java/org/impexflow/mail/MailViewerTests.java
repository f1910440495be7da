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
            mvc.perform(from(get("/mails/0"), loopback)).andExpect(status().isOk());
        }
    }

    @Test
    void anyOtherAddressOrAProxiedRequestGetsNotFound() throws Exception {
        for (String remote : new String[] {"192.168.1.20", "203.0.113.7", "10.0.0.1", "2001:db8::1", "localhost"}) {
            for (String page : new String[] {"/mails", "/mails/0", "/mails/0/attachments/0"}) {
                mvc.perform(from(get(page), remote)).andExpect(status().isNotFound());
            }
        }
        // through a proxy on this machine: the client is elsewhere, whatever the address the server sees
        for (String header : new String[] {"X-Forwarded-For", "Forwarded", "X-Real-IP", "X-Forwarded-Host"}) {
            mvc.perform(from(get("/mails/0"), "127.0.0.1").header(header, "203.0.113.7"))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(from(get("/mails/0"), "127.0.0.1").requestAttr(LocalRequests.TOMCAT_FORWARDED, Boolean.TRUE))
                .andExpect(status().isNotFound());
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
