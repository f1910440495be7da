package org.impexflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.impexflow.access.Groups;
import org.impexflow.account.Accounts;
import org.impexflow.establishment.Establishments;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TestEstablishments;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Errors are pages of ours, in the person's language, with a way back to their work; JSON callers get
 * JSON with a French (or English) message. Never Spring's default page, never a stack trace.
 */
@ImpexflowSpringTest
class ErrorPagesTests {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Establishments establishments;

    private WebSession web;

    @BeforeEach
    void newSession() {
        web = new WebSession("http://127.0.0.1:" + port);
    }

    /** Accounts of the test's own: the demo accounts' TOTP codes are taken by the other tests. */
    private WebSession declarant() {
        web.logIn(TestAccounts.declarant(accounts, establishments, TestEstablishments.create(establishments,
                "Laboratoire des Erreurs")), TestAccounts.PASSWORD, TestAccounts.SECRET);
        return web;
    }

    private WebSession as(WebSession session, String group) {
        session.logIn(TestAccounts.person(accounts, group, group), TestAccounts.PASSWORD, TestAccounts.SECRET);
        return session;
    }

    private static void isOurPage(WebSession.Page page, int status, String title) {
        assertThat(page.status()).isEqualTo(status);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("id=\"error-title\"", title, "id=\"error-back\"", "impexflow")
                .doesNotContain("Whitelabel", "Exception", "at org.", "trace");
    }

    @Test
    void anUnknownPageIsOurNotFoundPageWithAWayBackHome() {
        WebSession.Page page = web.get("/css/cette-page-n-existe-pas.css");
        isOurPage(page, 404, "Page introuvable");
        assertThat(page.body()).contains("href=\"/\"", "Retour à l&#39;accueil");
    }

    /** Logged out, a wrong address is "Page introuvable", not a login that would end on it. */
    @Test
    void anUnknownAddressIsNotFoundForSomeoneLoggedOutWhileEveryPageStillAsksForTheLogin() {
        WebSession anonymous = new WebSession("http://127.0.0.1:" + port);
        for (String wrong : new String[] {"/page-qui-nexiste-pas", "/mes-declarations/nulle/part", "/ansm/rien"}) {
            isOurPage(anonymous.get(wrong), 404, "Page introuvable");
        }
        anonymous.get("/?lang=en");
        isOurPage(anonymous.get("/page-qui-nexiste-pas"), 404, "Page not found");
        anonymous.get("/?lang=fr");
        for (String page : new String[] {"/mes-declarations", "/mes-declarations/2026-01-0001",
                "/mes-declarations/autorisations-importation/AI-2026-01-0001", "/mes-declarations/brouillons/nouveau",
                "/mes-declarations/brouillons", "/ansm/dossiers/1", "/ansm/etablissements", "/ansm/journal-securite",
                "/tableau-de-bord", "/pieces-jointes", "/mes-donnees", "/stupefiants/declarations/2025",
                "/mon-etablissement", "/camunda/app/tasklist/", "/accueil"}) {
            assertThat(anonymous.get(page).location()).as(page).endsWith("/login");
        }
        assertThat(anonymous.request("GET", "/actuator/metrics", Map.of()).status()).isEqualTo(401);
        assertThat(anonymous.submit("/login", "/page-qui-nexiste-pas", Map.of()).status())
                .as("a form sent to a wrong address").isEqualTo(404);
    }

    @Test
    void aLoggedInPersonIsLedBackToTheirWorkInTheirLanguage() {
        as(web, Groups.REVIEWERS);
        WebSession.Page french = web.get("/mes-declarations");
        isOurPage(french, 403, "Accès refusé");
        assertThat(french.body()).contains("href=\"/accueil\"", "Retour à mon espace",
                "Cette page est celle des déclarants");
        assertThat(web.get("/accueil").location()).contains("/camunda/app/tasklist/default/#/?filter=");

        web.get("/?lang=en");
        WebSession.Page english = web.get("/mes-declarations");
        isOurPage(english, 403, "Access denied");
        assertThat(english.body()).contains("Back to my workspace").doesNotContain("Accès refusé",
                "Cette page est celle des déclarants");
        web.get("/?lang=fr");
    }

    @Test
    void aWebappARoleMayNotUseAnswersOurForbiddenPage() {
        declarant();
        isOurPage(web.get("/camunda/app/cockpit/default/"), 403, "Accès refusé");

        WebSession analyst = as(new WebSession("http://127.0.0.1:" + port), Groups.ANALYSTS);
        isOurPage(analyst.get("/camunda/app/tasklist/default/"), 403, "Accès refusé");
    }

    @Test
    void aFormWithoutItsTokenIsRefusedAsExpiredAndNothingIsStored() {
        declarant();
        WebSession.Page refused = web.request("POST", "/mes-declarations/brouillons",
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html"));
        isOurPage(refused, 403, "Formulaire expiré");
        assertThat(refused.body()).contains("rien n&#39;a été enregistré");
    }

    @Test
    void aWrongMethodIsOurPage() {
        declarant();
        isOurPage(web.submit("/mes-declarations", "/mes-declarations", Map.of()), 405, "Action non permise");
    }

    @Test
    void anExpiredSessionLeadsToTheLoginThatSaysSo() {
        declarant();
        WebSession expired = new WebSession("http://127.0.0.1:" + port)
                .withHeader("Cookie", "JSESSIONID=" + "0".repeat(32));
        WebSession.Page page = expired.get("/mes-declarations");
        assertThat(page.location()).endsWith("/login?expired");
        assertThat(expired.get("/login?expired").body()).contains("id=\"expired\"", "Votre session a expiré");
        assertThat(new WebSession("http://127.0.0.1:" + port).get("/mes-declarations").location()).endsWith("/login");
    }

    @Test
    void anInternalFaultIsOurPageWithoutItsDetailAndJsonCallersGetJson() {
        declarant();
        WebSession.Page page = web.get(FailingPageForTests.PATH);
        isOurPage(page, 500, "Erreur du serveur");
        assertThat(page.body()).doesNotContain("ENGINE-", "IllegalStateException", "détail interne", "Secret");

        WebSession.Page json = web.request("GET", FailingPageForTests.PATH, Map.of("Accept", "application/json"));
        assertThat(json.status()).isEqualTo(500);
        assertThat(json.header("Content-Type")).startsWith("application/json");
        assertThat(json.body()).contains("\"status\":500").doesNotContain("ENGINE-", "IllegalStateException",
                "détail interne", "trace", "<html");

        web.get("/?lang=en");
        WebSession.Page english = web.get(FailingPageForTests.PATH);
        isOurPage(english, 500, "Server error");
        assertThat(english.body()).doesNotContain("Erreur du serveur", "détail interne");
        web.get("/?lang=fr");
    }

    @Test
    void jsonCallersGetJsonWithAFrenchOrEnglishMessage() {
        WebSession.Page rest = web.request("GET", "/engine-rest/task", Map.of("Accept", "application/json"));
        assertThat(rest.status()).isEqualTo(401);
        assertThat(rest.header("Content-Type")).startsWith("application/json");
        assertThat(rest.body()).contains("\"status\":401", "Connectez-vous").doesNotContain("<html");

        WebSession.Page notFound = web.request("GET", "/css/nulle-part.css", Map.of("Accept", "application/json"));
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.body()).contains("\"message\":\"Aucune page").doesNotContain("<html", "trace");
        WebSession.Page english = web.request("GET", "/css/nulle-part.css", Map.of("Accept", "application/json",
                "Cookie", "impexflow.language=en"));
        assertThat(english.body()).contains("\"message\":\"There is no page");
    }

    @Test
    void anAddressTheContainerCannotReadGetsOurPageNotTomcats() throws Exception {
        for (String path : java.util.List.of("/mes-declarations/%00", "/a%2Fb")) {
            String answer;
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            assertThat(answer).as(path).startsWith("HTTP/1.1 400").contains("Adresse invalide", "Retour à l'accueil",
                    "X-Content-Type-Options: nosniff").doesNotContain("HTTP Status", "Tomcat", "Bad Request");
        }
    }
}
