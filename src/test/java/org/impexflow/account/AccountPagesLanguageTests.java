package org.impexflow.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The login, its code page, the password reset and the registration pages speak the person's language,
 * body and all, not only the header and footer.
 */
@ImpexflowSpringTest
class AccountPagesLanguageTests {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    LoginThrottle throttle;

    @AfterEach
    void forgetFailures() {
        throttle.liftAddress("127.0.0.1");
    }

    @Test
    void theLoginResetAndRegistrationPagesAreInEnglishWhenChosen() {
        WebSession english = browser();

        assertThat(english.get("/login?lang=en").body()).contains("<html lang=\"en\"", "<h1>Log in</h1>",
                ">E-mail address</label>", ">Password</label>", ">Log in</button>", "Forgot your password?",
                "First time here – Create an account", "Logging in takes two steps")
                .doesNotContain("Connexion", "Adresse e-mail", "Mot de passe", ">Se connecter</button>",
                        "Première connexion");
        assertThat(english.get("/login?error").body()).contains("Wrong e-mail address or password.");
        assertThat(english.get("/password/forgot").body()).contains("<h1>Forgot your password</h1>",
                "E-mail address of your account", "Send me a link", "Back to the login")
                .doesNotContain("Mot de passe oublié", "Recevoir un lien");
        assertThat(english.get("/password/reset?token=unknown").body())
                .contains("This link is no longer valid", "Ask for a new link").doesNotContain("n'est plus valable");
        assertThat(english.get("/register").body()).contains("First time here – Create an account",
                ">First name</label>", ">Last name</label>", "From 8 to 20 characters",
                "No common sequence of characters", ">Continue</button>", ">Cancel</button>",
                "data-levels=\"Very weak|Weak|Fair|Strong|Very strong\"")
                .doesNotContain("Prénom", "Entre 8 et 20 caractères", ">Continuer</button>", ">Annuler</button>");
        assertThat(english.submit("/register", "/register", Map.of("firstName", "Alex", "lastName", "Martin",
                "email", "alex.martin@english.example", "password", "password")).body())
                .contains("Correct the fields marked.", "<div class=\"field-error\">Must not contain &quot;password&quot;")
                .doesNotContain("Ne doit pas contenir");
    }

    @Test
    void theCodePageAndItsRefusalAreInEnglishWhenChosen() {
        String person = TestAccounts.person(accounts, "english-code", "declarants");
        WebSession english = browser();
        english.get("/login?lang=en");
        assertThat(english.submit("/login", "/login", Map.of("username", person, "password",
                TestAccounts.PASSWORD)).redirectsTo("/login/totp")).isTrue();

        assertThat(english.get("/login/totp").body()).contains("<h1>Code of your authenticator app</h1>",
                "for <strong>" + person + "</strong>", ">Check the code</button>", "Phone lost or changed?")
                .doesNotContain("Valider le code", "Téléphone perdu");
        assertThat(english.submit("/login/totp", "/login/totp", Map.of("code", "000000")).body())
                .contains("Wrong or already used code").doesNotContain("Code incorrect");
    }

    @Test
    void thePagesStayFrenchByDefault() {
        WebSession french = browser();

        assertThat(french.get("/login").body()).contains("<html lang=\"fr\"", "<h1>Connexion</h1>",
                ">Adresse e-mail</label>", ">Se connecter</button>", "Mot de passe oublié ?");
        assertThat(french.get("/register").body()).contains(">Prénom</label>", "Entre 8 et 20 caractères",
                ">Continuer</button>");
    }

    private WebSession browser() {
        return new WebSession("http://127.0.0.1:" + port);
    }
}
