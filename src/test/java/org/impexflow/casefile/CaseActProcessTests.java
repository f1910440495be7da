package org.impexflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.impexflow.casefile.CaseActProcess.Elements.*;
import static org.impexflow.casefile.CaseActProcess.Vars.CASE_NUMBER;
import static org.impexflow.casefile.CaseActProcess.Vars.CONFIRMATION;
import static org.impexflow.casefile.CaseActProcess.Vars.REFUSAL_REASON;
import static org.impexflow.support.Declarations.DECLARANT;
import static org.impexflow.support.Declarations.REVIEWER;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.access.Groups;
import org.impexflow.account.Accounts;
import org.impexflow.exportdeclaration.DeclarationRegister;
import org.impexflow.exportdeclaration.DeclarationStatus;
import org.impexflow.exportdeclaration.ExportDeclaration;
import org.impexflow.support.Declarations;
import org.impexflow.support.FlowNodeCoverage;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.JobExecutorDowntime;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TestMailServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.impexflow.validation.InvalidInputException;

/** Walks every path of processes/case-act.bpmn: confirmed, refused, a suspension that ends on its timer. */
@ImpexflowSpringTest
class CaseActProcessTests {

    private static final FlowNodeCoverage COVERAGE = new FlowNodeCoverage(CaseActProcess.KEY);

    @Autowired
    ProcessEngine engine;
    @Autowired
    Accounts accounts;
    @Autowired
    DeclarationRegister declarations;
    @Autowired
    JdbcTemplate jdbc;

    private String secondReviewer;

    @BeforeEach
    void setUp() throws Exception {
        init(engine);
        TestMailServer.purge();
        secondReviewer = TestAccounts.person(accounts, "reviewer2", Groups.REVIEWERS);
    }

    @AfterEach
    void clockBack() {
        ClockUtil.reset();
    }

    @Test
    void aConfirmedProhibitionAppliesThenIsMailedAndEnds() {
        String number = validatedDei();
        ProcessInstance act = propose(CaseActsTests.proposal(number, "PROHIBIT", null));

        assertThat(act).isWaitingAt(CONFIRM).hasPassed(CHECK);
        Task confirmation = task(CONFIRM, act);
        assertThat(confirmation.getName()).isEqualTo("Confirmer – Interdiction de la déclaration d'exportation " + number);
        assertThat(engine.getTaskService().getIdentityLinksForTask(confirmation.getId()))
                .anyMatch(link -> Groups.REVIEWERS.equals(link.getGroupId()));
        assertThat(act).variables().containsEntry("proposedBy", REVIEWER).containsEntry("caseNumber", number);
        assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), confirmation.getDueDate().toInstant()))
                .as("due within two days, shown late after").isBetween(Duration.ofHours(47), Duration.ofHours(48));

        complete(confirmation, secondReviewer, CONFIRMATION, "CONFIRM");
        assertThat(act).hasPassed(APPLY).isWaitingAt(NOTIFY);
        assertThat(declarations.byNumber(number).orElseThrow().getStatus()).isEqualTo(DeclarationStatus.PROHIBITED);
        assertThat(TestMailServer.to(DECLARANT)).isEmpty();

        Job notify = job(NOTIFY, act);
        engine.getManagementService().executeJob(notify.getId());
        assertThat(act).isEnded().hasPassed(NOTIFY, END_APPLIED).variables().containsEntry("confirmedBy", secondReviewer);
        assertThat(TestMailServer.to(DECLARANT)).hasSize(1);
    }

    /** A start carrying what the confirmation sets (prefilling the confirmer's form) is refused, nothing started. */
    @Test
    void aProposalCarryingTheConfirmationsVariablesIsRefusedNamingThem() {
        String number = validatedDei();
        long before = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(CaseActProcess.KEY).count();

        InvalidInputException refused = CaseActsTests.refusal(() -> propose(CaseActsTests.proposal(number, "WITHDRAW",
                null, CONFIRMATION, "CONFIRM", "confirmedBy", secondReviewer)), CONFIRMATION);

        assertThat(refused.concerns("confirmedBy")).isTrue();
        assertThat(refused.getMessage()).contains("n'est pas un champ de la proposition");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(CaseActProcess.KEY).count()).isEqualTo(before);
    }

    /**
     * One act waits for its confirmation per case: a second proposal is refused naming the one pending; once that
     * one is refused, another may be proposed.
     */
    @Test
    void aSecondActOnACaseIsRefusedWhileTheFirstAwaitsItsConfirmation() {
        String number = validatedDei();
        ProcessInstance first = propose(CaseActsTests.proposal(number, "WITHDRAW", null));

        InvalidInputException refused = CaseActsTests.refusal(() -> propose(CaseActsTests.proposal(number, "PROHIBIT",
                null)), CASE_NUMBER);
        assertThat(refused.getMessage()).contains("un autre acte est déjà proposé", "Retrait de la déclaration");

        complete(task(CONFIRM, first), secondReviewer, CONFIRMATION, "REFUSE", REFUSAL_REASON, "Pas de retrait.");
        ProcessInstance second = propose(CaseActsTests.proposal(number, "PROHIBIT", null));
        assertThat(second).isWaitingAt(CONFIRM);
    }

    @Test
    void aRefusedActNeedsItsReasonAndChangesNothing() {
        String number = validatedDei();
        ProcessInstance act = propose(CaseActsTests.proposal(number, "WITHDRAW", null));
        Task confirmation = task(CONFIRM, act);

        CaseActsTests.refusal(() -> complete(confirmation, secondReviewer, CONFIRMATION, "REFUSE"), REFUSAL_REASON);
        assertThat(act).isWaitingAt(CONFIRM);

        complete(task(CONFIRM, act), secondReviewer, CONFIRMATION, "REFUSE", REFUSAL_REASON,
                "Les motifs ne justifient pas un retrait.");
        assertThat(act).isEnded().hasPassed(END_REFUSED).hasNotPassed(APPLY);
        ExportDeclaration unchanged = declarations.byNumber(number).orElseThrow();
        assertThat(unchanged.getStatus()).isEqualTo(DeclarationStatus.VALIDATED);
        assertThat(unchanged.isInForce()).isTrue();
        assertThat(TestMailServer.to(DECLARANT)).isEmpty();
    }

    @Test
    void aSuspensionEndsOnTheEngineClockTheDayAfterItsLastDay() {
        String number = validatedDei();
        LocalDate last = LocalDate.now(CaseNumbering.PARIS).plusDays(3);
        ProcessInstance act = propose(CaseActsTests.proposal(number, "SUSPEND", last.toString()));
        complete(task(CONFIRM, act), secondReviewer, CONFIRMATION, "CONFIRM");
        Declarations.runJobs(engine, act.getId());

        assertThat(act).isWaitingAt(SUSPENSION_ENDS);
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(act.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(CaseActs.suspensionEnds(last));
        assertThat(declarations.byNumber(number).orElseThrow().getStatus()).isEqualTo(DeclarationStatus.SUSPENDED);

        // the last day itself: still suspended
        ClockUtil.setCurrentTime(Date.from(last.atTime(23, 59).atZone(CaseNumbering.PARIS).toInstant()));
        JobExecutorDowntime.runDue(engine, act.getId());
        assertThat(act).isWaitingAt(SUSPENSION_ENDS);

        JobExecutorDowntime.restartAfter(engine, Duration.ofMinutes(2), act.getId());
        assertThat(act).isEnded().hasPassed(END_SUSPENSION, END_SUSPENSION_ENDED);
        ExportDeclaration back = declarations.byNumber(number).orElseThrow();
        assertThat(back.getStatus()).isEqualTo(DeclarationStatus.VALIDATED);
        assertThat(back.isInForce()).isTrue();
        assertThat(back.getAct()).isEmpty();
    }

    /**
     * Confirmed after its last day (proposed days ago): with the real clock, the timer is due at once, fires
     * once, and the case is in force again with one line in its timeline.
     */
    @Test
    void aSuspensionWhoseEndIsAlreadyPastFiresOnceAndLeadsOn() {
        String number = validatedDei();
        ClockUtil.setCurrentTime(Date.from(java.time.Instant.now().minus(Duration.ofDays(5))));
        LocalDate last = LocalDate.now(CaseNumbering.PARIS).minusDays(4);
        ProcessInstance act = propose(CaseActsTests.proposal(number, "SUSPEND", last.toString()));
        ClockUtil.reset();
        complete(task(CONFIRM, act), secondReviewer, CONFIRMATION, "CONFIRM");

        JobExecutorDowntime.runDue(engine, act.getId());

        assertThat(act).isEnded().hasPassed(SUSPENSION_ENDS, END_SUSPENSION_ENDED);
        assertThat(JobExecutorDowntime.assertEachTimerFiredAtMostOncePerDueDate(engine, act.getId()))
                .containsEntry(SUSPENSION_ENDS, 1L);
        ExportDeclaration back = declarations.byNumber(number).orElseThrow();
        assertThat(back.getStatus()).isEqualTo(DeclarationStatus.VALIDATED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_event WHERE case_id = ? AND kind = 'SUSPENSION_ENDED'",
                Long.class, back.getId())).isEqualTo(1L);
    }

    @AfterAll
    static void everyFlowNodeOfTheProcessIsWalked() {
        COVERAGE.assertEveryFlowNodeWalked();
    }

    private String validatedDei() {
        String number = org.impexflow.support.DecidedCases.validatedDei(engine);
        try {
            TestMailServer.purge();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return number;
    }

    private ProcessInstance propose(Map<String, Object> variables) {
        ProcessInstance pi = Declarations.startAs(engine, REVIEWER, CaseActProcess.KEY, variables);
        COVERAGE.track(engine, pi.getId());
        return pi;
    }

    private void complete(Task task, String who, Object... variables) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            values.put((String) variables[i], variables[i + 1]);
        }
        Declarations.as(engine, who, () -> {
            if (engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee() == null) {
                engine.getTaskService().claim(task.getId(), who);
            }
            engine.getTaskService().complete(task.getId(), values);
        });
    }
}
