package org.impexflow.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.impexflow.account.Accounts;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.exportdeclaration.MailIntakeProcess;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.MailIntakes;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TestEstablishments;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** After a filing in Tasklist, its filer learns the number and the link of the case; nobody else learns anything. */
@ImpexflowSpringTest
class FilingOutcomeTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> AS_JSON = Map.of("Accept", "application/json");

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Accounts accounts;
    @Autowired
    Establishments establishments;

    private WebSession logIn(String user) {
        WebSession session = new WebSession("http://localhost:" + port);
        assertThat(session.logIn(user, TestAccounts.PASSWORD, TestAccounts.SECRET).status()).isEqualTo(302);
        return session;
    }

    private ProcessInstance file(String declarant, Establishment establishment, Object... changes) {
        Object[] all = new Object[changes.length + 4];
        all[0] = "establishmentSiret";
        all[1] = establishment.getSiret();
        all[2] = "declarantEmail";
        all[3] = declarant;
        System.arraycopy(changes, 0, all, 4, changes.length);
        return Declarations.fileAs(engine, declarant, Declarations.with(Declarations.dei(), all));
    }

    private JsonNode outcome(WebSession session, String processInstanceId) throws Exception {
        WebSession.Page answer = session.request("GET", "/mes-declarations/depot/" + processInstanceId, AS_JSON);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    @Test
    void theFilerGetsTheNumberAndTheLinkOfTheCaseAndItsPageOpens() throws Exception {
        Establishment establishment = TestEstablishments.create(establishments, "Laboratoire du Dépôt");
        String declarant = TestAccounts.declarant(accounts, establishments, establishment);
        ProcessInstance filed = file(declarant, establishment);
        WebSession session = logIn(declarant);

        JsonNode outcome = outcome(session, filed.getId());

        String number = filed.getBusinessKey();
        assertThat(number).matches("\\d{4}-\\d{2}-\\d{4}");
        assertThat(outcome.get("registered").asBoolean()).isTrue();
        assertThat(outcome.get("title").asText()).isEqualTo("Déclaration N° " + number + " enregistrée");
        assertThat(outcome.get("detail").asText()).contains("L'accusé d'enregistrement (AEE)");
        assertThat(outcome.get("link").asText()).isEqualTo("Voir le dossier");
        assertThat(outcome.get("url").asText()).isEqualTo("/mes-declarations/" + number);
        WebSession.Page page = session.get(outcome.get("url").asText());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(number);
    }

    @Test
    void anImportAuthorisationRequestGetsItsNumberAndTheLinkOfItsPage() throws Exception {
        Establishment establishment = TestEstablishments.create(establishments, "Pharmacie Importatrice");
        String declarant = TestAccounts.declarant(accounts, establishments, establishment);
        ProcessInstance filed = Declarations.startAs(engine, declarant, "import-authorisation",
                Declarations.with(Declarations.importRequest(), "establishmentSiret", establishment.getSiret(),
                        "declarantEmail", declarant));
        WebSession session = logIn(declarant);

        JsonNode outcome = outcome(session, filed.getId());

        String number = filed.getBusinessKey();
        assertThat(outcome.get("title").asText())
                .isEqualTo("Demande d'autorisation d'importation N° " + number + " enregistrée");
        assertThat(outcome.get("url").asText()).isEqualTo("/mes-declarations/autorisations-importation/" + number);
        assertThat(session.get(outcome.get("url").asText()).body()).contains(number);
    }

    @Test
    void aColleagueOfTheSameEstablishmentGetsTheCaseButAnotherEstablishmentAndAnsmGetNothing() throws Exception {
        Establishment establishment = TestEstablishments.create(establishments, "Laboratoire Voisin A");
        String declarant = TestAccounts.declarant(accounts, establishments, establishment);
        ProcessInstance filed = file(declarant, establishment);

        String colleague = TestAccounts.declarant(accounts, establishments, establishment);
        assertThat(outcome(logIn(colleague), filed.getId()).get("number").asText()).isEqualTo(filed.getBusinessKey());

        String stranger = TestAccounts.declarant(accounts, establishments,
                TestEstablishments.create(establishments, "Laboratoire Voisin B"));
        WebSession.Page answer = logIn(stranger).request("GET", "/mes-declarations/depot/" + filed.getId(), AS_JSON);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).doesNotContain(filed.getBusinessKey());

        String reviewer = TestAccounts.person(accounts, "reviewer", "ansm-reviewers");
        WebSession ansmSession = logIn(reviewer);
        WebSession.Page ansm = ansmSession.request("GET", "/mes-declarations/depot/" + filed.getId(), AS_JSON);
        assertThat(ansm.status()).as("the same answer as for an id that is no filing").isEqualTo(404)
                .isEqualTo(ansmSession.request("GET", "/mes-declarations/depot/unknown-instance", AS_JSON).status());
        assertThat(ansm.body()).doesNotContain(filed.getBusinessKey());

        WebSession.Page nobody = new WebSession("http://localhost:" + port)
                .request("GET", "/mes-declarations/depot/" + filed.getId(), AS_JSON);
        assertThat(nobody.status()).isIn(302, 401);
        assertThat(nobody.body() == null ? "" : nobody.body()).doesNotContain(filed.getBusinessKey());

        assertThat(logIn(declarant).request("GET", "/mes-declarations/depot/unknown-instance", AS_JSON).status())
                .isEqualTo(404);
    }

    @Test
    void aFilingThatNeedsNoDeclarationSaysWhyToItsFilerOnly() throws Exception {
        Establishment establishment = TestEstablishments.create(establishments, "Laboratoire Européen");
        String declarant = TestAccounts.declarant(accounts, establishments, establishment);
        ProcessInstance filed = file(declarant, establishment, "destinationCountry", "DE");

        JsonNode outcome = outcome(logIn(declarant), filed.getId());

        assertThat(outcome.get("registered").asBoolean()).isFalse();
        assertThat(outcome.get("title").asText()).isEqualTo("Aucune déclaration enregistrée");
        assertThat(outcome.get("detail").asText()).contains("État membre de l'Union européenne");
        assertThat(outcome.has("url")).isFalse();

        String colleague = TestAccounts.declarant(accounts, establishments, establishment);
        assertThat(logIn(colleague).request("GET", "/mes-declarations/depot/" + filed.getId(), AS_JSON).status())
                .as("the reason is the filer's; nothing was registered for the establishment").isEqualTo(404);
    }

    @Test
    void inEnglishTheOutcomeSpeaksEnglish() throws Exception {
        Establishment establishment = TestEstablishments.create(establishments, "Laboratoire Anglophone");
        String declarant = TestAccounts.declarant(accounts, establishments, establishment);
        ProcessInstance registered = file(declarant, establishment);
        ProcessInstance notRequired = file(declarant, establishment, "destinationCountry", "IT");
        WebSession session = logIn(declarant);
        session.get("/mes-declarations?lang=en");

        assertThat(outcome(session, registered.getId()).get("title").asText())
                .isEqualTo("Declaration No. " + registered.getBusinessKey() + " registered");
        JsonNode why = outcome(session, notRequired.getId());
        assertThat(why.get("title").asText()).isEqualTo("No declaration registered");
        assertThat(why.get("detail").asText()).startsWith("Exporting a medicine without a French marketing authorisation");
    }

    /** What support receives by e-mail and enters in Tasklist: the banner names the case and opens ANSM's page of it. */
    @Test
    void theSupportAgentWhoEntersAMailedDeclarationGetsItsNumberAndAnsmsPageOfTheCaseAndNobodyElse() throws Exception {
        Establishment establishment = TestEstablishments.create(establishments, "Laboratoire Par Courriel");
        String declarant = TestAccounts.declarant(accounts, establishments, establishment);
        String agent = TestAccounts.person(accounts, "support", "ansm-support");
        ProcessInstance intake = Declarations.startAs(engine, agent, MailIntakeProcess.KEY, received(establishment, "SN"));
        WebSession session = logIn(agent);

        JsonNode outcome = outcome(session, intake.getId());

        String number = (String) MailIntakes.variable(engine, intake, MailIntakeProcess.Vars.DECLARATION_NUMBER);
        assertThat(outcome.get("registered").asBoolean()).isTrue();
        assertThat(outcome.get("title").asText()).isEqualTo("Déclaration N° " + number + " enregistrée");
        assertThat(outcome.get("detail").asText()).contains("au nom de l'établissement", "à l'expéditeur");
        assertThat(outcome.get("url").asText()).matches("/ansm/dossiers/\\d+");
        WebSession.Page page = session.get(outcome.get("url").asText());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(number, "Laboratoire Par Courriel");

        String otherAgent = TestAccounts.person(accounts, "support", "ansm-support");
        assertThat(logIn(otherAgent).request("GET", "/mes-declarations/depot/" + intake.getId(), AS_JSON).status())
                .as("the banner is for whoever entered it").isEqualTo(404);
        WebSession.Page ofDeclarant = logIn(declarant).request("GET", "/mes-declarations/depot/" + intake.getId(),
                AS_JSON);
        assertThat(ofDeclarant.status()).isEqualTo(404);
        assertThat(ofDeclarant.body()).doesNotContain(number);
    }

    @Test
    void aMailedDeclarationThatNeedsNoneTellsTheAgentThatNothingWasRegistered() throws Exception {
        Establishment establishment = TestEstablishments.create(establishments, "Laboratoire Courriel Européen");
        String agent = TestAccounts.person(accounts, "support", "ansm-support");
        ProcessInstance intake = Declarations.startAs(engine, agent, MailIntakeProcess.KEY, received(establishment, "DE"));

        JsonNode outcome = outcome(logIn(agent), intake.getId());

        assertThat(outcome.get("registered").asBoolean()).isFalse();
        assertThat(outcome.get("title").asText()).isEqualTo("Aucune déclaration enregistrée");
        assertThat(outcome.get("detail").asText()).contains("Aucune déclaration n'était requise", "expéditeur");
        assertThat(outcome.has("url")).isFalse();
    }

    private static Map<String, Object> received(Establishment establishment, String destination) {
        Map<String, Object> v = Declarations.with(Declarations.dei(), "establishmentSiret", establishment.getSiret(),
                "destinationCountry", destination, "senderEmail", "expediteur@labo.example",
                "mailReceivedOn", "04/12/2026, « DEI »");
        v.remove("declarantEmail");
        return v;
    }
}
