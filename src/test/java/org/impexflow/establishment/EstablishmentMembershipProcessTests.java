package org.impexflow.establishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.impexflow.establishment.MembershipProcess.Elements.*;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.account.Accounts;
import org.impexflow.audit.SecurityEvent;
import org.impexflow.audit.SecurityEventKind;
import org.impexflow.audit.SecurityEvents;
import org.impexflow.support.Declarations;
import org.impexflow.support.FlowNodeCoverage;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.Mails;
import org.impexflow.support.Onboarding;
import org.impexflow.support.ProcessTestSupport;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TestEstablishments;
import org.impexflow.support.TestMailServer;
import org.impexflow.validation.InvalidInputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of processes/establishment-membership.bpmn, and the attack of the security review
 * replayed (issue 16, point 1): an outsider who registers and types an establishment's SIRET in the
 * complementary information sees nothing of it until a manager of the establishment or ANSM support
 * accepts.
 */
@ImpexflowSpringTest
class EstablishmentMembershipProcessTests {

    private static final FlowNodeCoverage COVERAGE = new FlowNodeCoverage(MembershipProcess.KEY);

    @Autowired
    ProcessEngine engine;
    @Autowired
    Accounts accounts;
    @Autowired
    Establishments establishments;
    @Autowired
    Memberships memberships;
    @Autowired
    SecurityEvents securityEvents;

    @BeforeEach
    void setUp() throws Exception {
        init(engine);
        TestMailServer.purge();
    }

    @Test
    void anOutsiderTypingAnEstablishmentsSiretSeesNothingOfItUntilItsManagerAccepts() {
        Establishment lab = TestEstablishments.create(establishments, "Laboratoire Cible");
        String manager = TestAccounts.person(accounts, "manager", "declarants");
        establishments.addMember(manager, lab, EstablishmentRole.MANAGER);
        String colleague = TestAccounts.declarant(accounts, establishments, lab);
        String caseNumber = Declarations.fileAs(engine, manager, Declarations.with(Declarations.dei(),
                "establishmentSiret", lab.getSiret(), "declarantEmail", manager)).getBusinessKey();

        Onboarding.Newcomer outsider = Onboarding.newcomer(engine, accounts, "Ivan", "Intrus");
        Onboarding.validate(engine, outsider, Onboarding.namingSiret(outsider, lab.getSiret(), "Peu importe"));

        assertThat(outsider.activation()).isEnded();
        assertThat(establishments.ofUser(outsider.email())).as("no membership before a decision").isEmpty();
        assertThat(casesSeenBy(outsider.email(), caseNumber)).as("the establishment's cases stay closed, running "
                + "and in history").isZero();
        ProcessInstance request = request(outsider.email());
        assertThat(request).isWaitingAt(NOTIFY_REQUESTED, DECIDE);
        Task decision = decision(request);
        assertThat(decision.getName()).isEqualTo("Rattachement à Laboratoire Cible demandé par Ivan Intrus");
        assertThat((String) engine.getRuntimeService().getVariable(request.getId(), "requestSummary"))
                .as("what the requester typed, beside what is registered under the SIRET")
                .contains("Raison sociale saisie par le demandeur", "Peu importe",
                        "Adresse saisie par le demandeur", "1 rue de la Demande 75001 Paris");
        assertThat(engine.getTaskService().getIdentityLinksForTask(decision.getId())).extracting(l -> l.getGroupId())
                .containsExactlyInAnyOrder(lab.managersGroupId(), "ansm-support");
        // Tasklist names the candidate groups by the names the person may read, else by their ids
        String supportAgent = TestAccounts.person(accounts, "support", "ansm-support");
        for (String viewer : List.of(manager, supportAgent)) {
            assertThat(groupNamesReadBy(viewer, lab.managersGroupId(), "ansm-support")).as(viewer)
                    .containsExactlyInAnyOrder("Gestionnaires – Laboratoire Cible", "ANSM – support");
        }

        ProcessTestSupport.execute(engine, job(request, NOTIFY_REQUESTED));
        for (String member : List.of(manager, colleague)) {
            assertThat(Mails.text(ProcessTestSupport.mail(member, "Demande de rattachement à Laboratoire Cible")))
                    .contains("Ivan Intrus", outsider.email(), "/camunda/app/tasklist/");
        }
        assertThat(Mails.text(ProcessTestSupport.mail(outsider.email(), "est transmise")))
                .contains("ne voit aucun dossier");

        assertThatThrownBy(() -> Declarations.as(engine, outsider.email(),
                () -> engine.getTaskService().complete(decision.getId(), Map.of("membershipDecision", "APPROVE"))))
                .as("the requester does not accept themselves").isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> Declarations.as(engine, colleague,
                () -> engine.getTaskService().complete(decision.getId(), Map.of("membershipDecision", "APPROVE"))))
                .as("a member who is not a manager does not decide").isInstanceOf(AuthorizationException.class);

        ProcessTestSupport.claimAndComplete(engine, decision, manager, Map.of("membershipDecision", "APPROVE"));

        assertThat(request).hasPassed(APPROVE).isWaitingAt(NOTIFY_APPROVED);
        assertThat(establishments.ofUser(outsider.email())).hasValueSatisfying(e ->
                assertThat(e.getId()).isEqualTo(lab.getId()));
        assertThat(establishments.isManager(outsider.email(), lab.getId())).isFalse();
        assertThat(casesSeenBy(outsider.email(), caseNumber)).as("accepted: the case opens, running and in history")
                .isEqualTo(2);
        ProcessTestSupport.execute(engine, job(request, NOTIFY_APPROVED));
        assertThat(request).isEnded().hasPassed(END_APPROVED, END_INFORMED);
        assertThat(Mails.text(ProcessTestSupport.mail(outsider.email(), "accepté"))).contains("Laboratoire Cible");
        assertThat(securityEvents.about(outsider.email())).extracting(SecurityEvent::getKind, SecurityEvent::getActor)
                .contains(org.assertj.core.groups.Tuple.tuple(SecurityEventKind.MEMBERSHIP_REQUESTED, outsider.email()),
                        org.assertj.core.groups.Tuple.tuple(SecurityEventKind.MEMBERSHIP_APPROVED, manager));
    }

    /** The names of groups as the engine gives them to a person (Tasklist's task header reads them so). */
    /**
     * The complement of a case received by e-mail is a task of the establishment's accounts and of support:
     * each reads the other's group by its name, as Tasklist shows the task's groups.
     */
    @Test
    void supportAndTheEstablishmentsAccountsReadEachOthersGroupByItsName() {
        Establishment lab = TestEstablishments.create(establishments, "Laboratoire Nommé");
        String declarant = TestAccounts.declarant(accounts, establishments, lab);
        String supportAgent = TestAccounts.person(accounts, "support", "ansm-support");

        for (String viewer : List.of(declarant, supportAgent)) {
            assertThat(groupNamesReadBy(viewer, lab.groupId(), "ansm-support")).as(viewer)
                    .containsExactlyInAnyOrder("Laboratoire Nommé", "ANSM – support");
        }
        String stranger = TestAccounts.declarant(accounts, establishments,
                TestEstablishments.create(establishments, "Laboratoire Étranger"));
        assertThat(groupNamesReadBy(stranger, lab.groupId())).as("another establishment reads nothing of it").isEmpty();
    }

    private List<String> groupNamesReadBy(String userId, String... groupIds) {
        try {
            engine.getIdentityService().setAuthentication(userId, accounts.groupsOf(userId));
            return engine.getIdentityService().createGroupQuery().groupIdIn(groupIds).list().stream()
                    .map(org.camunda.bpm.engine.identity.Group::getName).toList();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    @Test
    void supportRefusesWithAReasonThatTheRequesterReceives() {
        Establishment lab = TestEstablishments.create(establishments, "Laboratoire Prudent");
        establishments.addMember(TestAccounts.person(accounts, "manager", "declarants"), lab, EstablishmentRole.MANAGER);
        Onboarding.Newcomer outsider = Onboarding.newcomer(engine, accounts, "Ivan", "Intrus");
        Onboarding.validate(engine, outsider, Onboarding.namingSiret(outsider, lab.getSiret(), "x"));
        ProcessInstance request = request(outsider.email());
        Task decision = decision(request);

        assertThatThrownBy(() -> ProcessTestSupport.claimAndComplete(engine, decision, Declarations.SUPPORT,
                Map.of("membershipDecision", "REFUSE", "membershipReason", " ")))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("membershipReason");
        Task again = decision(request);
        ProcessTestSupport.claimAndComplete(engine, again, Declarations.SUPPORT, Map.of("membershipDecision", "REFUSE",
                "membershipReason", "Personne inconnue du pharmacien responsable"));

        assertThat(request).hasPassed(REFUSE).isWaitingAt(NOTIFY_REFUSED);
        assertThat(establishments.ofUser(outsider.email())).isEmpty();
        assertThat(memberships.latestOf(outsider.email())).hasValueSatisfying(r -> {
            assertThat(r.getStatus()).isEqualTo(MembershipRequest.Status.REFUSED);
            assertThat(r.getDecidedBy()).isEqualTo(Declarations.SUPPORT);
        });
        ProcessTestSupport.execute(engine, job(request, NOTIFY_REFUSED));
        ProcessTestSupport.execute(engine, job(request, NOTIFY_REQUESTED));
        assertThat(request).isEnded().hasPassed(END_REFUSED, END_INFORMED);
        assertThat(Mails.text(ProcessTestSupport.mail(outsider.email(), "refusé")))
                .contains("Personne inconnue du pharmacien responsable");
        assertThat(securityEvents.about(outsider.email())).extracting(SecurityEvent::getKind)
                .contains(SecurityEventKind.MEMBERSHIP_REFUSED);
    }

    @Test
    void aManagerOfAnotherEstablishmentCannotDecide() {
        Establishment lab = TestEstablishments.create(establishments, "Laboratoire A");
        Establishment other = TestEstablishments.create(establishments, "Laboratoire B");
        String otherManager = TestAccounts.person(accounts, "manager", "declarants");
        establishments.addMember(otherManager, other, EstablishmentRole.MANAGER);
        Onboarding.Newcomer outsider = Onboarding.newcomer(engine, accounts, "Ivan", "Intrus");
        Onboarding.validate(engine, outsider, Onboarding.namingSiret(outsider, lab.getSiret(), "x"));
        Task decision = decision(request(outsider.email()));

        assertThatThrownBy(() -> Declarations.as(engine, otherManager, () -> {
            engine.getTaskService().claim(decision.getId(), otherManager);
            engine.getTaskService().complete(decision.getId(), Map.of("membershipDecision", "APPROVE"));
        })).isInstanceOf(AuthorizationException.class);
        assertThat(establishments.ofUser(outsider.email())).isEmpty();
    }

    @Test
    void forgedVariablesOnTheDecisionDoNotChooseWhoJoinsWhat() {
        Establishment lab = TestEstablishments.create(establishments, "Laboratoire Honnête");
        Establishment coveted = TestEstablishments.create(establishments, "Laboratoire Convoité");
        String manager = TestAccounts.person(accounts, "manager", "declarants");
        establishments.addMember(manager, lab, EstablishmentRole.MANAGER);
        String accomplice = TestAccounts.person(accounts, "accomplice", "declarants");
        Onboarding.Newcomer outsider = Onboarding.newcomer(engine, accounts, "Ivan", "Intrus");
        Onboarding.validate(engine, outsider, Onboarding.namingSiret(outsider, lab.getSiret(), "x"));
        ProcessInstance request = request(outsider.email());

        ProcessTestSupport.claimAndComplete(engine, decision(request), manager, Map.of("membershipDecision", "APPROVE",
                "requesterEmail", accomplice, "establishmentSiret", coveted.getSiret(),
                "managersGroup", coveted.managersGroupId()));

        assertThat(establishments.ofUser(outsider.email()).orElseThrow().getId()).isEqualTo(lab.getId());
        assertThat(establishments.ofUser(accomplice)).isEmpty();
        assertThat(establishments.members(coveted.getId())).isEmpty();
    }

    @Test
    void theAccountAcceptedIntoAnEstablishmentWithoutManagerManagesIt() {
        Establishment orphan = TestEstablishments.create(establishments, "Laboratoire sans compte");
        Onboarding.Newcomer first = Onboarding.newcomer(engine, accounts, "Paula", "Première");
        Onboarding.validate(engine, first, Onboarding.namingSiret(first, orphan.getSiret(), "x"));
        ProcessInstance request = request(first.email());
        assertThat(establishments.ofUser(first.email())).as("an establishment already on record is asked").isEmpty();

        ProcessTestSupport.claimAndComplete(engine, decision(request), Declarations.SUPPORT,
                Map.of("membershipDecision", "APPROVE"));

        assertThat(establishments.isManager(first.email(), orphan.getId())).isTrue();
        assertThat(engine.getIdentityService().createUserQuery().userId(first.email())
                .memberOfGroup(orphan.managersGroupId()).count()).isEqualTo(1);
    }

    @Test
    void aNewEstablishmentIsCreatedWithItsFirstAccountAsManager() {
        Onboarding.Newcomer founder = Onboarding.newcomer(engine, accounts, "Fanny", "Fondatrice");
        String siret = TestEstablishments.randomSiret();
        Onboarding.validate(engine, founder, Onboarding.namingSiret(founder, siret, "Laboratoire Nouveau"));

        Establishment created = establishments.bySiret(siret).orElseThrow();
        assertThat(establishments.ofUser(founder.email()).orElseThrow().getId()).isEqualTo(created.getId());
        assertThat(establishments.isManager(founder.email(), created.getId())).isTrue();
        assertThat(memberships.pendingOf(founder.email())).isEmpty();
        assertThat(securityEvents.about(founder.email())).extracting(SecurityEvent::getKind)
                .contains(SecurityEventKind.MEMBER_ADDED);
    }

    /**
     * The first name and name go verbatim into the mail to the establishment's managers: a name with a web
     * address or other signs is refused at the complementary information, naming the field; no request, no mail.
     */
    @Test
    void aNameWithAWebAddressIsRefusedAtTheComplementaryInformationAndNoManagerIsMailed() {
        Establishment lab = TestEstablishments.create(establishments, "Laboratoire Visé");
        String manager = TestAccounts.person(accounts, "manager", "declarants");
        establishments.addMember(manager, lab, EstablishmentRole.MANAGER);
        Onboarding.Newcomer outsider = Onboarding.newcomer(engine, accounts, "Ivan", "Intrus");
        Map<String, Object> information = Onboarding.namingSiret(outsider, lab.getSiret(), "x");
        information.put("firstName", "Votre accès expire, http://evil.example/ansm");
        information.put("lastName", "evil.example");

        assertThatThrownBy(() -> Onboarding.validate(engine, outsider, information))
                .hasMessageContaining("Prénom : lettres, espaces, tirets, apostrophes et points seulement")
                .hasMessageContaining("Nom : lettres, espaces, tirets, apostrophes et points seulement");
        assertThat(memberships.pendingOf(outsider.email())).as("no request, no mail to the managers").isEmpty();
        assertThat(outsider.activation()).isWaitingAt("Task_CompleteInformation");

        information.put("firstName", "Ivan");
        information.put("lastName", "Intrus-O'Brien");
        Onboarding.validate(engine, outsider, information);
        assertThat(memberships.pendingOf(outsider.email())).isPresent();
    }

    @AfterAll
    static void everyFlowNodeIsWalked() {
        COVERAGE.assertEveryFlowNodeWalked();
    }

    // --- helpers ---------------------------------------------------------------------------------

    private ProcessInstance request(String email) {
        MembershipRequest request = memberships.pendingOf(email).orElseThrow();
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(request.getProcessInstanceId()).singleResult();
        COVERAGE.track(engine, pi.getId());
        return pi;
    }

    private Task decision(ProcessInstance request) {
        return engine.getTaskService().createTaskQuery().processInstanceId(request.getId()).taskDefinitionKey(DECIDE)
                .singleResult();
    }

    private org.camunda.bpm.engine.runtime.Job job(ProcessInstance pi, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(activityId)
                .singleResult();
    }

    /** How often the person reads the case in the engine: running (0 or 1) plus in history (0 or 1). */
    private long casesSeenBy(String userId, String businessKey) {
        long[] count = new long[1];
        Declarations.as(engine, userId, () -> count[0] = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).count()
                + engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).count());
        return count[0];
    }
}
