package org.impexflow.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.impexflow.account.Accounts;
import org.impexflow.establishment.Establishments;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TestEstablishments;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 20: the help page, public, in French and English, reachable from every page; the support contacts
 * of the configuration; what to do when the phone is lost, also on the code page.
 */
@ImpexflowSpringTest
class HelpPageTests {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Establishments establishments;

    @Test
    void anyoneReadsTheHelpInFrenchWithTheSupportContactsTheGuidesAndTheLostPhone() {
        WebSession.Page page = anonymous().get("/aide");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"fr\"", "<h1>Aide</h1>", "Contacter le support")
                .contains("href=\"tel:0155874090\"", ">01 55 87 40 90</a>")
                .contains("href=\"mailto:importation-medicaments@ansm.sante.fr\"",
                        "href=\"mailto:exportation-medicaments@ansm.sante.fr\"")
                .contains("id=\"creer-un-compte\"", "Ouvrez « Première connexion – Créez un compte »",
                        "Remplissez une seule fois les informations complémentaires")
                .contains("id=\"guide\"", "« Mes déclarations »", "« Mes données » : ce que l&#39;application conserve")
                .contains("id=\"telephone-perdu\"", "supprime l&#39;association entre votre compte",
                        "retrouvez tout l&#39;historique de votre compte")
                .contains("id=\"personal-data-notice\"", "href=\"mailto:dpo@ansm.sante.fr\"",
                        "sous la responsabilité de l&#39;Agence nationale", "Finalité : créer et sécuriser votre compte",
                        "Base légale : l&#39;exercice des missions", "L&#39;accès à vos données est réservé",
                        "Durée de conservation", "droit d&#39;accès et de rectification");
    }

    @Test
    void theHelpIsInEnglishOnRequest() {
        String page = anonymous().get("/aide?lang=en").body();

        assertThat(page).contains("<html lang=\"en\"", "<h1>Help</h1>", "Contact support", "Lost phone",
                "Personal data", "Create an account", "importation-medicaments@ansm.sante.fr",
                "exportation-medicaments@ansm.sante.fr", "01 55 87 40 90", "data protection officer")
                .doesNotContain("Contacter le support", "Téléphone perdu");
    }

    @Test
    void everyPageLinksToTheHelpForAnonymousAndLoggedInPeople() {
        WebSession anonymous = anonymous();
        for (String path : new String[] {"/login", "/register", "/voyageurs", "/verification", "/password/forgot"}) {
            assertThat(anonymous.get(path).body()).as(path).contains("href=\"/aide\"");
        }
        String declarant = TestAccounts.declarant(accounts, establishments,
                TestEstablishments.create(establishments, "Laboratoire de l'Aide"));
        WebSession session = anonymous();
        session.logIn(declarant, TestAccounts.PASSWORD, TestAccounts.SECRET);
        assertThat(session.get("/mes-declarations").body()).contains("id=\"help-link\" href=\"/aide\"");
    }

    @Test
    void theCodePageSaysWhatToDoWhenThePhoneIsLost() {
        String person = TestAccounts.person(accounts, "phone-lost", "declarants");
        WebSession session = anonymous();
        assertThat(session.submit("/login", "/login", Map.of("username", person, "password",
                TestAccounts.PASSWORD)).redirectsTo("/login/totp")).isTrue();

        assertThat(session.get("/login/totp").body()).contains("id=\"lost-phone\"",
                "href=\"mailto:importation-medicaments@ansm.sante.fr\"", "Reconnectez-vous avec la même adresse",
                "href=\"/aide#telephone-perdu\"");
    }

    @Test
    void theTermsOfUseAreReadableWithoutAccountForTheBoxOfTheComplementaryInformation() {
        WebSession.Page cgu = anonymous().get("/aide/cgu");
        assertThat(cgu.status()).isEqualTo(200);
        assertThat(cgu.body()).contains("<h1>Conditions générales d&#39;utilisation</h1>", "id=\"cgu-text\"");
    }

    private WebSession anonymous() {
        return new WebSession("http://127.0.0.1:" + port);
    }
}
