package org.impexflow.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.account.Accounts;
import org.impexflow.audit.SecurityEvents;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.establishment.Memberships;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.Onboarding;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TestEstablishments;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The complementary information is the account's own: its form shows the account's e-mail read-only, and
 * a newcomer who sends another account's address with it (as the webapps' API allows any value) neither
 * joins that account's establishment in its place, nor moves it, nor overwrites its information: the
 * completion is refused naming the field, nothing is stored, the task stays open.
 */
@ImpexflowSpringTest
class AccountInformationOfAnotherAccountTests {

    private static final String ENGINE = "/camunda/api/engine/engine/default";
    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Accounts accounts;
    @Autowired
    Establishments establishments;
    @Autowired
    Memberships memberships;
    @Autowired
    AccountInformations informations;
    @Autowired
    SecurityEvents securityEvents;

    @Test
    void aNewcomerSendingAnotherAccountsAddressIsRefusedAndTheOtherAccountKeepsItsEstablishment() throws Exception {
        Establishment victims = TestEstablishments.create(establishments, "Laboratoire Convoité");
        String victim = TestAccounts.declarant(accounts, establishments, victims);
        Establishment attackers = TestEstablishments.create(establishments, "Société Écran");
        Onboarding.Newcomer eve = Onboarding.newcomer(engine, accounts, "Eve", "Mallory");
        Task task = informationTask(eve);
        WebSession session = TestAccounts.loggedIn(port, eve.email());
        int eventsBefore = securityEvents.about(victim).size();

        for (String siret : List.of(victims.getSiret(), attackers.getSiret(), TestEstablishments.randomSiret())) {
            Map<String, Object> information = Onboarding.namingSiret(eve, siret, "Laboratoire Convoité");
            information.put("email", victim);
            for (String action : List.of("/submit-form", "/complete")) {
                WebSession.Page answer = session.webapp("POST", ENGINE + "/task/" + task.getId() + action,
                        body(information));

                assertThat(answer.status()).as(action + " " + answer.body()).isEqualTo(400);
                JsonNode refusal = json.readTree(answer.body());
                assertThat(refusal.path("message").asText()).contains("lecture seule").doesNotContain("ENGINE-");
            }
        }

        assertThat(establishments.ofUser(victim)).map(Establishment::getId).contains(victims.getId());
        assertThat(accounts.groupsOf(victim)).contains(victims.groupId()).doesNotContain(attackers.groupId());
        assertThat(informations.of(victim)).isEmpty();
        assertThat(securityEvents.about(victim)).hasSize(eventsBefore);
        assertThat(establishments.ofUser(eve.email())).isEmpty();
        assertThat(memberships.pendingOf(eve.email())).isEmpty();
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult()).as("still open")
                .isNotNull();
        assertThat(engine.getRuntimeService().getVariable(eve.activation().getId(), "email")).isEqualTo(eve.email());
    }

    @Test
    void theFormSentBackWithTheAddressAsShownIsTheNewcomersOwnRequestToJoin() throws Exception {
        Establishment wanted = TestEstablishments.create(establishments, "Laboratoire Demandé");
        TestAccounts.declarant(accounts, establishments, wanted);
        Onboarding.Newcomer ines = Onboarding.newcomer(engine, accounts, "Inès", "Honnête");
        Task task = informationTask(ines);

        WebSession.Page answer = TestAccounts.loggedIn(port, ines.email()).webapp("POST", ENGINE + "/task/" + task.getId()
                + "/submit-form", body(Onboarding.namingSiret(ines, wanted.getSiret(), "Laboratoire Demandé")));

        assertThat(answer.status()).as(answer.body()).isEqualTo(204);
        assertThat(memberships.pendingOf(ines.email())).as("asked, not joined")
                .hasValueSatisfying(request -> assertThat(request.getEstablishmentId()).isEqualTo(wanted.getId()));
        assertThat(establishments.ofUser(ines.email())).isEmpty();
    }

    @Test
    void insideTheEngineTooOnlyTheHolderOrSupportRecordsAnAccountsInformation() {
        Establishment victims = TestEstablishments.create(establishments, "Laboratoire Gardé");
        String victim = TestAccounts.declarant(accounts, establishments, victims);
        Onboarding.Newcomer eve = Onboarding.newcomer(engine, accounts, "Eve", "Dedans");
        Onboarding.Newcomer other = Onboarding.newcomer(engine, accounts, "Autre", "Personne");
        Task task = informationTask(eve);
        Map<String, Object> information = Onboarding.namingSiret(eve, TestEstablishments.randomSiret(),
                "Société Dedans");

        // someone else than the holder completes the holder's task (here: made its assignee)
        engine.getTaskService().setAssignee(task.getId(), other.email());
        assertThatThrownBy(() -> Declarations.as(engine, other.email(),
                () -> engine.getTaskService().complete(task.getId(), information)))
                .hasMessageContaining("un autre compte");

        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult()).isNotNull();
        assertThat(establishments.ofUser(eve.email())).isEmpty();
        assertThat(informations.of(eve.email())).isEmpty();
        assertThat(establishments.ofUser(victim)).map(Establishment::getId).contains(victims.getId());
    }

    private Task informationTask(Onboarding.Newcomer newcomer) {
        return engine.getTaskService().createTaskQuery().processInstanceId(newcomer.activation().getId())
                .taskDefinitionKey("Task_CompleteInformation").singleResult();
    }

    private String body(Map<String, Object> information) throws Exception {
        Map<String, Object> variables = new HashMap<>();
        information.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return json.writeValueAsString(Map.of("variables", variables));
    }

}
