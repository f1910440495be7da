package org.impexflow.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impexflow.support.TestAccounts.PASSWORD;
import static org.impexflow.support.TestAccounts.SECRET;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.Mails;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TestMailServer;
import org.impexflow.support.TotpCodes;
import org.impexflow.support.WebSession;
import org.impexflow.audit.SecurityEventKind;
import org.impexflow.audit.SecurityEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The login in front of everything: password, then TOTP; slowdowns instead of lock-outs, the lock of
 * wrong codes; the webapps; password reset (issue 16, points 6, 8 and 9).
 */
@ImpexflowSpringTest
class LoginTests {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    SecuritySettings settings;
    @Autowired
    SecurityEvents events;

    private WebSession web;

    @BeforeEach
    void newBrowser() throws Exception {
        web = new WebSession("http://127.0.0.1:" + port);
        TestMailServer.purge();
        throttle.liftAddress("127.0.0.1");
    }

    /** Every test's page comes from this machine: its failures must not slow down the next tests. */
    @AfterEach
    void forgetFailures() {
        throttle.liftAddress("127.0.0.1");
    }

    @Test
    void passwordThenTotpCodeOpensTasklistWithTheUsersGroups() {
        String user = TestAccounts.person(accounts, "reviewer", "ansm-reviewers");
        assertThat(web.get("/camunda/app/tasklist/").redirectsTo("/login")).as("anonymous: to the login page").isTrue();

        WebSession.Page afterPassword = web.submit("/login", "/login", Map.of("username", user, "password", PASSWORD));
        assertThat(afterPassword.redirectsTo("/login/totp")).isTrue();
        assertThat(web.get("/camunda/app/tasklist/default/").status()).as("the password alone opens nothing")
                .isEqualTo(403);
        assertThat(web.webapp("GET", "/camunda/api/engine/engine/default/task", null).status()).isIn(401, 403);

        WebSession.Page afterCode = web.submit("/login/totp", "/login/totp",
                Map.of("code", TotpCodes.code(SECRET, 0)));
        assertThat(afterCode.status()).isEqualTo(302);
        assertThat(afterCode.location()).doesNotContain("/login");
        assertThat(web.get("/camunda/app/tasklist/default/").status()).isEqualTo(200);
        assertThat(web.webapp("GET", "/camunda/api/admin/auth/user/default", null).body())
                .contains("\"userId\":\"" + user + "\"", "tasklist");
    }

    @Test
    void aWebappAskedBeforeTheLoginThatThePersonMayNotOpenGivesWayToTheirOwnWork() {
        String declarant = TestAccounts.person(accounts, "declarant", "declarants");
        String analyst = TestAccounts.person(accounts, "analyst", "process-analysts");

        assertThat(web.get("/camunda/app/cockpit/default/").redirectsTo("/login")).isTrue();
        WebSession.Page declarantLands = web.logIn(declarant, PASSWORD, SECRET);
        WebSession asAnalyst = new WebSession("http://127.0.0.1:" + port);
        assertThat(asAnalyst.get("/camunda/app/cockpit/default/").redirectsTo("/login")).isTrue();
        WebSession.Page analystLands = asAnalyst.logIn(analyst, PASSWORD, SECRET);

        assertThat(declarantLands.location()).as("not Cockpit, which would refuse them").doesNotContain("/camunda/app/cockpit")
                .doesNotContain("/login");
        assertThat(web.get(declarantLands.location()).status()).isIn(200, 302);
        assertThat(analystLands.location()).as("the page they asked for").contains("/camunda/app/cockpit/default/");
    }

    @Test
    void aPersonsBrowserOnTheRestApiIsToldWhereToWorkWithoutTheBrowsersLoginBox() throws Exception {
        String declarant = TestAccounts.person(accounts, "declarant", "declarants");
        web.logIn(declarant, PASSWORD, SECRET);

        WebSession.Page answer = web.get("/engine-rest/task");
        java.net.http.HttpResponse<String> anonymous = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/engine-rest/task"))
                        .GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).as("no browser login box").isNull();
        assertThat(answer.body()).contains("comptes techniques", "Tasklist");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).as("an API client is challenged")
                .hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
    }

    @Test
    void theSameCodeIsNeverAcceptedTwice() {
        String user = TestAccounts.person(accounts, "declarant", "declarants");
        String code = TotpCodes.code(SECRET, 0);
        web.submit("/login", "/login", Map.of("username", user, "password", PASSWORD));
        assertThat(web.submit("/login/totp", "/login/totp", Map.of("code", code)).status()).isEqualTo(302);

        WebSession second = new WebSession("http://127.0.0.1:" + port);
        second.submit("/login", "/login", Map.of("username", user, "password", PASSWORD));
        WebSession.Page replay = second.submit("/login/totp", "/login/totp", Map.of("code", code));
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.body()).contains("Code incorrect ou déjà utilisé");
        assertThat(second.submit("/login/totp", "/login/totp", Map.of("code", TotpCodes.code(SECRET, 1))).status())
                .as("the next step's code (clock one step ahead) is accepted").isEqualTo(302);
    }

    @Test
    void aCodeTwoStepsOldIsRefused() {
        String user = TestAccounts.person(accounts, "declarant", "declarants");
        web.submit("/login", "/login", Map.of("username", user, "password", PASSWORD));
        assertThat(web.submit("/login/totp", "/login/totp", Map.of("code", TotpCodes.code(SECRET, -2))).body())
                .contains("Code incorrect");
        assertThat(web.submit("/login/totp", "/login/totp", Map.of("code", TotpCodes.code(SECRET, -1))).status())
                .as("one step late is accepted").isEqualTo(302);
    }

    @Test
    void wrongPasswordsNeverLockTheOwnerOutAndAreLoggedWithTheirSource() {
        String user = TestAccounts.person(accounts, "declarant", "declarants");
        assertThat(new WebSession("http://127.0.0.1:" + port).logIn(user, PASSWORD, SECRET).location())
                .doesNotContain("/login");
        for (int i = 0; i < 6; i++) {
            assertThat(web.submit("/login", "/login", Map.of("username", user, "password", "Wrong#Pass1")).location())
                    .endsWith("/login?error");
        }
        assertThat(accounts.find(user).orElseThrow().isLocked()).isFalse();
        assertThat(events.about(user)).filteredOn(e -> e.getKind() == SecurityEventKind.LOGIN_FAILED).hasSize(6)
                .allSatisfy(e -> assertThat(e.getSource()).isEqualTo("127.0.0.1"));
        assertThat(events.about(user)).as("failures from the owner's usual address count for that address only")
                .noneMatch(e -> e.getKind() == SecurityEventKind.LOGIN_SLOWED);
        assertThat(web.logIn(user, PASSWORD, SECRET).location()).as("the owner, with the right password and code")
                .doesNotContain("/login");
    }

    @Test
    void failuresBeyondTheFreeOnesSlowTheAddressDownWith429AndTheSameAnswerForEveryAccount() {
        String user = TestAccounts.person(accounts, "declarant", "declarants");
        for (int i = 0; i < 3; i++) {
            assertThat(web.submit("/login", "/login", Map.of("username", "nobody" + i + "@test.example", "password",
                    "Wrong#Pass1")).location()).endsWith("/login?error");
        }
        slowDownThisMachine();
        WebSession.Page known = web.submit("/login", "/login", Map.of("username", user, "password", PASSWORD));
        WebSession.Page unknown = web.submit("/login", "/login", Map.of("username", "nobody@test.example",
                "password", PASSWORD));
        assertThat(known.status()).isEqualTo(429);
        assertThat(unknown.status()).isEqualTo(429);
        assertThat(Long.parseLong(known.header("Retry-After"))).isBetween(1L, settings.maxDelay().toSeconds());
        assertThat(known.body()).contains("réessayez dans <span>" + known.header("Retry-After") + "</span>");
        assertThat(withoutSeconds(withoutCsrf(known.body()))).as("the same page, byte for byte, for an unknown "
                + "address (but the seconds left)").isEqualTo(withoutSeconds(withoutCsrf(unknown.body())));
        assertThat(events.about("127.0.0.1")).extracting(e -> e.getKind()).contains(SecurityEventKind.LOGIN_SLOWED);

        throttle.liftAddress("127.0.0.1");
        assertThat(web.logIn(user, PASSWORD, SECRET).location()).doesNotContain("/login");
    }

    @Test
    void theOwnerFromTheirUsualAddressIsNotSlowedDownByFailuresFromElsewhere() {
        String user = TestAccounts.person(accounts, "declarant", "declarants");
        assertThat(web.logIn(user, PASSWORD, SECRET).location()).doesNotContain("/login");
        for (int i = 0; i < 12; i++) {
            throttle.failed("203.0.113." + i, user);
        }
        assertThat(throttle.waitBefore("198.51.100.1", user)).as("any other address waits for this account")
                .isPositive();
        assertThat(events.about(user)).extracting(e -> e.getKind()).contains(SecurityEventKind.LOGIN_SLOWED);

        WebSession owner = new WebSession("http://127.0.0.1:" + port);
        WebSession.Page ownerLogin = owner.logIn(user, PASSWORD, SECRET);
        assertThat(ownerLogin.location()).as(ownerLogin.status() + " " + ownerLogin.body()).doesNotContain("/login");
        assertThat(owner.get("/camunda/app/tasklist/default/").status()).isEqualTo(200);
    }

    @Test
    void anApiAccountIsNotSlowedDownByFailuresFromElsewhereButItsCallerAddressIs() {
        String api = "api." + java.util.UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        accounts.create(api, "API", "Test", accounts.hash(PASSWORD), true, List.of("api-clients"));
        assertThat(basic(api, PASSWORD).statusCode()).isEqualTo(200);
        for (int i = 0; i < 12; i++) {
            throttle.failed("203.0.113." + i, api);
        }
        assertThat(basic(api, PASSWORD).statusCode()).as("from its usual address").isEqualTo(200);

        assertThat(basic(api, "Wrong#Pass1").statusCode()).isEqualTo(401);
        slowDownThisMachine();
        java.net.http.HttpResponse<String> slowed = basic(api, PASSWORD);
        assertThat(slowed.statusCode()).as("its caller's address is slowed down like any").isEqualTo(429);
        assertThat(Long.parseLong(slowed.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, settings.maxDelay().toSeconds());
    }

    @Test
    void tenWrongCodesLockTheAccountUntilSupportWhichOnlyTheRightPasswordRevealsAndAResetDoesNotLift()
            throws Exception {
        String user = TestAccounts.person(accounts, "declarant", "declarants");
        assertThat(web.logIn(user, PASSWORD, SECRET).location()).doesNotContain("/login");
        WebSession guesser = guesserWithThePassword(user);
        guessWrongCodes(guesser, 9);
        assertThat(guesser.submit("/login/totp", "/login/totp", Map.of("code", "000000")).location())
                .endsWith("/login?locked");
        assertThat(accounts.find(user).orElseThrow().isLocked()).isTrue();
        assertThat(events.about(user)).extracting(e -> e.getKind()).contains(SecurityEventKind.ACCOUNT_LOCKED);

        WebSession other = new WebSession("http://127.0.0.1:" + port);
        assertThat(other.submit("/login", "/login", Map.of("username", user, "password", "Wrong#Pass1")).location())
                .as("a wrong password learns nothing of the lock").endsWith("/login?error");
        assertThat(other.submit("/login", "/login", Map.of("username", user, "password", PASSWORD)).location())
                .endsWith("/login?locked");
        assertThat(other.get("/login?locked").body()).contains("Compte verrouillé", "support");

        String newPassword = "Hq3$kR8!wZ5n";
        resetPassword(user, newPassword);
        assertThat(other.submit("/login", "/login", Map.of("username", user, "password", newPassword)).location())
                .as("the mailbox's holder cannot lift the lock with a reset").endsWith("/login?locked");

        accounts.unlock(user);
        assertThat(other.logIn(user, newPassword, SECRET).location()).doesNotContain("/login");
    }

    @Test
    void theOwnersLoginForgivesItsOwnWrongCodesButNotThoseOfAnotherSession() {
        String user = TestAccounts.person(accounts, "declarant", "declarants");
        assertThat(web.logIn(user, PASSWORD, SECRET).location()).doesNotContain("/login");
        WebSession guesser = guesserWithThePassword(user);
        guessWrongCodes(guesser, 6);
        WebSession owner = new WebSession("http://127.0.0.1:" + port);
        owner.submit("/login", "/login", Map.of("username", user, "password", PASSWORD));
        for (int i = 0; i < 2; i++) {
            owner.submit("/login/totp", "/login/totp", Map.of("code", "000000"));
        }
        assertThat(owner.logIn(user, PASSWORD, SECRET).location()).as("8 or 9 wrong codes so far, then the right one")
                .doesNotContain("/login");
        assertThat(accounts.find(user).orElseThrow().getFailedCodes()).as("the guesser's six remain").isEqualTo(6);

        guessWrongCodes(guesser, 3);
        assertThat(guesser.submit("/login/totp", "/login/totp", Map.of("code", "000000")).location())
                .as("ten guesses in all, whatever the owner did in between").endsWith("/login?locked");
    }

    @Test
    void aResetEndsEveryOtherSessionWebappsIncludedAndVoidsOlderLinks() throws Exception {
        String user = TestAccounts.person(accounts, "declarant", "declarants");
        assertThat(web.logIn(user, PASSWORD, SECRET).location()).doesNotContain("/login");
        assertThat(web.get("/camunda/app/tasklist/default/").status()).isEqualTo(200);
        assertThat(web.webapp("GET", "/camunda/api/engine/engine/default/task/count", null).status()).isEqualTo(200);
        WebSession halfway = new WebSession("http://127.0.0.1:" + port);
        assertThat(halfway.submit("/login", "/login", Map.of("username", user, "password", PASSWORD)).location())
                .endsWith("/login/totp");

        String older = requestLink(user, 1);
        String newer = requestLink(user, 2);
        assertThat(web.get(older).body()).as("a newer link voids the older one").contains("n&#39;est plus valable");
        String newPassword = "Hq3$kR8!wZ5n";
        assertThat(new WebSession("http://127.0.0.1:" + port).submit(newer, "/password/reset", Map.of("token",
                token(newer), "password", newPassword, "confirmation", newPassword)).location())
                .endsWith("/login?reset");

        assertThat(web.get("/camunda/app/tasklist/default/").redirectsTo("/login")).as("the other session ended")
                .isTrue();
        assertThat(web.webapp("GET", "/camunda/api/engine/engine/default/task/count", null).status()).isEqualTo(401);
        assertThat(web.get("/mes-declarations").redirectsTo("/login")).isTrue();
        assertThat(halfway.get("/login/totp").redirectsTo("/login")).as("a session halfway through its login too")
                .isTrue();
        assertThat(web.get(newer).body()).contains("n&#39;est plus valable");
        assertThat(events.about(user)).extracting(e -> e.getKind()).contains(
                SecurityEventKind.PASSWORD_RESET_REQUESTED, SecurityEventKind.PASSWORD_RESET);
    }

    @Test
    void wrongPasswordsAnswerAlikeForUnknownLockedAndDeactivatedAccounts() {
        String locked = TestAccounts.person(accounts, "locked", "declarants");
        for (int i = 0; i < settings.maxFailedCodes(); i++) {
            accounts.checkCode(locked, "000000");
        }
        String departed = TestAccounts.person(accounts, "departed", "declarants");
        accounts.deactivate(departed);
        for (String name : List.of(locked, departed, "nobody@test.example")) {
            WebSession.Page answer = new WebSession("http://127.0.0.1:" + port).submit("/login", "/login",
                    Map.of("username", name, "password", "Wrong#Pass1"));
            assertThat(answer.status()).isEqualTo(302);
            assertThat(answer.location()).as(name).endsWith("/login?error");
        }
        assertThat(new WebSession("http://127.0.0.1:" + port).submit("/login", "/login",
                Map.of("username", departed, "password", PASSWORD)).location()).endsWith("/login?disabled");
    }

    @Test
    void firstLoginEnrolsTheAuthenticatorAppWithAQrCodeAndAFirstCode() {
        String user = TestAccounts.notEnrolled(accounts, "declarants");
        assertThat(web.submit("/login", "/login", Map.of("username", user, "password", PASSWORD)).location())
                .endsWith("/login/totp/enrol");
        String page = web.get("/login/totp/enrol").body();
        assertThat(page).contains("data:image/png;base64,", "otpauth://totp/", "issuer=impexflow%20ANSM");
        Matcher secret = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)<").matcher(page);
        assertThat(secret.find()).isTrue();
        String key = secret.group(1).replace(" ", "");
        assertThat(web.get("/login/totp/enrol").body()).as("the same secret until confirmed").contains(secret.group(1));

        assertThat(web.submit("/login/totp/enrol", "/login/totp/enrol", Map.of("code", "123456")).body())
                .contains("Code incorrect");
        assertThat(web.submit("/login/totp/enrol", "/login/totp/enrol", Map.of("code", TotpCodes.code(key, 0)))
                .status()).isEqualTo(302);
        assertThat(accounts.find(user).orElseThrow().isTotpEnrolled()).isTrue();
        assertThat(web.get("/camunda/app/tasklist/default/").status()).isEqualTo(200);
    }

    @Test
    void technicalAndDeactivatedAccountsCannotLogIn() {
        assertThat(web.submit("/login", "/login", Map.of("username", "api@labo.example", "password",
                "Vk8#Lp2!Rz5q")).location()).endsWith("/login?technical");
        String user = TestAccounts.person(accounts, "departed", "declarants");
        accounts.deactivate(user);
        assertThat(web.submit("/login", "/login", Map.of("username", user, "password", PASSWORD)).location())
                .endsWith("/login?disabled");
    }

    @Test
    void forgottenPasswordIsResetByASingleUseLinkAndTheNewPasswordFollowsTheRules() throws Exception {
        String user = TestAccounts.person(accounts, "forgetful", "declarants");
        String nobody = "nobody." + java.util.UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        WebSession.Page unknown = web.submit("/password/forgot", "/password/forgot", Map.of("email", nobody));
        WebSession.Page known = web.submit("/password/forgot", "/password/forgot", Map.of("email", user));
        assertThat(known.body()).contains("Si un compte existe pour cette adresse");
        assertThat(withoutCsrf(known.body())).as("the same page, byte for byte, for an unknown address")
                .isEqualTo(withoutCsrf(unknown.body()));
        List<jakarta.mail.internet.MimeMessage> mails = mailsTo(user, 1);
        assertThat(TestMailServer.to(nobody)).as("requests are handled in order: the unknown "
                + "address's was done before the known one's mail left").isEmpty();
        assertThat(events.about(nobody)).extracting(e -> e.getKind())
                .containsExactly(SecurityEventKind.PASSWORD_RESET_REQUESTED);
        Matcher link = Pattern.compile("(/password/reset\\?token=[A-Za-z0-9_-]+)").matcher(Mails.text(mails.get(0)));
        assertThat(link.find()).isTrue();

        WebSession.Page weak = web.submit(link.group(1), "/password/reset", Map.of("token", token(link.group(1)),
                "password", "password", "confirmation", "password"));
        assertThat(weak.body()).contains(PasswordPolicy.RULES.get(PasswordPolicy.FORBIDDEN_WORD));
        String newPassword = "Hq3$kR8!wZ5n";
        assertThat(web.submit(link.group(1), "/password/reset", Map.of("token", token(link.group(1)), "password",
                newPassword, "confirmation", newPassword)).location()).endsWith("/login?reset");
        assertThat(web.get(link.group(1)).body()).as("single use").contains("n&#39;est plus valable");
        // the holder is told, once, with what to do if it was not them
        List<jakarta.mail.internet.MimeMessage> told = mailsTo(user, 2);
        assertThat(told.get(1).getSubject()).isEqualTo("Votre mot de passe a été changé");
        assertThat(Mails.text(told.get(1))).contains("a été changé le ", "Si ce n'est pas vous",
                "/password/forgot", "importation-medicaments@ansm.sante.fr");

        assertThat(new WebSession("http://127.0.0.1:" + port).submit("/login", "/login",
                Map.of("username", user, "password", PASSWORD)).location()).endsWith("/login?error");
        assertThat(new WebSession("http://127.0.0.1:" + port).submit("/login", "/login",
                Map.of("username", user, "password", newPassword)).location()).endsWith("/login/totp");
    }

    @Test
    void resetLinksAreLimitedToThreeAnHourPerAccount() throws Exception {
        String user = TestAccounts.person(accounts, "flooded", "declarants");
        for (int i = 0; i < PasswordResets.LINKS_PER_HOUR + 2; i++) {
            web.submit("/password/forgot", "/password/forgot", Map.of("email", user));
        }
        String marker = TestAccounts.person(accounts, "marker", "declarants");
        web.submit("/password/forgot", "/password/forgot", Map.of("email", marker));
        mailsTo(marker, 1);
        assertThat(TestMailServer.to(user)).hasSize(PasswordResets.LINKS_PER_HOUR);
    }

    /**
     * Failures enough from this machine (which every test's page comes from) for a wait long enough
     * that no slowness of the test machine ends it before the next request (256 s or more).
     */
    private void slowDownThisMachine() {
        for (int i = 0; i < settings.addressFreeFailures() + 8; i++) {
            throttle.failed("127.0.0.1", "nobody" + i + "@test.example");
        }
    }

    private static String withoutSeconds(String body) {
        return body.replaceAll("réessayez dans <span>\\d+</span>", "réessayez dans <span>…</span>");
    }

    /** Someone who has the password, at the code's page. */
    private WebSession guesserWithThePassword(String user) {
        WebSession guesser = new WebSession("http://127.0.0.1:" + port);
        assertThat(guesser.submit("/login", "/login", Map.of("username", user, "password", PASSWORD)).location())
                .endsWith("/login/totp");
        return guesser;
    }

    private static void guessWrongCodes(WebSession guesser, int count) {
        for (int i = 0; i < count; i++) {
            assertThat(guesser.submit("/login/totp", "/login/totp", Map.of("code", "000000")).body())
                    .contains("Code incorrect");
        }
    }

    /** A reset by mail, from a browser of its own. */
    private void resetPassword(String user, String newPassword) throws Exception {
        TestMailServer.purge();
        String link = requestLink(user, 1);
        assertThat(new WebSession("http://127.0.0.1:" + port).submit(link, "/password/reset", Map.of("token",
                token(link), "password", newPassword, "confirmation", newPassword)).location())
                .endsWith("/login?reset");
    }

    /** Asks for a link and returns it once the {@code count}-th mail to the user arrived. */
    private String requestLink(String user, int count) {
        new WebSession("http://127.0.0.1:" + port).submit("/password/forgot", "/password/forgot",
                Map.of("email", user));
        List<jakarta.mail.internet.MimeMessage> mails = mailsTo(user, count);
        Matcher link = Pattern.compile("(/password/reset\\?token=[A-Za-z0-9_-]+)")
                .matcher(Mails.text(mails.get(count - 1)));
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    /** Waits (10 s at most) for the mails sent after the answer. */
    private static List<jakarta.mail.internet.MimeMessage> mailsTo(String user, int count) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (TestMailServer.to(user).size() < count && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertThat(TestMailServer.to(user)).hasSize(count);
        return TestMailServer.to(user);
    }

    private java.net.http.HttpResponse<String> basic(String user, String password) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + port + "/engine-rest/process-definition/count"))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            (user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Pages carry a CSRF token that differs at every answer (it is masked anew each time). */
    static String withoutCsrf(String body) {
        return body.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "name=\"_csrf\" value=\"…\"");
    }

    private static String token(String path) {
        return path.substring(path.indexOf("token=") + 6);
    }
}
