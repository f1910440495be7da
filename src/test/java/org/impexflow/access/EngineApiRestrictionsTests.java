package org.impexflow.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.impexflow.account.Accounts;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TestEstablishments;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * What the engine's APIs let people do beyond their role, closed (issue 16, point 11): people do not
 * edit their own engine profile, declarants do not comment on ANSM's review tasks, and message
 * correlation is closed to declarants and API accounts.
 */
@ImpexflowSpringTest
class EngineApiRestrictionsTests {

    private static final String ENGINE = "/camunda/api/engine/engine/default";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Accounts accounts;
    @Autowired
    Establishments establishments;
    @Autowired
    TestRestTemplate rest;

    @Test
    void aPersonCannotRenameThemselvesThroughTheWebappsApi() {
        Establishment establishment = TestEstablishments.create(establishments, "Laboratoire Profil");
        String declarant = TestAccounts.declarant(accounts, establishments, establishment);
        WebSession session = session(declarant);

        WebSession.Page answer = session.webapp("PUT", ENGINE + "/user/" + declarant + "/profile",
                "{\"id\":\"" + declarant + "\",\"firstName\":\"ANSM\",\"lastName\":\"Direction générale\","
                        + "\"email\":\"" + declarant + "\"}");

        assertThat(answer.status()).isEqualTo(403);
        User user = engine.getIdentityService().createUserQuery().userId(declarant).singleResult();
        assertThat(user.getFirstName()).isEqualTo("Prénom");
        assertThat(user.getLastName()).isEqualTo("Nom");
        assertThat(session.webapp("GET", ENGINE + "/user/" + declarant + "/profile", null).status())
                .as("still reads it").isEqualTo(200);
    }

    @Test
    void aDeclarantCannotCommentOnTheReviewTaskOfItsOwnCase() {
        Establishment establishment = TestEstablishments.create(establishments, "Laboratoire Commentaire");
        String declarant = TestAccounts.declarant(accounts, establishments, establishment);
        String number = Declarations.fileAs(engine, declarant, Declarations.with(Declarations.dei(),
                "establishmentSiret", establishment.getSiret(), "declarantEmail", declarant)).getBusinessKey();
        Declarations.runJobs(engine, instanceId(number));
        String review = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey("Task_ReviewDeclaration").singleResult().getId();
        WebSession session = session(declarant);

        WebSession.Page answer = session.webapp("POST", ENGINE + "/task/" + review + "/comment/create",
                "{\"message\":\"Merci de valider sans attendre – la direction\"}");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.body()).contains("ANSM");
        assertThat(engine.getTaskService().getTaskComments(review)).isEmpty();

        WebSession reviewer = session(TestAccounts.person(accounts, "reviewer", Groups.REVIEWERS));
        assertThat(reviewer.webapp("POST", ENGINE + "/task/" + review + "/comment/create",
                "{\"message\":\"Vérifier le certificat\"}").status()).as("reviewers still comment").isEqualTo(200);
        assertThat(engine.getTaskService().getTaskComments(review)).hasSize(1);
    }

    @Test
    void messageCorrelationIsClosedToDeclarantsAndApiAccounts() {
        Establishment establishment = TestEstablishments.create(establishments, "Laboratoire Message");
        WebSession declarant = session(TestAccounts.declarant(accounts, establishments, establishment));
        String body = "{\"messageName\":\"Message_ImportAuthorisationUsedUp\",\"all\":true}";

        assertThat(declarant.webapp("POST", ENGINE + "/message", body).status()).isEqualTo(403);

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(rest.withBasicAuth(Declarations.API_CLIENT, Declarations.PASSWORD).exchange("/engine-rest/message",
                HttpMethod.POST, new HttpEntity<>(body, headers), String.class).getStatusCode().value())
                .isEqualTo(403);
        assertThat(rest.withBasicAuth(Declarations.API_CLIENT, Declarations.PASSWORD).exchange("/engine-rest/signal",
                HttpMethod.POST, new HttpEntity<>(Map.of("name", "x"), headers), String.class).getStatusCode().value())
                .isEqualTo(403);
    }

    private String instanceId(String businessKey) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .singleResult().getId();
    }

    private WebSession session(String user) {
        WebSession session = new WebSession("http://localhost:" + port);
        assertThat(session.logIn(user, TestAccounts.PASSWORD, TestAccounts.SECRET).status()).isEqualTo(302);
        return session;
    }
}
