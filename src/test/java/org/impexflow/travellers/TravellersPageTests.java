package org.impexflow.travellers;

import static org.assertj.core.api.Assertions.assertThat;

import org.impexflow.account.Accounts;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** "Voyager avec des médicaments", without an account: the questions, and answers in plain words. */
@ImpexflowSpringTest
class TravellersPageTests {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;

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
                "Si le pays de destination (Thaïlande) exige un certificat des autorités de votre pays de résidence",
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
        assertThat(page.body()).contains("Destination : Espagne. Aucune attestation de l&#39;ANSM n&#39;est nécessaire",
                "agence régionale de santé (ARS)", "valable 28 jours").doesNotContain("id=\"filed\"");
        WebSession.Page refused = traveller.upload("/voyageurs/attestation", "/voyageurs/attestation",
                java.util.Map.of("lastName", "Martin"), "prescription", "ordonnance.pdf", new byte[0]);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"firstName-error\"", "id=\"prescription-error\"")
                .doesNotContain("id=\"prescription-chosen\"");
    }

    /** A browser never refills a file field: the page that comes back with errors says to choose it again. */
    @Test
    void aRequestRefusedForAnotherFieldSaysToChooseThePrescriptionAgain() {
        java.util.Map<String, String> form = TransportAttestationProcessTests.form();
        form.remove("firstName");
        form.put("email", "choisir.de.nouveau@voyageur.example");
        byte[] pdf = "%PDF-1.4 ordonnance".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        // an address and a client of their own: the other tests' requests count against their limits
        WebSession.Page french = anonymous().withHeader("X-Forwarded-For", "203.0.113.20").upload(
                "/voyageurs/attestation", "/voyageurs/attestation", form, "prescription", "ordonnance-dr-martin.pdf", pdf);
        WebSession.Page english = anonymous().withHeader("X-Forwarded-For", "203.0.113.20").upload(
                "/voyageurs/attestation?lang=en",
                "/voyageurs/attestation?lang=en", form, "prescription", "ordonnance-dr-martin.pdf", pdf);

        assertThat(french.status()).isEqualTo(422);
        assertThat(french.body()).contains("id=\"firstName-error\"", "id=\"prescription-chosen\"",
                "Ordonnance choisie : ordonnance-dr-martin.pdf", "choisissez-la à nouveau");
        assertThat(english.body()).contains("Prescription chosen: ordonnance-dr-martin.pdf", "choose it again");
    }

    /** The acknowledgement repeats the dose to the address typed: no link, no second line, nothing stored. */
    @Test
    void aDoseOrAPrescriberCarryingALinkOrASecondLineIsRefusedNamingTheField() {
        byte[] pdf = "%PDF-1.4 ordonnance".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long before = attestationsStored();
        int client = 30;
        for (String[] forged : new String[][] {
                {"dailyDose", "1 cp\n\nURGENT : régularisez sur http://evil.example/ansm"},
                {"dailyDose", "1 cp, voir evil.example"},
                {"prescriber", "Dr X – écrire à contact@evil.example"}}) {
            java.util.Map<String, String> form = TransportAttestationProcessTests.form();
            form.put("email", "dose" + client + "@voyageur.example");
            form.put(forged[0], forged[1]);
            WebSession.Page answer = anonymous().withHeader("X-Forwarded-For", "203.0.113." + client++).upload(
                    "/voyageurs/attestation", "/voyageurs/attestation", form, "prescription", "ordonnance.pdf", pdf);

            assertThat(answer.status()).as(forged[1]).isEqualTo(422);
            assertThat(answer.body()).contains("id=\"" + forged[0] + "-error\"", "une seule ligne, sans lien ni adresse");
        }
        assertThat(attestationsStored()).isEqualTo(before);
    }

    @Test
    void aTravellerWhoDoesNotResideInFranceIsToldAtOnceToAskTheirCountrysAuthorityInFrenchAndEnglish() {
        long before = attestationsStored();
        java.util.Map<String, String> answer = java.util.Map.of("residesInFrance", "false");

        WebSession.Page french = anonymous().upload("/voyageurs/attestation", "/voyageurs/attestation", answer,
                "prescription", "ordonnance.pdf", new byte[0]);
        WebSession.Page english = anonymous().upload("/voyageurs/attestation?lang=en", "/voyageurs/attestation?lang=en",
                answer, "prescription", "ordonnance.pdf", new byte[0]);

        assertThat(french.status()).isEqualTo(200);
        assertThat(french.body()).contains("id=\"not-resident-answer\"", "Vous ne résidez pas en France",
                "autorité compétente de votre pays de résidence").doesNotContain("id=\"filed\"", "id=\"refused\"");
        assertThat(english.body()).contains("You do not reside in France",
                "competent authority of your country of residence").doesNotContain("id=\"filed\"");
        assertThat(attestationsStored()).isEqualTo(before);
        assertThat(anonymous().get("/voyageurs/attestation").body()).as("the question is asked")
                .contains("name=\"residesInFrance\" value=\"true\" required", "Résidez-vous en France ?");
    }

    /**
     * An administrator records on the back office that Japan does not require a certificate from the country
     * of residence: a request for Japan is answered without an attestation, with the source, in French and
     * English; a country not in the list needs the traveller's confirmation.
     */
    @Test
    void theAdministratorsListOfDestinationsAnswersTheRequest() {
        WebSession admin = TestAccounts.loggedIn(port, accounts, "referentiel", "ansm-admins");
        String list = "/ansm/referentiel/certificats-destination";
        assertThat(admin.get("/ansm/referentiel").body()).contains("href=\"" + list + "\"",
                "Pays de destination exigeant un certificat");
        WebSession.Page france = admin.submit(list, list, java.util.Map.of("country_code", "FR", "certificate",
                "NOT_REQUIRED", "source", "Erreur", "reason", "Essai"));
        assertThat(france.status()).isEqualTo(400);
        assertThat(france.body()).contains("La France est le pays de résidence des voyageurs");
        WebSession.Page wrongChoice = admin.submit(list, list, java.util.Map.of("country_code", "JP", "certificate",
                "PEUT-ETRE", "source", "Erreur", "reason", "Essai"));
        assertThat(wrongChoice.status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM destination_certificate", Long.class)).isZero();
        assertThat(admin.submit(list, list, java.util.Map.of("country_code", "jp", "certificate", "NOT_REQUIRED",
                "source", "Ambassade du Japon, note du 2 mars 2026", "reason", "Note de l'ambassade")).status())
                .isEqualTo(302);
        assertThat(admin.get(list + "?lang=en").body()).contains("Destination countries requiring a certificate",
                "Ambassade du Japon, note du 2 mars 2026");
        try {
            long before = attestationsStored();
            java.util.Map<String, String> form = TransportAttestationProcessTests.form();
            form.put("destinationCountry", "JP");
            form.remove("destinationRequiresCertificate");
            String french = anonymous().upload("/voyageurs/attestation", "/voyageurs/attestation", form,
                    "prescription", "ordonnance.pdf", "%PDF-1.4 ordonnance".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .body();
            assertThat(french).contains("id=\"destination-answer\"", "Destination : Japon. Ce pays n&#39;exige pas de certificat",
                    "Source : Ambassade du Japon, note du 2 mars 2026").doesNotContain("id=\"filed\"");
            String english = anonymous().upload("/voyageurs/attestation?lang=en", "/voyageurs/attestation?lang=en",
                    form, "prescription", "ordonnance.pdf", "%PDF-1.4 ordonnance".getBytes(
                            java.nio.charset.StandardCharsets.UTF_8)).body();
            assertThat(english).contains("Japan does not require a certificate", "Source: Ambassade du Japon");
            assertThat(attestationsStored()).isEqualTo(before);

            form.put("destinationCountry", "TH");
            WebSession.Page unconfirmed = anonymous().upload("/voyageurs/attestation", "/voyageurs/attestation", form,
                    "prescription", "ordonnance.pdf", "%PDF-1.4 ordonnance".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(unconfirmed.status()).isEqualTo(422);
            assertThat(unconfirmed.body()).contains("id=\"destinationRequiresCertificate-error\"",
                    "pas dans la liste de l&#39;ANSM").doesNotContain("id=\"firstName-error\"");
            assertThat(attestationsStored()).isEqualTo(before);
        } finally {
            jdbc.update("DELETE FROM destination_certificate WHERE country_code = 'JP'");
        }
    }

    @Test
    void theArsAuthorisationsValidityIsComputedFromTheMedicinesMaximumPrescriptionInFrenchAndEnglish() {
        String query = "/voyageurs?sens=LEAVING&pays=ES&classement=NARCOTIC&transport=true&ordonnance=10&quantite=10";
        assertThat(anonymous().get(query + "&medicament=METHADONE_SYRUP").body()).contains("valable 14 jours : "
                + "trente jours, dans la limite de la durée maximale de prescription de Méthadone, sirop (14 jours).");
        assertThat(anonymous().get(query + "&medicament=MORPHINE_ORAL&lang=en").body()).contains("valid 28 days: "
                + "thirty days, within the maximum prescription duration of Morphine, forme orale (28 days).");
        assertThat(anonymous().get(query + "&medicament=").body()).contains("valable 30 jours",
                "Choisissez le médicament ci-dessus");
        assertThat(anonymous().get(query + "&medicament=INCONNU").body()).contains("id=\"medicament-error\"")
                .doesNotContain("id=\"answer\"");
        assertThat(anonymous().get("/voyageurs").body()).contains("id=\"medicament\"", "Méthadone, sirop");
    }

    /**
     * A request sent twice from one page of the form (a double click: both at once) is filed once, and its answer
     * has an address of its own: reloaded, it shows the same request and files nothing. Another session does not
     * see it; the page changed and sent again (back from the answer) is another request.
     */
    @Test
    void aRequestSentTwiceFromOnePageIsFiledOnceAndItsAnswerReloadsWithoutFilingAgain() throws Exception {
        WebSession traveller = anonymous().withHeader("X-Forwarded-For", "203.0.113.40");
        String page = traveller.get("/voyageurs/attestation").body();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"submission\" value=\"([0-9a-f-]{36})\"")
                .matcher(page);
        assertThat(token.find()).as("the page's token").isTrue();
        java.util.Map<String, String> form = org.impexflow.support.TravellerRequests.form("Luc", "Dupont",
                "double-clic@test.example");
        form.put("submission", token.group(1));
        long before = attestationsStored();

        java.util.concurrent.ExecutorService clicks = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.List<java.util.concurrent.Future<WebSession.Page>> sent = clicks.invokeAll(java.util.List.of(
                    () -> traveller.upload("/voyageurs/attestation", "/voyageurs/attestation", form, "prescription",
                            "ordonnance.pdf", org.impexflow.support.RealFiles.pdf()),
                    () -> traveller.upload("/voyageurs/attestation", "/voyageurs/attestation", form, "prescription",
                            "ordonnance.pdf", org.impexflow.support.RealFiles.pdf())));
            for (java.util.concurrent.Future<WebSession.Page> answer : sent) {
                assertThat(answer.get().status()).as(answer.get().body()).isEqualTo(302);
                assertThat(answer.get().location()).endsWith("/voyageurs/attestation/enregistree");
            }
        } finally {
            clicks.shutdown();
        }
        assertThat(attestationsStored()).as("filed once").isEqualTo(before + 1);
        String number = jdbc.queryForObject("SELECT c.case_number FROM case_file c JOIN transport_attestation t ON "
                + "t.id = c.id WHERE t.email = 'double-clic@test.example'", String.class);
        for (int reload = 0; reload < 2; reload++) {
            assertThat(traveller.get("/voyageurs/attestation/enregistree").body()).contains("id=\"filed\"", number);
        }
        assertThat(attestationsStored()).isEqualTo(before + 1);
        WebSession.Page elsewhere = anonymous().get("/voyageurs/attestation/enregistree");
        assertThat(elsewhere.status()).isEqualTo(302);
        assertThat(elsewhere.location()).endsWith("/voyageurs/attestation");

        form.put("returnDate", java.time.LocalDate.parse(form.get("returnDate")).plusDays(1).toString());
        assertThat(traveller.upload("/voyageurs/attestation", "/voyageurs/attestation", form, "prescription",
                "ordonnance.pdf", org.impexflow.support.RealFiles.pdf()).status()).isEqualTo(302);
        assertThat(attestationsStored()).as("another trip from the same page").isEqualTo(before + 2);
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

    private long attestationsStored() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM transport_attestation", Long.class);
    }

    private WebSession anonymous() {
        return new WebSession("http://127.0.0.1:" + port);
    }
}
