package org.impexflow.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
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
 * correlation is closed to declarants and API accounts. Issue 17: a declarant takes their task or
 * gives it back, and completes it, but changes neither its dates, groups, people nor variables, and
 * hands it to nobody else.
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
        assertThat(answer.body()).as("in French, naming where it is done").contains("« Mes données »")
                .doesNotContain("does not have", "permission");
        User user = engine.getIdentityService().createUserQuery().userId(declarant).singleResult();
        assertThat(user.getFirstName()).isEqualTo("Prénom");
        assertThat(user.getLastName()).isEqualTo("Nom");
        assertThat(session.webapp("GET", ENGINE + "/user/" + declarant + "/profile", null).status())
                .as("still reads it").isEqualTo(200);
    }

    @Test
    void neitherCamundaAdminCreatesUsersNorTheProfilePageChangesPasswordsWhichTheApplicationsAccountsHold() {
        String declarant = TestAccounts.declarant(accounts, establishments,
                TestEstablishments.create(establishments, "Laboratoire Mot de Passe"));
        String admin = TestAccounts.person(accounts, "admin", Groups.ADMINISTRATORS);
        String newcomer = "cree.dans.admin@test.example";

        WebSession.Page created = session(admin).webapp("POST", ENGINE + "/user/create", "{\"profile\":{\"id\":\""
                + newcomer + "\",\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"" + newcomer + "\"},"
                + "\"credentials\":{\"password\":\"abc\"}}");
        WebSession.Page changed = session(declarant).webapp("PUT", ENGINE + "/user/" + declarant + "/credentials",
                "{\"password\":\"Nouveau!Mot2Passe\",\"authenticatedUserPassword\":\"" + TestAccounts.PASSWORD + "\"}");

        assertThat(List.of(created, changed)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.body()).contains("Mot de passe oublié").doesNotContain("ENGINE-", "not valid");
        });
        assertThat(engine.getIdentityService().createUserQuery().userId(newcomer).count()).isZero();
        assertThat(session(declarant).get("/mes-declarations").status()).as("the password is unchanged").isEqualTo(200);
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

    @Test
    void aDeclarantTakesOrGivesBackTheirTaskButChangesNothingElseOfIt() {
        Establishment establishment = TestEstablishments.create(establishments, "Laboratoire Tâche");
        String declarant = TestAccounts.declarant(accounts, establishments, establishment);
        ProcessInstance pi = Declarations.fileAs(engine, declarant, Declarations.with(Declarations.dei(),
                "establishmentSiret", establishment.getSiret(), "declarantEmail", declarant));
        Declarations.decide(engine, pi, "REQUEST_COMPLEMENT");
        Task complement = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
        String task = ENGINE + "/task/" + complement.getId();
        Establishment neighbour = TestEstablishments.create(establishments, "Laboratoire Voisin");
        String other = TestAccounts.declarant(accounts, establishments, neighbour);
        WebSession session = session(declarant);

        WebSession.Page dates = session.webapp("PUT", task, "{\"name\":\"" + complement.getName() + "\","
                + "\"due\":null,\"followUp\":\"2030-01-01T10:00:00.000+0000\",\"priority\":50}");
        WebSession.Page group = session.webapp("POST", task + "/identity-links",
                "{\"groupId\":\"establishment-" + neighbour.getId() + "\",\"type\":\"candidate\"}");
        WebSession.Page removed = session.webapp("POST", task + "/identity-links/delete",
                "{\"groupId\":\"establishment-" + establishment.getId() + "\",\"type\":\"candidate\"}");
        WebSession.Page variable = session.webapp("PUT", task + "/variables/declarationStatusLabel",
                "{\"value\":\"Validée\",\"type\":\"String\"}");
        WebSession.Page handed = session.webapp("POST", task + "/assignee", "{\"userId\":\"" + other + "\"}");

        assertThat(List.of(dates, group, removed, variable, handed)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.body()).contains("AuthorizationException").containsAnyOf("ANSM", "vous-même");
        });
        Task after = engine.getTaskService().createTaskQuery().taskId(complement.getId()).singleResult();
        assertThat(after.getDueDate()).isEqualTo(complement.getDueDate());
        assertThat(after.getFollowUpDate()).isNull();
        assertThat(after.getAssignee()).isEqualTo(declarant);
        assertThat(engine.getTaskService().getIdentityLinksForTask(complement.getId()))
                .extracting(IdentityLink::getGroupId).containsOnlyOnce("establishment-" + establishment.getId())
                .doesNotContain("establishment-" + neighbour.getId());
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "declarationStatusLabel")).isNotEqualTo("Validée");

        assertThat(session.webapp("POST", task + "/assignee", "{\"userId\":null}").status()).as("gives it back")
                .isEqualTo(204);
        assertThat(session.webapp("POST", task + "/claim", "{\"userId\":\"" + other + "\"}").status())
                .as("takes it for someone else").isEqualTo(403);
        assertThat(session.webapp("POST", task + "/claim", "{\"userId\":\"" + declarant + "\"}").status())
                .as("takes it").isEqualTo(204);
        assertThat(engine.getTaskService().createTaskQuery().taskId(complement.getId()).singleResult().getAssignee())
                .isEqualTo(declarant);
    }

    @Test
    void nobodyAddsTheEnginesOwnUncheckedAttachmentsToATask() {
        ProcessInstance pi = Declarations.fileAs(engine, Declarations.DECLARANT, Declarations.dei());
        Declarations.decide(engine, pi, "REQUEST_COMPLEMENT");
        Task complement = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
        org.springframework.util.LinkedMultiValueMap<String, Object> parts = new org.springframework.util.LinkedMultiValueMap<>();
        parts.add("attachment-name", "notice.html");
        parts.add("attachment-type", "text/html");
        parts.add("content", new org.springframework.core.io.ByteArrayResource(
                "<script>alert(1)</script>".getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "notice.html";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);

        var api = rest.withBasicAuth(Declarations.API_CLIENT, Declarations.PASSWORD).exchange("/engine-rest/task/"
                + complement.getId() + "/attachment/create", HttpMethod.POST, new HttpEntity<>(parts, headers),
                String.class);
        String reviewer = TestAccounts.person(accounts, "reviewer", Groups.REVIEWERS);
        WebSession.Page webapp = session(reviewer).uploadAsWebapp(ENGINE + "/task/" + complement.getId()
                + "/attachment/create/", "content", "notice.html", new byte[10], true);

        assertThat(api.getStatusCode().value()).as(api.getBody()).isEqualTo(403);
        assertThat(api.getBody()).contains("Pièces jointes");
        assertThat(webapp.status()).as(webapp.body()).isEqualTo(403);
        assertThat(engine.getTaskService().getTaskAttachments(complement.getId())).isEmpty();
    }

    /**
     * A resolution stores a task's variables without the completion's checks: an API account resolved its
     * complement with an executable named .pdf, which was kept as the case's file (204). Nobody, ANSM and the
     * administrators included, delegates or resolves a task: no procedure delegates one.
     */
    @Test
    void nobodyDelegatesOrResolvesATaskWhichWouldSkipTheCompletionsChecks() {
        ProcessInstance pi = Declarations.fileAs(engine, Declarations.DECLARANT, Declarations.dei());
        Declarations.decide(engine, pi, "REQUEST_COMPLEMENT");
        Task complement = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
        String exe = java.util.Base64.getEncoder().encodeToString(
                "MZ\u0090\u0000This program cannot be run in DOS mode".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        String resolution = "{\"variables\":{\"complementFiles\":{\"type\":\"File\",\"value\":\"" + exe
                + "\",\"valueInfo\":{\"filename\":\"evil.pdf\",\"mimeType\":\"application/pdf\"}}}}";
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var api = rest.withBasicAuth(Declarations.API_CLIENT, Declarations.PASSWORD).exchange("/engine-rest/task/"
                + complement.getId() + "/resolve/", HttpMethod.POST, new HttpEntity<>(resolution, headers), String.class);
        assertThat(api.getStatusCode().value()).as(api.getBody()).isEqualTo(403);
        assertThat(api.getBody()).contains("délégation", "rien n'a été enregistré");
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "complementFiles")).isNull();

        String number = Declarations.fileAs(engine, Declarations.DECLARANT, Declarations.dei()).getBusinessKey();
        Task review = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey("Task_ReviewDeclaration").singleResult();
        String colleague = TestAccounts.person(accounts, "reviewer", Groups.REVIEWERS);
        for (String who : List.of(TestAccounts.person(accounts, "reviewer", Groups.REVIEWERS),
                TestAccounts.person(accounts, "admin", Groups.ADMINISTRATORS))) {
            WebSession session = session(who);
            WebSession.Page delegated = session.webapp("POST", ENGINE + "/task/" + review.getId() + "/delegate",
                    "{\"userId\":\"" + colleague + "\"}");
            WebSession.Page resolved = session.webapp("POST", ENGINE + "/task/" + review.getId() + "/resolve",
                    "{\"variables\":{\"reviewComment\":{\"value\":\"réécrit\"}}}");
            assertThat(List.of(delegated, resolved)).as(who).allSatisfy(answer -> {
                assertThat(answer.status()).isEqualTo(403);
                assertThat(answer.body()).contains("AuthorizationException", "délégation");
            });
        }
        Task after = engine.getTaskService().createTaskQuery().taskId(review.getId()).singleResult();
        assertThat(after.getDelegationState()).isNull();
        assertThat(after.getOwner()).isNull();
        assertThat(engine.getRuntimeService().getVariable(after.getProcessInstanceId(), "reviewComment"))
                .isNotEqualTo("réécrit");
    }

    /** An id that names no instance: 404 in French, not the engine's raw 500 (« execution … doesn't exist »). */
    @Test
    void anInstanceThatDoesNotExistIsNotFoundInFrench() {
        Establishment establishment = TestEstablishments.create(establishments, "Laboratoire Inconnu");
        WebSession session = session(TestAccounts.declarant(accounts, establishments, establishment));

        WebSession.Page answer = session.webapp("GET", ENGINE + "/process-instance/"
                + java.util.UUID.randomUUID() + "/variables", null);

        assertThat(answer.status()).as(answer.body()).isEqualTo(404);
        assertThat(answer.body()).contains("Aucun dossier ni aucune tâche ne porte cet identifiant")
                .doesNotContain("NullValueException", "doesn't exist");
    }

    @Test
    void aReviewerStillSetsTheDueDateOfAReview() {
        String number = Declarations.fileAs(engine, Declarations.DECLARANT, Declarations.dei()).getBusinessKey();
        Task review = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey("Task_ReviewDeclaration").singleResult();
        WebSession reviewer = session(TestAccounts.person(accounts, "reviewer", Groups.REVIEWERS));

        assertThat(reviewer.webapp("PUT", ENGINE + "/task/" + review.getId(), "{\"name\":\"" + review.getName()
                + "\",\"due\":\"2030-01-01T10:00:00.000+0000\",\"priority\":50}").status()).isEqualTo(204);
        assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId()).singleResult().getDueDate())
                .hasYear(2030);
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
