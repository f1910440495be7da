package org.impexflow.narcotics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.impexflow.narcotics.ManagerRequestProcess.Elements.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.access.Groups;
import org.impexflow.account.Accounts;
import org.impexflow.audit.SecurityEvent;
import org.impexflow.audit.SecurityEventKind;
import org.impexflow.audit.SecurityEvents;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.support.Declarations;
import org.impexflow.support.FlowNodeCoverage;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.Mails;
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
 * Every path of processes/narcotics-manager-request.bpmn: an account of an operator asks for the
 * narcotics "Manager" profile; the narcotics team grants it or refuses it with a reason; the requester
 * is mailed the decision once; the security log keeps each step. Who asks is the authenticated person.
 */
@ImpexflowSpringTest
class NarcoticsManagerRequestProcessTests {

    private static final FlowNodeCoverage COVERAGE = new FlowNodeCoverage(ManagerRequestProcess.KEY);

    @Autowired
    ProcessEngine engine;
    @Autowired
    Accounts accounts;
    @Autowired
    Establishments establishments;
    @Autowired
    NarcoticsOperators operators;
    @Autowired
    ManagerRequests requests;
    @Autowired
    SecurityEvents securityEvents;

    private Establishment operator;
    private String preparer;
    private String narcoticsAgent;

    @BeforeEach
    void anOperatorWithAnAccountThatIsNotManager() throws Exception {
        init(engine);
        TestMailServer.purge();
        operator = TestEstablishments.create(establishments, "Laboratoire Opiacés");
        operators.register(operator.getId(), LocalDate.of(2020, 1, 1));
        preparer = TestAccounts.declarant(accounts, establishments, operator);
        narcoticsAgent = TestAccounts.person(accounts, "stup", Groups.NARCOTICS);
    }

    @Test
    void theNarcoticsTeamGrantsTheProfileAndTheRequesterIsToldOnce() {
        ProcessInstance request = ask(preparer, "Pharmacienne responsable adjointe, je prépare le JARE");

        assertThat(request).isWaitingAt(DECIDE);
        assertThat(request.getBusinessKey()).isEqualTo("GESTIONNAIRE-" + operator.getId() + ":" + preparer);
        assertThat(engine.getRuntimeService().getVariable(request.getId(), ManagerRequestProcess.Vars.REQUESTER))
                .as("who asks, from the authentication").isEqualTo(preparer);
        Task decision = decision(request);
        assertThat(decision.getName()).isEqualTo("Profil Gestionnaire : Prénom Nom pour Laboratoire Opiacés");
        assertThat(decision.getDueDate()).isNotNull();
        assertThat(engine.getTaskService().getIdentityLinksForTask(decision.getId())).extracting(l -> l.getGroupId())
                .containsExactly(Groups.NARCOTICS);
        assertThat(operators.isManager(operator.getId(), preparer)).isFalse();

        ProcessTestSupport.claimAndComplete(engine, decision, narcoticsAgent,
                Map.of(ManagerRequestProcess.Vars.DECISION, ManagerRequestProcess.APPROVE));

        assertThat(request).hasPassed(APPROVE).isWaitingAt(NOTIFY_APPROVED);
        assertThat(operators.isManager(operator.getId(), preparer)).isTrue();
        Job mail = job(request, NOTIFY_APPROVED);
        ProcessTestSupport.execute(engine, mail);
        assertThat(request).isEnded().hasPassed(END_APPROVED);
        assertThat(Mails.text(ProcessTestSupport.mail(preparer, "Profil Gestionnaire des stupéfiants accordé")))
                .contains("Laboratoire Opiacés", operator.getSiret(), "/stupefiants/declarations");
        assertThat(TestMailServer.to(preparer)).as("sent once").hasSize(1);
        assertThat(securityEvents.about(preparer)).extracting(SecurityEvent::getKind, SecurityEvent::getActor)
                .contains(tuple(SecurityEventKind.NARCOTICS_MANAGER_REQUESTED, preparer),
                        tuple(SecurityEventKind.NARCOTICS_MANAGER_APPROVED, narcoticsAgent));
    }

    @Test
    void aRefusalNeedsItsReasonWhichTheRequesterReceives() {
        ProcessInstance request = ask(preparer, "Je voudrais soumettre");
        Task decision = decision(request);

        assertThatThrownBy(() -> ProcessTestSupport.claimAndComplete(engine, decision, narcoticsAgent,
                Map.of(ManagerRequestProcess.Vars.DECISION, ManagerRequestProcess.REFUSE,
                        ManagerRequestProcess.Vars.DECISION_REASON, "  ")))
                .hasRootCauseInstanceOf(InvalidInputException.class)
                .hasMessageContaining(ManagerRequestProcess.Vars.DECISION_REASON);
        assertThat(request).isWaitingAt(DECIDE);

        ProcessTestSupport.claimAndComplete(engine, decision(request), narcoticsAgent,
                Map.of(ManagerRequestProcess.Vars.DECISION, ManagerRequestProcess.REFUSE,
                        ManagerRequestProcess.Vars.DECISION_REASON, "Le pharmacien responsable est déjà Gestionnaire"));

        assertThat(request).hasPassed(REFUSE).isWaitingAt(NOTIFY_REFUSED);
        assertThat(operators.isManager(operator.getId(), preparer)).isFalse();
        ProcessTestSupport.execute(engine, job(request, NOTIFY_REFUSED));
        assertThat(request).isEnded().hasPassed(END_REFUSED);
        assertThat(Mails.text(ProcessTestSupport.mail(preparer, "refusé")))
                .contains("Le pharmacien responsable est déjà Gestionnaire");
        assertThat(securityEvents.about(preparer)).extracting(SecurityEvent::getKind, SecurityEvent::getActor)
                .contains(tuple(SecurityEventKind.NARCOTICS_MANAGER_REFUSED, narcoticsAgent));
    }

    @Test
    void aDecisionWithoutChoiceOrByAnotherTeamIsRefused() {
        ProcessInstance request = ask(preparer, "Gestion des stupéfiants");
        assertThatThrownBy(() -> ProcessTestSupport.claimAndComplete(engine, decision(request), narcoticsAgent,
                Map.of()))
                .hasRootCauseInstanceOf(InvalidInputException.class)
                .hasMessageContaining(ManagerRequestProcess.Vars.DECISION);
        String reviewer = TestAccounts.person(accounts, "reviewer", Groups.REVIEWERS);
        String taskId = decision(request).getId();
        assertThatThrownBy(() -> Declarations.as(engine, reviewer, () -> engine.getTaskService()
                .complete(taskId, Map.of(ManagerRequestProcess.Vars.DECISION,
                        ManagerRequestProcess.APPROVE))))
                .as("the task is the narcotics team's")
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        assertThat(operators.isManager(operator.getId(), preparer)).isFalse();
    }

    @Test
    void oneRequestPendingPerAccountAndOperator() {
        ask(preparer, "Première demande");
        long before = instances();
        assertThatThrownBy(() -> ask(preparer, "Seconde demande"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
                        .extracting(e -> e.field()).containsExactly("managerRequest"));
        assertThat(instances()).isEqualTo(before);
    }

    @Test
    void aManagerOrAnAccountOfAnEstablishmentThatIsNotAnOperatorCannotAsk() {
        String manager = TestAccounts.declarant(accounts, establishments, operator);
        operators.addManager(operator.getId(), manager);
        assertThatThrownBy(() -> ask(manager, "Encore"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
                        .extracting(e -> e.field()).containsExactly("managerRequest"));
        Establishment notOperator = TestEstablishments.create(establishments, "Laboratoire sans stupéfiants");
        String other = TestAccounts.declarant(accounts, establishments, notOperator);
        assertThatThrownBy(() -> ask(other, "Je veux soumettre", notOperator))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
                        .extracting(e -> e.field()).containsExactly("establishment"));
        assertThatThrownBy(() -> ask(other, "Pour un autre opérateur", operator))
                .as("an account of another establishment does not ask for this operator")
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
                        .extracting(e -> e.field()).containsExactly("establishment"));
        assertThatThrownBy(() -> ask(preparer, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
                        .extracting(e -> e.field()).containsExactly(ManagerRequestProcess.Vars.REQUEST_REASON));
        assertThat(securityEvents.about(other)).extracting(SecurityEvent::getKind)
                .doesNotContain(SecurityEventKind.NARCOTICS_MANAGER_REQUESTED);
    }

    @Test
    void aForgedStartNamingAnotherRequesterIsRefused() {
        String accomplice = TestAccounts.declarant(accounts, establishments, operator);
        long before = instances();
        assertThatThrownBy(() -> Declarations.startAs(engine, accomplice, ManagerRequestProcess.KEY,
                Map.of(ManagerRequestProcess.Vars.REQUESTER, preparer)))
                .as("a declarant has no start of their own, and the requester is never a variable")
                .isInstanceOfAny(InvalidInputException.class, org.camunda.bpm.engine.AuthorizationException.class);
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(ManagerRequestProcess.KEY,
                "GESTIONNAIRE-" + operator.getId() + ":" + preparer, Map.of(ManagerRequestProcess.Vars.REQUESTER,
                        preparer)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
                        .extracting(e -> e.field()).containsExactly(ManagerRequestProcess.Vars.REQUESTER));
        assertThat(instances()).isEqualTo(before);
    }

    @Test
    void forgedVariablesOnTheDecisionDoNotChooseWhoBecomesManagerOfWhat() {
        Establishment coveted = TestEstablishments.create(establishments, "Laboratoire Convoité");
        operators.register(coveted.getId(), LocalDate.of(2020, 1, 1));
        String accomplice = TestAccounts.declarant(accounts, establishments, coveted);
        ProcessInstance request = ask(preparer, "Rôle de responsable");

        ProcessTestSupport.claimAndComplete(engine, decision(request), narcoticsAgent,
                Map.of(ManagerRequestProcess.Vars.DECISION, ManagerRequestProcess.APPROVE,
                        ManagerRequestProcess.Vars.REQUESTER, accomplice, "operatorId", coveted.getId()));

        assertThat(operators.isManager(operator.getId(), preparer)).isTrue();
        assertThat(operators.managers(coveted.getId())).isEmpty();
    }

    @AfterAll
    static void everyFlowNodeIsWalked() {
        COVERAGE.assertEveryFlowNodeWalked();
    }

    // --- helpers ---------------------------------------------------------------------------------

    private ProcessInstance ask(String account, String reason) {
        return ask(account, reason, operator);
    }

    private ProcessInstance ask(String account, String reason, Establishment establishment) {
        List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(account).list().stream()
                .map(g -> g.getId()).toList();
        ProcessInstance pi = requests.request(account, groups, establishment.getId(), reason);
        COVERAGE.track(engine, pi.getId());
        return pi;
    }

    private Task decision(ProcessInstance request) {
        return engine.getTaskService().createTaskQuery().processInstanceId(request.getId()).taskDefinitionKey(DECIDE)
                .singleResult();
    }

    private Job job(ProcessInstance pi, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(activityId)
                .singleResult();
    }

    private long instances() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ManagerRequestProcess.KEY)
                .count();
    }
}
