package org.impexflow.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.account.Accounts;
import org.impexflow.audit.SecurityEventKind;
import org.impexflow.audit.SecurityEvents;
import org.impexflow.casefile.CaseRegister;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.establishment.Memberships;
import org.impexflow.registration.AccountInformation;
import org.impexflow.registration.AccountInformations;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TestEstablishments;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 20, personal data: "Mes données" shows a person what the application keeps about them and downloads
 * it as JSON, never anything of another person; the request for a correction becomes a task for support.
 */
@ImpexflowSpringTest
class PersonalDataPageTests {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Accounts accounts;
    @Autowired
    Establishments establishments;
    @Autowired
    AccountInformations informations;
    @Autowired
    SecurityEvents events;
    @Autowired
    CaseRegister register;
    @Autowired
    Memberships memberships;

    private final ObjectMapper json = new ObjectMapper();
    private Establishment establishment;
    private String alice;
    private String bob;
    private String aliceCase;
    private String bobCase;

    /** Two declarants of one establishment, each with their information, a security event and a case. */
    @BeforeEach
    void twoColleagues() {
        establishment = TestEstablishments.create(establishments, "Laboratoire des Données");
        alice = TestAccounts.declarant(accounts, establishments, establishment);
        bob = TestAccounts.declarant(accounts, establishments, establishment);
        informations.record(alice, "Martin", "Alice", "+33 1 11 11 11 11", AccountInformation.Quality.PHARMACIEN_RESPONSABLE,
                establishment.getId(), alice);
        informations.record(bob, "Bernard", "Bob", "+33 2 22 22 22 22", AccountInformation.Quality.AUTRES,
                establishment.getId(), bob);
        events.record(SecurityEventKind.PASSWORD_RESET, alice, alice, "détail propre à Alice");
        events.record(SecurityEventKind.PASSWORD_RESET, bob, bob, "détail propre à Bob");
        events.record(SecurityEventKind.SECOND_FACTOR_RESET, "agent.support@ansm.example", alice, "par le support");
        aliceCase = fileCase(alice, "Médicament d'Alice");
        bobCase = fileCase(bob, "Médicament de Bob");
    }

    @Test
    void thePersonSeesTheirAccountInformationEstablishmentEventsAndCasesAndNothingOfAColleague() {
        WebSession session = loggedIn(alice);

        WebSession.Page page = session.get("/mes-donnees");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Mes données</h1>", alice, "Martin", "+33 1 11 11 11 11",
                "Pharmacien Responsable", "Laboratoire des Données", establishment.getSiret(), "détail propre à Alice",
                aliceCase, "127.0.0.1", "une autre personne (support de l&#39;ANSM",
                "<th>Langue des courriels et des documents</th><td>Français</td>")
                .doesNotContain(bob, "Bernard", "+33 2 22 22 22 22", "détail propre à Bob", bobCase,
                        "agent.support@ansm.example");
    }

    @Test
    void theDownloadIsTheSameDataAsJsonAndHoldsNothingOfAColleague() throws Exception {
        WebSession session = loggedIn(alice);

        WebSession.Page download = session.get("/mes-donnees/export");

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).startsWith("application/json");
        assertThat(download.header("Content-Disposition")).isEqualTo("attachment; filename=\"mes-donnees.json\"");
        JsonNode data = json.readTree(download.body());
        assertThat(data.at("/account/userId").asText()).isEqualTo(alice);
        assertThat(data.at("/complementaryInformation/phone").asText()).isEqualTo("+33 1 11 11 11 11");
        assertThat(data.at("/establishment/siret").asText()).isEqualTo(establishment.getSiret());
        assertThat(data.at("/establishment/role").asText()).isEqualTo("MEMBER");
        assertThat(data.at("/account/loginSources/0/address").asText()).isEqualTo("127.0.0.1");
        assertThat(data.at("/filedCases")).extracting(c -> c.get("number").asText()).containsExactly(aliceCase);
        assertThat(data.at("/securityEvents")).anySatisfy(e -> {
            assertThat(e.get("kind").asText()).isEqualTo("SECOND_FACTOR_RESET");
            assertThat(e.get("byAnotherPerson").asBoolean()).isTrue();
            assertThat(e.get("actor").isNull()).as("the agent's identity is not the person's data").isTrue();
        });
        assertThat(download.body()).doesNotContain(bob, "Bernard", "détail propre à Bob", bobCase,
                "agent.support@ansm.example");
    }

    @Test
    void aPendingRequestToJoinAnEstablishmentIsShownToItsAuthorAlone() throws Exception {
        String carol = TestAccounts.person(accounts, "carol", "declarants");
        memberships.request(new Memberships.Requester(carol, "Carol Nouvelle", "Autres", "+33 3 33 33 33 33"),
                establishment, "Carol Nouvelle");

        WebSession session = loggedIn(carol);
        assertThat(session.get("/mes-donnees").body()).contains("id=\"join-request\"", "Laboratoire des Données",
                "En attente de décision");
        JsonNode data = json.readTree(session.get("/mes-donnees/export").body());
        assertThat(data.at("/latestJoinRequest/status").asText()).isEqualTo("PENDING");
        assertThat(data.at("/establishment").isNull()).as("not a member before the decision").isTrue();
        assertThat(loggedIn(alice).get("/mes-donnees").body()).doesNotContain(carol, "id=\"join-request\"");
    }

    @Test
    void thePageIsInEnglishOnRequestAndClosedToAnonymousPeople() {
        assertThat(loggedIn(alice).get("/mes-donnees?lang=en").body()).contains("<h1>My data</h1>",
                "Download my data (JSON)", "Ask for a correction", "Personal data",
                "<th>Language of the mails and documents</th><td>French</td>");
        WebSession.Page anonymous = new WebSession("http://127.0.0.1:" + port).get("/mes-donnees/export");
        assertThat(anonymous.redirectsTo("/login")).isTrue();
    }

    /**
     * A link (another site's included) with {@code ?lang=} changes the language of the pages only; the language
     * of the mails, kept on the account, changes by the form of the page, with its CSRF token.
     */
    @Test
    void aLinkChangesThePagesLanguageOnlyAndTheFormOfThePageTheMailsLanguage() {
        WebSession session = loggedIn(alice);
        assertThat(session.get("/aide?lang=en").body()).as("the pages in English").contains("Help");
        assertThat(accounts.find(alice).orElseThrow().getLanguage()).as("the mails' language unchanged by a link")
                .isEqualTo(java.util.Locale.FRENCH);
        assertThat(session.get("/mes-declarations?lang=en").status()).isEqualTo(200);
        assertThat(accounts.find(alice).orElseThrow().getLanguage()).isEqualTo(java.util.Locale.FRENCH);

        WebSession.Page forged = session.request("POST", "/mes-donnees/langue?language=en", Map.of());
        assertThat(forged.status()).as("without the page's CSRF token").isEqualTo(403);
        assertThat(accounts.find(alice).orElseThrow().getLanguage()).isEqualTo(java.util.Locale.FRENCH);

        // on French pages: the mails' language changes, the pages stay French
        session.get("/aide?lang=fr");
        WebSession.Page saved = session.submit("/mes-donnees", "/mes-donnees/langue", Map.of("language", "en"));
        assertThat(saved.redirectsTo("/mes-donnees?langue")).isTrue();
        assertThat(accounts.find(alice).orElseThrow().getLanguage()).isEqualTo(java.util.Locale.ENGLISH);
        assertThat(session.get("/mes-donnees?langue").body()).contains("Langue enregistrée",
                "<option value=\"en\" selected=\"selected\">");
        assertThat(session.get("/mes-declarations").body()).as("the next page too").contains("lang=\"fr\"");
        assertThat(accounts.find(bob).orElseThrow().getLanguage()).as("nobody else's").isEqualTo(java.util.Locale.FRENCH);
    }

    @Test
    void aCorrectionRequestIsATaskForSupportAskedByThePersonAndAnEmptyOneIsRefusedNamingTheField() {
        WebSession session = loggedIn(alice);

        WebSession.Page empty = session.submit("/mes-donnees", "/mes-donnees/rectification",
                Map.of("correctionRequest", "  "));
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("obligatoire : ce qui est à corriger");
        assertThat(requests()).as("nothing started").isEmpty();

        WebSession.Page sent = session.submit("/mes-donnees", "/mes-donnees/rectification",
                Map.of("correctionRequest", "Mon téléphone est le +33 1 99 99 99 99"));
        assertThat(sent.location()).endsWith("/mes-donnees?sent");
        List<ProcessInstance> started = requests();
        assertThat(started).hasSize(1);
        Map<String, Object> variables = engine.getRuntimeService().getVariables(started.get(0).getId());
        assertThat(variables).containsEntry("correctionRequester", alice)
                .containsEntry("correctionRequest", "Mon téléphone est le +33 1 99 99 99 99");
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(started.get(0).getId()).singleResult();
        assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
                .anyMatch(link -> "ansm-support".equals(link.getGroupId()));
        assertThat(session.get("/mes-donnees?sent").body()).contains("id=\"correction-sent\"",
                "1 demande(s) de rectification en attente", "Demande de rectification de données personnelles");
    }

    private List<ProcessInstance> requests() {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(PersonalDataCorrectionProcess.KEY)
                .processInstanceBusinessKey(PersonalDataCorrectionProcess.businessKey(alice)).list();
    }

    private String fileCase(String declarant, String medicine) {
        ProcessInstance pi = Declarations.fileAs(engine, declarant, Declarations.with(Declarations.dei(),
                "establishmentSiret", establishment.getSiret(), "declarantEmail", declarant, "medicineName", medicine));
        return register.ofProcess(pi.getId()).orElseThrow().getNumber();
    }

    private WebSession loggedIn(String user) {
        WebSession session = new WebSession("http://127.0.0.1:" + port);
        session.logIn(user, TestAccounts.PASSWORD, TestAccounts.SECRET);
        return session;
    }
}
