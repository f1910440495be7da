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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The login in front of everything: password, then TOTP; lock-out; the webapps; password reset. */
@ImpexflowSpringTest
class LoginTests {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;

    private WebSession web;

    @BeforeEach
    void newBrowser() throws Exception {
        web = new WebSession("http://localhost:" + port);
        TestMailServer.purge();
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
    void theSameCodeIsNeverAcceptedTwice() {
        String user = TestAccounts.person(accounts, "declarant", "declarants");
        String code = TotpCodes.code(SECRET, 0);
        web.submit("/login", "/login", Map.of("username", user, "password", PASSWORD));
        assertThat(web.submit("/login/totp", "/login/totp", Map.of("code", code)).status()).isEqualTo(302);

        WebSession second = new WebSession("http://localhost:" + port);
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
    void fiveWrongPasswordsLockTheAccountWithAClearMessageUntilSupportUnlocksIt() {
        String user = TestAccounts.person(accounts, "declarant", "declarants");
        for (int i = 0; i < 5; i++) {
            assertThat(web.submit("/login", "/login", Map.of("username", user, "password", "Wrong#Pass1")).location())
                    .endsWith("/login?error");
        }
        WebSession.Page locked = web.submit("/login", "/login", Map.of("username", user, "password", PASSWORD));
        assertThat(locked.location()).as("even the right password, now").endsWith("/login?locked");
        assertThat(web.get("/login?locked").body()).contains("Compte verrouillé");
        assertThat(accounts.find(user).orElseThrow().getLockedUntil()).isNotNull();

        accounts.unlock(user);
        assertThat(web.logIn(user, PASSWORD, SECRET).status()).isEqualTo(302);
        assertThat(web.get("/camunda/app/tasklist/default/").status()).isEqualTo(200);
    }

    @Test
    void fiveWrongCodesLockTheAccount() {
        String user = TestAccounts.person(accounts, "declarant", "declarants");
        web.submit("/login", "/login", Map.of("username", user, "password", PASSWORD));
        for (int i = 0; i < 4; i++) {
            assertThat(web.submit("/login/totp", "/login/totp", Map.of("code", "000000")).body())
                    .contains("Code incorrect");
        }
        assertThat(web.submit("/login/totp", "/login/totp", Map.of("code", "000000")).location())
                .endsWith("/login?locked");
        assertThat(accounts.find(user).orElseThrow().isLocked(java.time.Instant.now())).isTrue();
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
        assertThat(web.submit("/password/forgot", "/password/forgot", Map.of("email", user)).body())
                .contains("Si un compte existe pour cette adresse");
        assertThat(web.submit("/password/forgot", "/password/forgot", Map.of("email", "nobody@test.example")).body())
                .as("same answer for an unknown address").contains("Si un compte existe pour cette adresse");
        List<jakarta.mail.internet.MimeMessage> mails = TestMailServer.to(user);
        assertThat(mails).hasSize(1);
        assertThat(TestMailServer.to("nobody@test.example")).isEmpty();
        Matcher link = Pattern.compile("(/password/reset\\?token=[A-Za-z0-9_-]+)").matcher(Mails.text(mails.get(0)));
        assertThat(link.find()).isTrue();

        WebSession.Page weak = web.submit(link.group(1), "/password/reset", Map.of("token", token(link.group(1)),
                "password", "password", "confirmation", "password"));
        assertThat(weak.body()).contains(PasswordPolicy.RULES.get(PasswordPolicy.FORBIDDEN_WORD));
        String newPassword = "Hq3$kR8!wZ5n";
        assertThat(web.submit(link.group(1), "/password/reset", Map.of("token", token(link.group(1)), "password",
                newPassword, "confirmation", newPassword)).location()).endsWith("/login?reset");
        assertThat(web.get(link.group(1)).body()).as("single use").contains("n'est plus valable");

        assertThat(new WebSession("http://localhost:" + port).submit("/login", "/login",
                Map.of("username", user, "password", PASSWORD)).location()).endsWith("/login?error");
        assertThat(new WebSession("http://localhost:" + port).submit("/login", "/login",
                Map.of("username", user, "password", newPassword)).location()).endsWith("/login/totp");
    }

    private static String token(String path) {
        return path.substring(path.indexOf("token=") + 6);
    }
}
