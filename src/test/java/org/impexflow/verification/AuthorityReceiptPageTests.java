package org.impexflow.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.impexflow.exportdeclaration.AuthorityReceipts;
import org.impexflow.exportdeclaration.DeclarationEvent;
import org.impexflow.exportdeclaration.DeclarationRegister;
import org.impexflow.exportdeclaration.ExportDeclaration;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.Mails;
import org.impexflow.support.TestMailServer;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The importing authority confirms receipt of a validated declaration through the link of the mail that
 * transmitted it: opening the link confirms nothing, the button does, once; no other way records a receipt.
 */
@ImpexflowSpringTest
class AuthorityReceiptPageTests {

    private static final String AUTHORITY = "arp@sante.sn.example";
    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/verification/reception/[A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    DeclarationRegister register;
    @Autowired
    AuthorityReceipts receipts;

    private String number;
    private String link;

    @BeforeEach
    void aDeclarationValidatedAndTransmittedByMail() {
        ProcessInstance pi = Declarations.fileAs(engine, Declarations.DECLARANT, Declarations.dei());
        Declarations.decide(engine, pi, "VALIDATE");
        number = pi.getBusinessKey();
        link = linkOfTheMailFor(number);
    }

    @Test
    void theAuthorityConfirmsOnceWithTheButtonOfItsLinkAndTheHistoryRecordsIt() {
        WebSession authority = session();
        // a mail scanner opens the link first: that confirms nothing
        WebSession.Page opened = authority.get(link);
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.body()).contains(number, "Artemether Démo", "Agence sénégalaise de réglementation pharmaceutique",
                "Confirmer la réception");
        assertThat(receiptsInHistory(number)).isEmpty();

        WebSession.Page blank = authority.submit(link, link, Map.of("person", "  "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("Indiquez votre nom et votre fonction");
        assertThat(receiptsInHistory(number)).isEmpty();

        WebSession.Page done = authority.submit(link, link, Map.of("person", "Dr A. Diallo, directeur"));
        assertThat(done.status()).isEqualTo(302);
        assertThat(authority.get(done.location()).body()).contains("la réception est enregistrée")
                .doesNotContain("Confirmer la réception");
        assertThat(receiptsInHistory(number)).singleElement().satisfies(e -> {
            assertThat(e.getDetail()).isEqualTo("Ministère de la Santé et de l'Action sociale du Sénégal – "
                    + "Agence sénégalaise de réglementation pharmaceutique – Dr A. Diallo, directeur");
            assertThat(e.getActor()).isEqualTo(AUTHORITY);
        });

        // the same link again, from anywhere: already confirmed, and nothing more in the history
        WebSession other = session();
        assertThat(other.get(link).body()).contains("déjà été confirmée", "Dr A. Diallo, directeur")
                .doesNotContain("Confirmer la réception");
        // the page has no button any more: the POST replayed with a valid CSRF token of the session
        for (int i = 0; i < 3; i++) {
            WebSession.Page again = other.submit("/login", link, Map.of("person", "Quelqu'un d'autre"));
            assertThat(again.status()).isEqualTo(302);
            assertThat(other.get(again.location()).body()).contains("déjà été confirmée")
                    .doesNotContain("la réception est enregistrée");
        }
        assertThat(receiptsInHistory(number)).hasSize(1);
        assertThat(other.get(link + "?lang=en").body()).contains("already confirmed");
    }

    @Test
    void aPostWithoutTheCsrfTokenOfThePageConfirmsNothing() throws Exception {
        // a forged form on another site, or a scanner that posts: no session, no token
        HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + link)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("person=Forged")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(receiptsInHistory(number)).isEmpty();
    }

    @Test
    void forgedTamperedOrOtherCasesLinksConfirmNothingHere() {
        WebSession outsider = session();
        String token = link.substring(link.lastIndexOf('/') + 1);
        char last = token.charAt(token.length() - 1);
        String tampered = "/verification/reception/" + token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        for (String wrong : List.of(tampered, "/verification/reception/" + "A".repeat(43),
                "/verification/reception/abc", "/verification/reception/" + token + "x")) {
            WebSession.Page page = outsider.get(wrong);
            assertThat(page.status()).as(wrong).isEqualTo(404);
            assertThat(page.body()).contains("n&#39;est pas valide").doesNotContain(number);
            assertThat(outsider.submit(link, wrong, Map.of("person", "Intrus")).status()).as(wrong)
                    .isEqualTo(404);
        }
        assertThat(receiptsInHistory(number)).isEmpty();

        // the link of another declaration confirms that declaration only
        ProcessInstance second = Declarations.fileAs(engine, Declarations.DECLARANT, Declarations.dei());
        Declarations.decide(engine, second, "VALIDATE");
        String otherLink = linkOfTheMailFor(second.getBusinessKey());
        assertThat(otherLink).isNotEqualTo(link);
        outsider.submit(otherLink, otherLink, Map.of("person", "Dr B. Ndiaye"));
        assertThat(receiptsInHistory(second.getBusinessKey())).hasSize(1);
        assertThat(receiptsInHistory(number)).isEmpty();
    }

    @Test
    void aTransmissionRunAgainKeepsTheLinkOfTheMailThatLeftAndReplacesOneThatNeverDid() {
        ExportDeclaration declaration = register.byNumber(number).orElseThrow();
        // the step runs again after its mail left (its transaction failed): no new token, the mail's link works
        AuthorityReceipts.Prepared again = receipts.prepare(declaration.getId(), "ignored", AUTHORITY, true);
        assertThat(again.token()).isNull();
        assertThat(session().get(link).status()).isEqualTo(200);

        // a mail that never left: its link is replaced by the new one
        AuthorityReceipts.Prepared fresh = receipts.prepare(declaration.getId(), "ignored", AUTHORITY, false);
        assertThat(fresh.transmissionId()).isEqualTo(again.transmissionId());
        assertThat(session().get(link).status()).isEqualTo(404);
        assertThat(session().get("/verification/reception/" + fresh.token()).status()).isEqualTo(200);
        assertThat(register.transmissions(declaration.getId())).hasSize(1);
    }

    private WebSession session() {
        return new WebSession("http://127.0.0.1:" + port);
    }

    private static String linkOfTheMailFor(String number) {
        MimeMessage mail = TestMailServer.to(AUTHORITY).stream().filter(m -> Mails.subject(m).contains(number))
                .reduce((first, second) -> { throw new AssertionError("two mails for " + number); })
                .orElseThrow(() -> new AssertionError("no mail to the authority for " + number));
        Matcher found = LINK.matcher(Mails.text(mail));
        assertThat(found.find()).as("a receipt link in the mail").isTrue();
        String path = found.group(1);
        assertThat(found.find()).as("the same link in English").isTrue();
        assertThat(found.group(1)).isEqualTo(path);
        return path;
    }

    private List<DeclarationEvent> receiptsInHistory(String number) {
        return register.history(register.byNumber(number).orElseThrow().getId()).stream()
                .filter(e -> e.getKind().name().equals("RECEIPT_CONFIRMED")).toList();
    }
}
