package org.impexflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.impexflow.account.Accounts;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Cookies, headers and logout. Behind a proxy that ends TLS (X-Forwarded-Proto: https from a trusted
 * address, here 127.0.0.1) cookies are Secure and HSTS is sent; plain HTTP on localhost still works.
 */
@ImpexflowSpringTest
class SecurityHeadersTests {

    private static final String WEBAPP_LOGOUT = "/camunda/api/admin/auth/user/default/logout";

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;

    @Test
    void behindATlsProxyTheSessionCookieIsSecureAndLaxAndHstsIsSent() {
        WebSession.Page login = session().withHeader("X-Forwarded-Proto", "https").get("/login");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.setCookie("JSESSIONID")).contains("Secure", "HttpOnly", "SameSite=Lax");
        assertThat(login.header("Strict-Transport-Security")).contains("max-age=31536000", "includeSubDomains");
    }

    @Test
    void overPlainHttpTheSessionCookieIsLaxWithoutSecureAndNoHsts() {
        WebSession.Page login = session().get("/login");
        assertThat(login.setCookie("JSESSIONID")).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        assertThat(login.header("Strict-Transport-Security")).isNull();
    }

    @Test
    void theWebappsXsrfCookieIsLaxAndSecureBehindTls() {
        WebSession person = loggedIn("process-analysts");
        String sessionId = person.cookie("JSESSIONID").orElseThrow();
        // the webapps' first call of the session sets their XSRF-TOKEN cookie
        WebSession.Page overTls = session().withHeader("X-Forwarded-Proto", "https")
                .request("GET", "/camunda/api/engine/engine/default/task/count", Map.of("Cookie", "JSESSIONID=" + sessionId));
        assertThat(overTls.status()).isEqualTo(200);
        assertThat(overTls.setCookie("XSRF-TOKEN")).contains("SameSite=Lax", "Secure");

        WebSession plain = loggedIn("process-analysts");
        WebSession.Page overHttp = plain.request("GET", "/camunda/api/engine/engine/default/task/count", Map.of());
        assertThat(overHttp.setCookie("XSRF-TOKEN")).contains("SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void ourPagesHaveAContentSecurityPolicyAndNoReferrerAndTheWebappsTheirOwnPolicy() {
        for (String page : new String[] {"/", "/login", "/verification", "/voyageurs", "/aide"}) {
            WebSession.Page answer = session().get(page);
            assertThat(answer.header("Content-Security-Policy")).as(page).contains("default-src 'self'",
                    "script-src 'self'", "style-src 'self'", "object-src 'none'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(answer.header("Referrer-Policy")).as(page).isEqualTo("no-referrer");
        }
        WebSession.Page tasklist = loggedIn("ansm-support").get("/camunda/app/tasklist/default/");
        assertThat(tasklist.status()).isEqualTo(200);
        // the webapps' policy, with the nonce of their page's scripts; their calls keep an Origin for their CSRF check
        assertThat(tasklist.header("Content-Security-Policy")).contains("'nonce-", "object-src 'none'");
        assertThat(tasklist.header("Referrer-Policy")).isEqualTo("same-origin");
    }

    @Test
    void logoutByGetOrWithoutItsTokenLogsNobodyOut() {
        WebSession person = loggedIn("ansm-support");
        WebSession.Page get = person.get("/logout");
        assertThat(get.status()).isEqualTo(200);
        assertThat(get.body()).contains("id=\"logout\"", "Se déconnecter").doesNotContain("Are you sure");
        assertThat(stillLoggedIn(person)).isTrue();

        // a forged form: a POST without the CSRF token of our pages
        assertThat(person.request("POST", "/logout", Map.of()).status()).isEqualTo(403);
        assertThat(stillLoggedIn(person)).isTrue();
        WebSession.Page logout = person.submit("/logout", "/logout", Map.of());
        assertThat(logout.location()).endsWith("/login?logout");
        assertThat(stillLoggedIn(person)).isFalse();
    }

    /**
     * The webapps' logout needs their X-XSRF-TOKEN header: without it (or with a wrong one) it is refused
     * (their CSRF filter then ends that session too, its own defence). From another site a form cannot
     * send the session cookie at all (SameSite=Lax).
     */
    @Test
    void theWebappsLogoutNeedsItsXsrfHeader() {
        for (Map<String, String> headers : java.util.List.of(Map.<String, String>of(), Map.of("X-XSRF-TOKEN", "forged"))) {
            WebSession person = loggedIn("ansm-support");
            person.webapp("GET", "/camunda/api/engine/engine/default/task/count", null);
            WebSession.Page refused = person.request("POST", WEBAPP_LOGOUT, headers);
            assertThat(refused.status()).as(headers.toString()).isEqualTo(403);
            assertThat(refused.location()).isNull();
        }
        WebSession person = loggedIn("ansm-support");
        person.webapp("GET", "/camunda/api/engine/engine/default/task/count", null);
        assertThat(person.webapp("POST", WEBAPP_LOGOUT, null).location()).endsWith("/login?logout");
        assertThat(stillLoggedIn(person)).isFalse();
    }

    private boolean stillLoggedIn(WebSession person) {
        return person.get("/pieces-jointes").status() == 200;
    }

    private WebSession loggedIn(String group) {
        WebSession person = session();
        String email = TestAccounts.person(accounts, group.replace("-", ""), group);
        assertThat(person.logIn(email, TestAccounts.PASSWORD, TestAccounts.SECRET).status()).isEqualTo(302);
        return person;
    }

    private WebSession session() {
        return new WebSession("http://127.0.0.1:" + port);
    }
}
