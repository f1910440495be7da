package org.impexflow.establishment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.account.Accounts;
import org.impexflow.audit.SecurityEvent;
import org.impexflow.audit.SecurityEventKind;
import org.impexflow.audit.SecurityEvents;
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
 * The accounts of an establishment on its page (issue 16, point 1): members see who belongs, managers
 * remove members with a reason kept in the security log, ANSM names managers; each attempt beyond
 * one's role is refused and changes nothing. A removed account loses the cases in its open session.
 */
@ImpexflowSpringTest
class EstablishmentMembersPageTests {

    private static final ObjectMapper JSON = new ObjectMapper();
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
    SecurityEvents securityEvents;
    @Autowired
    Memberships memberships;

    @Test
    void aManagerRemovesAMemberWhoLosesTheCasesAtOnceEvenInAnOpenSession() throws Exception {
        Establishment lab = TestEstablishments.create(establishments, "Laboratoire Retrait");
        String manager = manager(lab);
        String leaver = TestAccounts.declarant(accounts, establishments, lab);
        String number = Declarations.fileAs(engine, manager, Declarations.with(Declarations.dei(),
                "establishmentSiret", lab.getSiret(), "declarantEmail", manager)).getBusinessKey();
        WebSession leaverSession = session(leaver);
        assertThat(casesIn(leaverSession, number)).isEqualTo(1);
        WebSession managerSession = session(manager);

        WebSession.Page page = managerSession.get("/mon-etablissement");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Laboratoire Retrait", leaver, manager, "Gestionnaire");

        WebSession.Page withoutReason = managerSession.submit("/mon-etablissement", "/mon-etablissement/membres/retirer",
                Map.of("compte", leaver, "motif", " ", "confirmation", "oui"));
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.body()).contains("Le motif est obligatoire");
        assertThat(establishments.ofUser(leaver)).as("nothing changed").isPresent();

        WebSession.Page removed = managerSession.submit("/mon-etablissement", "/mon-etablissement/membres/retirer",
                Map.of("compte", leaver, "motif", "A quitté le laboratoire le 30/11", "confirmation", "oui"));

        assertThat(removed.redirectsTo("/mon-etablissement")).isTrue();
        assertThat(managerSession.get("/mon-etablissement").body()).contains("Le compte est retiré")
                .doesNotContain("data-member=\"" + leaver + "\"");
        assertThat(establishments.ofUser(leaver)).isEmpty();
        assertThat(casesIn(leaverSession, number)).as("the open session no longer reads the case").isZero();
        assertThat(leaverSession.get("/mes-declarations/" + number).status()).isIn(403, 404);
        assertThat(securityEvents.about(leaver)).filteredOn(e -> e.getKind() == SecurityEventKind.MEMBER_REMOVED)
                .singleElement().satisfies(event -> {
                    assertThat(event.getActor()).isEqualTo(manager);
                    assertThat(event.getDetail()).contains("Laboratoire Retrait", "A quitté le laboratoire le 30/11");
                    assertThat(event.getSource()).isNotBlank();
                });
    }

    @Test
    void aRemovedMemberNeitherReadsNorAnswersTheComplementTaskItWasGiven() throws Exception {
        Establishment lab = TestEstablishments.create(establishments, "Laboratoire Départ");
        String manager = manager(lab);
        String leaver = TestAccounts.declarant(accounts, establishments, lab);
        Task complement = complementGivenTo(leaver, lab);
        WebSession leaverSession = session(leaver);
        String task = ENGINE + "/task/" + complement.getId();
        assertThat(leaverSession.webapp("GET", task + "/form-variables", null).status()).isEqualTo(200);

        WebSession.Page removed = session(manager).submit("/mon-etablissement", "/mon-etablissement/membres/retirer",
                Map.of("compte", leaver, "motif", "A quitté le laboratoire", "confirmation", "oui"));
        assertThat(removed.redirectsTo("/mon-etablissement")).isTrue();

        assertThat(leaverSession.webapp("GET", task + "/form-variables", null).status()).isIn(403, 404);
        assertThat(leaverSession.webapp("POST", task + "/complete",
                "{\"variables\":{\"complementAnswer\":{\"value\":\"Réponse d'un ancien membre\"}}}").status())
                .isIn(403, 404);
        Task after = engine.getTaskService().createTaskQuery().taskId(complement.getId()).singleResult();
        assertThat(after).as("still open").isNotNull();
        assertThat(after.getAssignee()).as("back to the establishment's accounts").isNull();
        assertThat(engine.getTaskService().getIdentityLinksForTask(complement.getId()))
                .anyMatch(link -> lab.groupId().equals(link.getGroupId()));
    }

    @Test
    void anAccountMovedToAnotherEstablishmentLeavesTheFormerOnesTasksToIt() {
        Establishment former = TestEstablishments.create(establishments, "Laboratoire Quitté");
        Establishment next = TestEstablishments.create(establishments, "Laboratoire Rejoint");
        String mover = TestAccounts.declarant(accounts, establishments, former);
        Task complement = complementGivenTo(mover, former);
        assertThat(taskGrants(mover, complement)).isPositive();

        memberships.placedBySupport(mover, next, Declarations.SUPPORT);

        assertThat(engine.getTaskService().createTaskQuery().taskId(complement.getId()).singleResult().getAssignee())
                .isNull();
        assertThat(taskGrants(mover, complement)).as("the engine's grant to the former assignee").isZero();
        long[] seen = new long[1];
        Declarations.as(engine, mover, () -> seen[0] = engine.getTaskService().createTaskQuery()
                .taskId(complement.getId()).count());
        assertThat(seen[0]).as("the task as the moved account queries it").isZero();
    }

    @Test
    void aMemberWhoIsNotAManagerRemovesNobody() {
        Establishment lab = TestEstablishments.create(establishments, "Laboratoire Égalité");
        manager(lab);
        String member = TestAccounts.declarant(accounts, establishments, lab);
        String other = TestAccounts.declarant(accounts, establishments, lab);
        WebSession session = session(member);

        assertThat(session.get("/mon-etablissement").body()).contains(other).doesNotContain("name=\"motif\"");
        assertThat(session.submit("/mon-etablissement", "/mon-etablissement/membres/retirer",
                Map.of("compte", other, "motif", "x", "confirmation", "oui")).status()).isEqualTo(403);
        assertThat(establishments.ofUser(other)).isPresent();
    }

    @Test
    void aManagerCannotRemoveAnotherEstablishmentsAccountNorAnotherManager() {
        Establishment lab = TestEstablishments.create(establishments, "Laboratoire Voisin");
        Establishment target = TestEstablishments.create(establishments, "Laboratoire Visé");
        String manager = manager(lab);
        String coManager = manager(lab);
        String stranger = TestAccounts.declarant(accounts, establishments, target);
        WebSession session = session(manager);

        assertThat(session.submit("/mon-etablissement", "/mon-etablissement/membres/retirer",
                Map.of("compte", stranger, "motif", "x", "confirmation", "oui")).status()).isEqualTo(404);
        assertThat(establishments.ofUser(stranger)).isPresent();
        WebSession.Page refused = session.submit("/mon-etablissement", "/mon-etablissement/membres/retirer",
                Map.of("compte", coManager, "motif", "conflit", "confirmation", "oui"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Un gestionnaire ne peut être retiré que par le support");
        assertThat(establishments.isManager(coManager, lab.getId())).isTrue();
    }

    @Test
    void ansmSupportFindsAnEstablishmentAndNamesAManager() {
        Establishment lab = TestEstablishments.create(establishments, "Laboratoire Sans Gestionnaire");
        String member = TestAccounts.declarant(accounts, establishments, lab);
        WebSession support = session(TestAccounts.person(accounts, "support", "ansm-support"));

        assertThat(support.get("/ansm/etablissements?q=" + lab.getSiret()).body()).contains("Laboratoire Sans Gestionnaire");
        assertThat(support.get("/ansm/etablissements/" + lab.getId()).body()).as("addressed to support, not a manager")
                .contains("comme ses gestionnaires").doesNotContain("Vous gérez les comptes");
        assertThat(support.submit("/ansm/etablissements/" + lab.getId(), "/ansm/etablissements/" + lab.getId()
                + "/membres/role", Map.of("compte", member, "role", "MANAGER", "motif", "Demande écrite du PR"))
                .redirectsTo("/ansm/etablissements/" + lab.getId())).isTrue();

        assertThat(establishments.isManager(member, lab.getId())).isTrue();
        assertThat(engine.getIdentityService().createUserQuery().userId(member).memberOfGroup(lab.managersGroupId())
                .count()).isEqualTo(1);
        assertThat(securityEvents.about(member)).extracting(SecurityEvent::getKind)
                .contains(SecurityEventKind.MANAGER_NAMED);
    }

    @Test
    void declarantsDoNotOpenAnsmsEstablishmentPages() {
        Establishment lab = TestEstablishments.create(establishments, "Laboratoire Curieux");
        WebSession declarant = session(TestAccounts.declarant(accounts, establishments, lab));
        assertThat(declarant.get("/ansm/etablissements?q=Labo").status()).isEqualTo(403);
        assertThat(declarant.get("/ansm/etablissements/" + lab.getId()).status()).isEqualTo(403);
    }

    @Test
    void aNewcomerWaitingForADecisionSeesWhereTheRequestStands() {
        Establishment lab = TestEstablishments.create(establishments, "Laboratoire Attendu");
        manager(lab);
        Onboarding.Newcomer newcomer = Onboarding.newcomer(engine, accounts, "Nina", "Nouvelle");
        Onboarding.validate(engine, newcomer, Onboarding.namingSiret(newcomer, lab.getSiret(), "x"));
        WebSession session = session(newcomer.email());

        WebSession.Page home = session.get("/mes-declarations");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Demande de rattachement en attente", "Laboratoire Attendu");
        assertThat(session.get("/mon-etablissement").redirectsTo("/mes-declarations")).isTrue();
    }

    // --- helpers ---------------------------------------------------------------------------------

    private String manager(Establishment establishment) {
        String manager = TestAccounts.person(accounts, "manager", "declarants");
        establishments.addMember(manager, establishment, EstablishmentRole.MANAGER);
        return manager;
    }

    /** A case the member filed for the establishment, whose complement ANSM asked for: the task given to them. */
    private Task complementGivenTo(String member, Establishment establishment) {
        ProcessInstance pi = Declarations.fileAs(engine, member, Declarations.with(Declarations.dei(),
                "establishmentSiret", establishment.getSiret(), "declarantEmail", member));
        Declarations.decide(engine, pi, "REQUEST_COMPLEMENT");
        Task complement = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_ProvideComplement").singleResult();
        assertThat(complement.getAssignee()).isEqualTo(member);
        return complement;
    }

    private long taskGrants(String user, Task task) {
        return engine.getAuthorizationService().createAuthorizationQuery().userIdIn(user)
                .resourceType(org.camunda.bpm.engine.authorization.Resources.TASK).resourceId(task.getId()).count();
    }

    private WebSession session(String user) {
        WebSession session = new WebSession("http://localhost:" + port);
        assertThat(session.logIn(user, TestAccounts.PASSWORD, TestAccounts.SECRET).status()).isEqualTo(302);
        return session;
    }

    private int casesIn(WebSession session, String businessKey) throws Exception {
        WebSession.Page page = session.webapp("GET", ENGINE + "/process-instance?businessKey=" + businessKey, null);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return JSON.readTree(page.body()).size();
    }
}
