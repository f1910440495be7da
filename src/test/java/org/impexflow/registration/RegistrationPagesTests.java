package org.impexflow.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 20, "Accounts and help": the way from the login page to the account creation, « Annuler » at every
 * step of the registration (the pending registration is removed), the personal-data notice of the form.
 */
@ImpexflowSpringTest
class RegistrationPagesTests {

    private static final String PASSWORD = "Rv7#mQz!Lw2k";

    @LocalServerPort
    int port;
    @Autowired
    Registrations registrations;
    @Autowired
    PendingRegistrationRepository pending;
    @Autowired
    ProcessEngine engine;
    @Value("${impexflow.security.registration-limit.per-address}")
    int registrationsPerAddress;

    @Test
    void theLoginPageLeadsToTheRegistrationAndToItsDetailedProcedure() {
        String login = browser().get("/login").body();
        assertThat(login).contains("href=\"/register\"", "Première connexion – Créez un compte")
                .contains("href=\"/aide#creer-un-compte\"", "Description détaillée de la procédure de");
        assertThat(browser().get("/aide").body()).contains("id=\"creer-un-compte\"",
                "Validation de la création de votre compte utilisateur");
    }

    @Test
    void everyStepOfTheRegistrationHasItsCancelButton() {
        WebSession session = browser();
        assertThat(session.get("/register").body()).contains("action=\"/register/cancel\"", ">Annuler</button>");
        String email = newEmail();
        assertThat(register(session, email).body()).contains("Validation de votre compte",
                "action=\"/register/cancel\"", ">Annuler</button>");
        PendingRegistration registration = pending.findByEmail(email).orElseThrow();
        assertThat(session.submit("/register/verify", "/register/verify", Map.of("code",
                registrations.code(registration))).location()).endsWith("/register/cgu");
        assertThat(session.get("/register/cgu").body()).contains("Conditions générales d&#39;utilisation",
                "action=\"/register/cancel\"", ">Annuler</button>");

        WebSession.Page cancelled = session.submit("/register/cgu", "/register/cancel", Map.of());
        assertThat(cancelled.location()).endsWith("/login?registrationCancelled");
        assertThat(pending.findByEmail(email)).as("the verified request is removed too").isEmpty();
        assertThat(session.get("/register/cgu").body()).as("the session forgot it")
                .contains("Aucune demande vérifiée dans cette session");
    }

    @Test
    void cancellingOnThePageOfTheCodeRemovesThePendingRegistrationAndSaysSoOnTheLoginPage() {
        WebSession session = browser();
        String email = newEmail();
        register(session, email);
        assertThat(pending.findByEmail(email)).isPresent();

        WebSession.Page cancelled = session.submit("/register/verify", "/register/cancel", Map.of());

        assertThat(cancelled.status()).isEqualTo(302);
        assertThat(pending.findByEmail(email)).as("the pending registration and its password hash").isEmpty();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(AccountActivationProcess.KEY).processInstanceBusinessKey(email).count())
                .as("its process ended").isZero();
        assertThat(session.get("/login?registrationCancelled").body()).contains("id=\"registration-cancelled\"",
                "Création de compte annulée");
    }

    @Test
    void cancellingWithoutARegistrationInTheSessionTouchesNobodysRequest() {
        String email = newEmail();
        register(browser(), email);

        WebSession stranger = browser();
        assertThat(stranger.submit("/register", "/register/cancel", Map.of()).location())
                .endsWith("/login?registrationCancelled");

        assertThat(pending.findByEmail(email)).as("another browser's request stays").isPresent();
    }

    @Test
    void theServerStillRefusesAPasswordThatBreaksARuleWhateverThePageDid() {
        String email = newEmail();
        WebSession.Page refused = browser().submit("/register", "/register", Map.of("firstName", "Jean",
                "lastName", "Dupont", "email", email, "password", "motdepasse"));
        assertThat(refused.body()).contains("Corrigez les champs signalés");
        assertThat(pending.findByEmail(email)).isEmpty();
    }

    @Test
    void theRegistrationFormCarriesThePersonalDataNoticeWithTheConfiguredContacts() {
        String page = browser().get("/register").body();
        assertThat(page).contains("id=\"personal-data-notice\"", "L.5124-1 et L.5124-13",
                "droit d&#39;accès et de rectification", "tant que votre compte est actif, puis 5 ans",
                "ANSM, DAUR, délégué à la protection des données, 143-147 Bd Anatole France",
                "href=\"mailto:dpo@ansm.sante.fr\"");
    }

    /**
     * Each registration mails any address with the name typed: one client address registers a few times an
     * hour at most (the test profile's number), then gets 429 and a page saying when to try again; a form
     * refused for its fields is not counted, another client is not held back. The clients come through a
     * trusted proxy (127.0.0.1) that names them in X-Forwarded-For.
     */
    @Test
    void registrationsFromOneClientAddressAreLimitedAndTheNextIsAnswered429WithWhenToRetry() {
        WebSession flooder = browser().withHeader("X-Forwarded-For", "203.0.113.40");
        assertThat(flooder.submit("/register", "/register", Map.of("firstName", "Jean", "lastName", "Dupont",
                "email", newEmail(), "password", "motdepasse")).body()).as("refused for its fields: not counted")
                .contains("Corrigez les champs signalés");
        for (int i = 0; i < registrationsPerAddress; i++) {
            assertThat(register(flooder, newEmail()).body()).as("registration " + i).contains("Validation de votre compte");
        }
        String last = newEmail();
        WebSession.Page limited = register(flooder, last);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(3000L, 3600L);
        assertThat(limited.body()).contains("Trop de comptes ont été demandés depuis votre connexion",
                "réessayez dans 60 minute(s)");
        assertThat(pending.findByEmail(last)).as("nothing registered, no mail").isEmpty();
        flooder.get("/register?lang=en");
        WebSession.Page inEnglish = register(flooder, newEmail());
        assertThat(inEnglish.status()).isEqualTo(429);
        assertThat(inEnglish.body()).contains("<html lang=\"en\"", "<h1>Too many accounts requested</h1>",
                "Your request was not recorded: try again in 60 minute(s).", "How to create an account")
                .doesNotContain("Trop de comptes", "réessayez");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(last).count())
                .isZero();
        assertThat(register(browser().withHeader("X-Forwarded-For", "203.0.113.41"), newEmail()).status())
                .as("another client").isEqualTo(200);
    }

    /**
     * The first name goes into the verification mail's greeting, to any address: a name with a web address, an
     * "@" or other signs is refused naming the field, and nothing is sent; names as people write them pass.
     */
    @Test
    void namesWithAWebAddressAnAtSignOrOtherSignsAreRefusedNamingTheField() {
        WebSession session = browser().withHeader("X-Forwarded-For", "203.0.113.42");
        String email = newEmail();
        WebSession.Page phishing = session.submit("/register", "/register", Map.of("firstName",
                "Bob, votre compte ANSM expire: http://evil.example/ansm", "lastName", "Dupont", "email", email,
                "password", PASSWORD));
        assertThat(phishing.body()).contains("Corrigez les champs signalés", "Prénom : lettres, espaces, tirets, "
                + "apostrophes et points seulement (ni adresse web, ni « @ », ni chiffres)")
                .doesNotContain("Nom : lettres");
        for (String lastName : List.of("evil.example", "www.evil.fr", "bob@evil.example", "Dupont 2", "<b>Dupont</b>")) {
            assertThat(session.submit("/register", "/register", Map.of("firstName", "Jean", "lastName", lastName,
                    "email", email, "password", PASSWORD)).body()).as(lastName)
                    .contains("Nom : lettres, espaces, tirets, apostrophes et points seulement");
        }
        assertThat(pending.findByEmail(email)).as("nothing registered, no mail").isEmpty();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(email).count())
                .isZero();

        for (String[] name : List.of(new String[] {"Jean-Marie", "N'Diaye"}, new String[] {"J.-P.", "O’Neil"},
                new String[] {"Zoë", "de La Fontaine"}, new String[] {"Ana Lucía", "Nuñez-Ibáñez"})) {
            assertThat(registrations.register(new Registrations.Form(name[0], name[1], newEmail(), PASSWORD)))
                    .as(String.join(" ", name)).isPresent();
        }
    }

    /** A person who chose English reads the refusals of the registration in English, each under its field. */
    @Test
    void onTheEnglishPageTheRefusalsAreInEnglish() {
        WebSession session = browser().withHeader("X-Forwarded-For", "203.0.113.43");
        session.get("/register?lang=en");
        WebSession.Page refused = session.submit("/register", "/register", Map.of("firstName",
                "Bob http://evil.example", "lastName", "", "email", "not-an-address", "password", "abc"));
        assertThat(refused.body()).contains("Correct the fields marked.",
                "First name: letters, spaces, hyphens, apostrophes and dots only (no web address, no &quot;@&quot;, "
                        + "no digits)", ">required<", ">not a valid e-mail address<", "From 8 to 20 characters",
                "At least one upper-case and one lower-case letter")
                .doesNotContain("obligatoire", "lettres, espaces", "adresse e-mail invalide", "Entre 8 et 20 caractères");

        WebSession french = browser().withHeader("X-Forwarded-For", "203.0.113.44");
        assertThat(french.submit("/register", "/register", Map.of("firstName", "", "lastName", "Dupont", "email",
                "not-an-address", "password", "abc")).body()).as("French otherwise")
                .contains(">obligatoire<", ">adresse e-mail invalide<");
    }

    private WebSession browser() {
        return new WebSession("http://127.0.0.1:" + port);
    }

    private static WebSession.Page register(WebSession session, String email) {
        return session.submit("/register", "/register", Map.of("firstName", "Jean", "lastName", "Dupont",
                "email", email, "password", PASSWORD));
    }

    private static String newEmail() {
        return "jean." + UUID.randomUUID().toString().substring(0, 8) + "@labo-test.example";
    }
}
