package org.impexflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The entry page speaks the language chosen with FR | EN like the pages behind it: until 2026-12-08 it stayed
 * in French (and said {@code lang="fr"}) under an English header.
 */
@ImpexflowSpringTest
class EntryPageTests {

    @LocalServerPort
    int port;

    @Test
    void theEntryPageIsInFrenchThenInEnglishOnceEnglishIsChosenWithTheSameLinks() {
        WebSession anonymous = new WebSession("http://localhost:" + port);
        String french = anonymous.get("/").body();
        assertThat(french).contains("<html lang=\"fr\"", "<title>Accueil – impexflow</title>");
        assertThat(main(french)).contains("<h2>Déclarants</h2>", "Déposez une déclaration depuis",
                "formulaire commun DEI/DEC", "Transporter des médicaments", "authentification HTTP Basic");

        String english = anonymous.get("/?lang=en").body();
        assertThat(english).contains("<html lang=\"en\"", "<title>Home – impexflow</title>");
        assertThat(main(english)).contains("<h2>Declarants</h2>", "File a declaration from",
                        "common IES/AES form", "Carrying medicines when entering or leaving France",
                        "HTTP Basic authentication")
                .doesNotContain("Déclarants", "Déposez", "formulaire commun", "Voyageurs", "sans compte", "Dépôt");
        assertThat(anonymous.get("/").body()).as("the choice is kept").contains("<h2>Declarants</h2>");
        for (String link : new String[] {"href=\"/camunda/app/tasklist/\"", "href=\"/pieces-jointes\"",
                "id=\"common-form\" href=\"/aide/formulaire\"", "id=\"travellers\" href=\"/voyageurs\"",
                "href=\"/camunda/app/cockpit/\""}) {
            assertThat(main(french)).as(link).contains(link);
            assertThat(main(english)).as(link).contains(link);
        }
    }

    private static String main(String page) {
        return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
    }
}
