package org.impexflow.travellers;

import static org.assertj.core.api.Assertions.assertThat;

import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** "Voyager avec des médicaments", without an account: the questions, and answers in plain words. */
@ImpexflowSpringTest
class TravellersPageTests {

    @LocalServerPort
    int port;

    @Test
    void countriesInFrenchOrderAndTheDestinationCarriedIntoTheAttestationRequest() {
        String page = anonymous().get("/voyageurs?sens=LEAVING&pays=TH&classement=NARCOTIC&transport=true"
                + "&ordonnance=14&quantite=14").body();
        assertThat(page.indexOf(">Bénin<")).as("Bénin before Burundi").isPositive()
                .isLessThan(page.indexOf(">Burundi<"));
        assertThat(page).contains("href=\"/voyageurs/attestation?pays=TH\"");
        String request = anonymous().get("/voyageurs/attestation?pays=TH").body();
        assertThat(request).containsPattern("<option value=\"TH\"\\s+selected=\"selected\"");
        assertThat(request.indexOf(">Bénin<")).isPositive().isLessThan(request.indexOf(">Burundi<"));
    }

    @Test
    void anyoneAsksWithoutAnAccount() {
        WebSession.Page page = anonymous().get("/voyageurs");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Voyager avec des médicaments", "J&#39;entre en France", "Thaïlande")
                .doesNotContain("id=\"answer\"", "value=\"FR\"");
    }

    @Test
    void aNarcoticLeavingForACountryOutsideSchengenNeedsTheOriginalPrescriptionAndMaybeAnAnsmAttestation() {
        String page = anonymous().get("/voyageurs?sens=LEAVING&pays=TH&classement=NARCOTIC&transport=true"
                + "&ordonnance=28&quantite=28").body();
        assertThat(page).contains("Oui : vous pouvez transporter ce médicament, jusqu&#39;à 28 jours de traitement.",
                "L&#39;original de la prescription médicale : obligatoire.", "id=\"ansm-attestation\"",
                "Si Thaïlande exige un certificat des autorités de votre pays de résidence",
                "ANSM – attestations de transport");
    }

    @Test
    void aNarcoticFromASchengenCountryNeedsItsAuthoritysCertificate() {
        String page = anonymous().get("/voyageurs?sens=ENTERING&pays=DE&classement=NARCOTIC&transport=true"
                + "&quantite=30").body();
        assertThat(page).contains("jusqu&#39;à 30 jours", "Le certificat délivré par les autorités compétentes du pays "
                + "de provenance (Allemagne) : obligatoire.", "article 75").doesNotContain("id=\"ansm-attestation\"");
        assertThat(anonymous().get("/voyageurs?sens=ENTERING&pays=DE&classement=NARCOTIC&transport=true&quantite=31")
                .body()).contains("Non : cette quantité ne peut pas être transportée (au plus 30 jours",
                        "limité à un mois de traitement");
    }

    @Test
    void theAnswerReadsTheSchengenAreaOnTheDayOfDeparture() {
        String query = "/voyageurs?sens=ENTERING&pays=HR&classement=NARCOTIC&transport=true&ordonnance=28&quantite=28";
        // Croatia joined the Schengen area on 1 January 2023: a narcotic brought in before needs the doctor's
        // prescription, after it the certificate of Croatia's authorities
        assertThat(anonymous().get(query + "&depart=2022-12-15").body())
                .contains("L&#39;ordonnance du médecin : obligatoire.", "hors de l&#39;espace Schengen")
                .doesNotContain("Le certificat délivré par les autorités compétentes du pays de provenance");
        assertThat(anonymous().get(query + "&depart=2023-02-01").body())
                .contains("Le certificat délivré par les autorités compétentes du pays de provenance (Croatie) : obligatoire.");
        assertThat(anonymous().get(query).body()).as("no date: today")
                .contains("Le certificat délivré par les autorités compétentes du pays de provenance (Croatie)");
        String wrong = anonymous().get(query + "&depart=15/12/2022").body();
        assertThat(wrong).contains("id=\"depart-error\"", "Indiquez une date valide").doesNotContain("id=\"answer\"");
    }

    @Test
    void leavingForASchengenCountryWithANarcoticNeedsTheArsAuthorisationOfThirtyDays() {
        assertThat(anonymous().get("/voyageurs?sens=LEAVING&pays=ES&classement=NARCOTIC&transport=true&ordonnance=14"
                + "&quantite=14").body()).contains("agence régionale de santé (ARS)", "valable 30 jours");
    }

    @Test
    void mistakesAreNamedAndEnglishOnRequest() {
        String wrong = anonymous().get("/voyageurs?sens=ENTERING&pays=FR&classement=NONE&quantite=0").body();
        assertThat(wrong).contains("id=\"pays-error\"", "id=\"quantite-error\"").doesNotContain("id=\"answer\"");
        String english = anonymous().get("/voyageurs?lang=en&sens=ENTERING&pays=US&classement=NONE&transport=true"
                + "&quantite=90").body();
        assertThat(english).contains("Travelling with medicines", "Yes: you may carry this medicine, up to 90 days",
                "The prescription: optional, except beyond three months", "United States");
    }

    @Test
    void anAttestationRequestForASchengenDestinationIsAnsweredWithTheArsAuthorisationInstead() {
        java.util.Map<String, String> form = TransportAttestationProcessTests.form();
        form.put("destinationCountry", "ES");
        WebSession traveller = anonymous();

        WebSession.Page page = traveller.upload("/voyageurs/attestation", "/voyageurs/attestation", form,
                "prescription", "ordonnance.pdf", "%PDF-1.4 ordonnance".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Vers Espagne, aucune attestation de l&#39;ANSM n&#39;est nécessaire",
                "agence régionale de santé (ARS)", "valable 30 jours").doesNotContain("id=\"filed\"");
        WebSession.Page refused = traveller.upload("/voyageurs/attestation", "/voyageurs/attestation",
                java.util.Map.of("lastName", "Martin"), "prescription", "ordonnance.pdf", new byte[0]);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"firstName-error\"", "id=\"prescription-error\"");
    }

    /**
     * Every request sends a mail and opens a case, without an account: past 10 an hour from one client
     * address, or 5 an hour for one e-mail address, the page answers 429 with when to try again. The clients
     * come through a trusted proxy (127.0.0.1) that names them in X-Forwarded-For.
     */
    @Test
    void attestationRequestsAreLimitedPerClientAddressAndPerEmail() {
        WebSession flooder = anonymous().withHeader("X-Forwarded-For", "203.0.113.10");
        for (int i = 0; i < 10; i++) {
            assertThat(emptyRequest(flooder, "flood" + i + "@test.example").status()).as("request " + i).isEqualTo(422);
        }
        WebSession.Page limited = emptyRequest(flooder, "flood-last@test.example");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(3000L, 3600L);
        assertThat(limited.body()).contains("Trop de demandes", "réessayez dans 60 minute(s)")
                .doesNotContain("id=\"filed\"");
        assertThat(flooder.upload("/voyageurs/attestation?lang=en", "/voyageurs/attestation?lang=en",
                java.util.Map.of("email", "x@test.example"), "prescription", "o.pdf", new byte[0]).body())
                .contains("try again in");
        // another traveller is not held back
        assertThat(emptyRequest(anonymous().withHeader("X-Forwarded-For", "203.0.113.11"), "other@test.example")
                .status()).isEqualTo(422);

        // one e-mail address from many addresses: 5, then 429
        for (int i = 0; i < 5; i++) {
            assertThat(emptyRequest(anonymous().withHeader("X-Forwarded-For", "198.51.100." + i), "Cible@Test.example")
                    .status()).isEqualTo(422);
        }
        assertThat(emptyRequest(anonymous().withHeader("X-Forwarded-For", "198.51.100.99"), " cible@test.example")
                .status()).isEqualTo(429);
    }

    private static WebSession.Page emptyRequest(WebSession traveller, String email) {
        return traveller.upload("/voyageurs/attestation", "/voyageurs/attestation", java.util.Map.of("email", email),
                "prescription", "ordonnance.pdf", new byte[0]);
    }

    private WebSession anonymous() {
        return new WebSession("http://127.0.0.1:" + port);
    }
}
