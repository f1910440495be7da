package org.impexflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.Mails;
import org.impexflow.support.TestMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The one way to send a template mail: the template's subject and text in the language asked, the model with
 * the application's address, the attachments, and once per key (real SMTP).
 */
@ImpexflowSpringTest
class TemplateMailsTests {

    @Autowired
    TemplateMails mails;
    @Value("${impexflow.base-url}")
    String baseUrl;

    @BeforeEach
    void purge() throws Exception {
        TestMailServer.purge();
    }

    @Test
    void aTemplateMailIsWrittenWithItsModelAndAttachmentAndSentOncePerKey() throws Exception {
        String to = "holder-" + UUID.randomUUID() + "@test.example";
        String key = "TEST-TEMPLATE:" + to;
        byte[] pdf = "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII);

        String first = mails.to(to, "account-support-unlock", Locale.FRENCH).with("name", "Claire Moreau")
                .pdf("piece.pdf", pdf).sendOnce(key);
        String again = mails.to(to, "account-support-unlock", Locale.FRENCH).with("name", "Claire Moreau")
                .pdf("piece.pdf", pdf).sendOnce(key);

        assertThat(again).as("the same Message-ID, nothing sent again").isEqualTo(first);
        assertThat(TestMailServer.to(to)).hasSize(1);
        MimeMessage mail = TestMailServer.to(to).get(0);
        assertThat(Mails.subject(mail)).isEqualTo("Déverrouillage du compte – votre compte impexflow");
        assertThat(Mails.text(mail)).contains("Bonjour Claire Moreau,", baseUrl + "/login")
                .doesNotContain("Déverrouillage du compte – votre compte impexflow");
        assertThat(Mails.attachments(mail)).singleElement().satisfies(attachment -> {
            assertThat(attachment.fileName()).isEqualTo("piece.pdf");
            assertThat(attachment.content()).isEqualTo(pdf);
        });
    }

    @Test
    void theLanguageAskedChoosesTheTemplate() {
        OutgoingMail english = mails.to("someone@test.example", "account-support-unlock", Locale.ENGLISH)
                .with("name", "Claire").mail();
        OutgoingMail french = mails.to("someone@test.example", "account-support-unlock", Locale.FRENCH)
                .with("name", "Claire").mail();
        assertThat(english.subject()).isNotEqualTo(french.subject());
        assertThat(english.text()).contains(baseUrl + "/login");
        assertThat(english.attachments()).isEmpty();
    }
}
