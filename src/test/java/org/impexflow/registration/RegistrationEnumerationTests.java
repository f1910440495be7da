package org.impexflow.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.impexflow.account.Accounts;
import org.impexflow.account.PasswordPolicy;
import org.impexflow.account.SecretBox;
import org.impexflow.account.SecuritySettings;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 16, point 8: registering tells nobody whether an address is known (same pages, byte for byte,
 * after the same work), and nobody can disturb or cancel another person's pending registration.
 */
@ImpexflowSpringTest
class RegistrationEnumerationTests {

    private static final String PASSWORD = "Rv7#mQz!Lw2k";

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Registrations registrations;
    @Autowired
    PendingRegistrationRepository pending;

    @Test
    void aKnownAddressGetsByteForByteThePagesOfANewOneUpToTheCancellation() {
        String known = TestAccounts.person(accounts, "known", "declarants");
        String fresh = newEmail();
        WebSession knownSession = browser();
        WebSession freshSession = browser();

        assertSamePages(register(knownSession, known), known, register(freshSession, fresh), fresh);
        assertThat(pending.findByEmail(fresh)).isPresent();
        assertSamePages(knownSession.get("/register/verify"), known, freshSession.get("/register/verify"), fresh);
        for (int remaining = 4; remaining >= 1; remaining--) {
            WebSession.Page knownAnswer = wrongCode(knownSession);
            assertThat(knownAnswer.body()).contains("Il vous reste " + remaining + " essai(s)");
            assertSamePages(knownAnswer, known, wrongCode(freshSession), fresh);
        }
        WebSession.Page cancelled = wrongCode(knownSession);
        assertThat(cancelled.body()).contains("Trop de codes erronés");
        assertSamePages(cancelled, known, wrongCode(freshSession), fresh);
        assertThat(pending.findByEmail(fresh)).as("five wrong codes in its own session cancel a request").isEmpty();
    }

    @Test
    void aStrangerCannotDisturbOrCancelSomeoneElsesPendingRegistration() {
        String email = newEmail();
        WebSession owner = browser();
        register(owner, email);
        PendingRegistration registration = pending.findByEmail(email).orElseThrow();

        WebSession stranger = browser();
        for (int i = 0; i < 6; i++) {
            WebSession.Page answer = stranger.submit("/register/verify", "/register/verify",
                    Map.of("email", email, "code", "000000"));
            assertThat(answer.body()).contains("Demande introuvable").doesNotContain("essai(s)");
        }
        register(stranger, email);
        assertThat(pending.findByEmail(email)).as("still pending, untouched").hasValueSatisfying(r -> {
            assertThat(r.getId()).isEqualTo(registration.getId());
            assertThat(r.getFailedCodes()).isZero();
        });

        WebSession.Page verified = owner.submit("/register/verify", "/register/verify",
                Map.of("code", registrations.code(registration)));
        assertThat(verified.location()).endsWith("/register/cgu");
    }

    @Test
    void aKnownAddressCostsTheSameBcryptHashAsANewOne() {
        Accounts accountsMock = mock(Accounts.class);
        PendingRegistrationRepository repository = mock(PendingRegistrationRepository.class);
        SecretBox secrets = mock(SecretBox.class);
        RuntimeService runtime = mock(RuntimeService.class, RETURNS_DEEP_STUBS);
        when(accountsMock.hash(PASSWORD)).thenReturn("{bcrypt}hash");
        when(accountsMock.exists("known@test.example")).thenReturn(true);
        when(repository.findByEmail(anyString())).thenReturn(Optional.empty());
        when(repository.save(any())).thenAnswer(call -> call.getArgument(0));
        Registrations page = new Registrations(repository, accountsMock, new PasswordPolicy(), secrets,
                SecuritySettings.defaults(), runtime, Clock.systemUTC());

        assertThat(page.register(new Registrations.Form("Jean", "Dupont", "known@test.example", PASSWORD))).isEmpty();
        verify(accountsMock, times(1)).hash(PASSWORD);
        assertThat(page.register(new Registrations.Form("Jean", "Dupont", "new@test.example", PASSWORD))).isPresent();
        verify(accountsMock, times(2)).hash(PASSWORD);
    }

    private WebSession browser() {
        return new WebSession("http://127.0.0.1:" + port);
    }

    private static WebSession.Page register(WebSession session, String email) {
        return session.submit("/register", "/register", Map.of("firstName", "Jean", "lastName", "Dupont",
                "email", email, "password", PASSWORD));
    }

    private static WebSession.Page wrongCode(WebSession session) {
        return session.submit("/register/verify", "/register/verify", Map.of("code", "000000"));
    }

    /** The pages of two addresses are the same but for the address itself and the CSRF token. */
    private static void assertSamePages(WebSession.Page first, String firstEmail, WebSession.Page second,
            String secondEmail) {
        assertThat(first.status()).isEqualTo(second.status());
        assertThat(normalised(first.body(), firstEmail)).isEqualTo(normalised(second.body(), secondEmail));
    }

    private static String normalised(String body, String email) {
        return body.replace(email, "<adresse>").replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "name=\"_csrf\"");
    }

    private static String newEmail() {
        return "jean." + UUID.randomUUID().toString().substring(0, 8) + "@labo-test.example";
    }
}
