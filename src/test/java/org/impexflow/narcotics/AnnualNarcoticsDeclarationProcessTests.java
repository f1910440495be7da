package org.impexflow.narcotics;

import static org.impexflow.support.ProcessTestSupport.execute;
import static org.impexflow.support.ProcessTestSupport.mail;
import static org.impexflow.support.ProcessTestSupport.single;
import static org.impexflow.support.ProcessTestSupport.timer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.impexflow.narcotics.AnnualDeclarationProcess.Elements.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.access.Groups;
import org.impexflow.account.Accounts;
import org.impexflow.casefile.CaseNumbering;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.narcotics.NarcoticsOperators.Kind;
import org.impexflow.support.Declarations;
import org.impexflow.support.RealFiles;
import org.impexflow.support.FlowNodeCoverage;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.JobExecutorDowntime;
import org.impexflow.support.Mails;
import org.impexflow.support.ProcessTestSupport;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TestEstablishments;
import org.impexflow.support.TestMailServer;
import org.impexflow.validation.InvalidInputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Walks every path of processes/annual-narcotics-declaration.bpmn, its timers driven by the test on
 * the engine's clock: on time with reminders, late with ANSM support's follow-up, corrections, and the
 * deadline of a year with an exception on record.
 */
@ImpexflowSpringTest
class AnnualNarcoticsDeclarationProcessTests {

    private static final FlowNodeCoverage COVERAGE = new FlowNodeCoverage(AnnualDeclarationProcess.KEY);
    /** Year 2025 is due on 15 February 2026; the tests live on 10 January 2026. */
    private static final int YEAR = 2025;
    private static final ZonedDateTime JANUARY = ZonedDateTime.of(2026, 1, 10, 9, 0, 0, 0, CaseNumbering.PARIS);

    @Autowired
    ProcessEngine engine;
    @Autowired
    AnnualDeclarations declarations;
    @Autowired
    NarcoticsOperators operators;
    @Autowired
    Establishments establishments;
    @Autowired
    Accounts accounts;

    private Establishment operator;
    private String manager;
    private String preparer;

    @BeforeEach
    void anOperatorWithAManagerAndTwoLines() throws Exception {
        init(engine);
        TestMailServer.purge();
        ClockUtil.setCurrentTime(Date.from(JANUARY.toInstant()));
        operator = TestEstablishments.create(establishments, "Laboratoire Stupéfiants");
        operators.register(operator.getId(), LocalDate.of(2020, 1, 1));
        manager = TestAccounts.declarant(accounts, establishments, operator);
        preparer = TestAccounts.declarant(accounts, establishments, operator);
        operators.addManager(operator.getId(), manager);
        operators.addItem(operator.getId(), Kind.SUBSTANCE, new StockItem("Morphine (sulfate de)", "NDS-M001",
                "03400912345678", "6211-15-0", Unit.GRAM, null));
        operators.addItem(operator.getId(), Kind.PREPARATION, new StockItem("Morphine solution buvable 1 mg/ml",
                "NDS-P001", null, null, Unit.MILLIGRAM, null));
    }

    @AfterEach
    void clockBack() {
        ClockUtil.reset();
    }

    @Test
    void onTimeDeclarationIsRemindedSubmittedByAManagerAcknowledgedAndAccepted() throws Exception {
        ProcessInstance pi = open(YEAR);

        AnnualDeclaration opened = declarations.of(operator.getId(), YEAR).orElseThrow();
        assertThat(opened.getDueDate()).isEqualTo(LocalDate.of(2026, 2, 15));
        assertThat(opened.getStatus()).isEqualTo(AnnualDeclarationStatus.OPEN);
        assertThat(pi).isWaitingAt(AWAIT);
        assertThat(timer(engine, pi, DEADLINE_PASSED).getDuedate().toInstant())
                .isEqualTo(ZonedDateTime.of(2026, 2, 16, 0, 0, 0, 0, CaseNumbering.PARIS).toInstant());
        assertThat(timer(engine, pi, REMINDER_DUE).getDuedate().toInstant()).as("30 days before the deadline")
                .isEqualTo(ZonedDateTime.of(2026, 1, 17, 0, 0, 0, 0, CaseNumbering.PARIS).toInstant());

        remind(pi, ZonedDateTime.of(2026, 1, 17, 0, 0, 1, 0, CaseNumbering.PARIS));
        MimeMessage reminder = single(TestMailServer.to(manager));
        assertThat(Mails.subject(reminder)).isEqualTo("Rappel : déclaration annuelle des stupéfiants et psychotropes "
                + "2025 attendue avant le 15/02/2026");
        assertThat(Mails.text(reminder)).contains("Laboratoire Stupéfiants", "/stupefiants/declarations/2025");
        assertThat(TestMailServer.to(preparer)).as("reminders go to the Managers").isEmpty();
        assertThat(timer(engine, pi, REMINDER_DUE).getDuedate().toInstant()).as("then 7 days before")
                .isEqualTo(ZonedDateTime.of(2026, 2, 9, 0, 0, 0, 0, CaseNumbering.PARIS).toInstant());
        remind(pi, ZonedDateTime.of(2026, 2, 9, 0, 0, 1, 0, CaseNumbering.PARIS));
        remind(pi, ZonedDateTime.of(2026, 2, 15, 0, 0, 1, 0, CaseNumbering.PARIS));
        assertThat(TestMailServer.to(manager)).hasSize(3);
        assertThat(timer(engine, pi, REMINDER_DUE).getDuedate()).as("none left: after the deadline, which comes first")
                .isAfter(timer(engine, pi, DEADLINE_PASSED).getDuedate());
        TestMailServer.purge();

        declarations.submit(operator.getId(), YEAR, manager, "JARE-2025.xlsx", filled(YEAR, 120), null);

        assertThat(pi).hasPassed(SUBMITTED, RECORD_SUBMISSION).isWaitingAt(SEND_ACKNOWLEDGEMENT, REVIEW);
        assertThat(declarations.of(operator.getId(), YEAR).orElseThrow().getStatus())
                .isEqualTo(AnnualDeclarationStatus.SUBMITTED);
        assertThat(engine.getTaskService().getIdentityLinksForTask(task(REVIEW, pi).getId()))
                .anyMatch(link -> Groups.NARCOTICS.equals(link.getGroupId()));
        assertThat(task(REVIEW, pi).getDueDate().getTime()).isEqualTo(
                ((java.util.Date) engine.getRuntimeService().getVariable(pi.getId(), "reviewDueDate")).getTime());
        Declarations.runJobs(engine, pi.getId());
        assertThat(Mails.subject(single(TestMailServer.to(manager)))).isEqualTo("Accusé de réception – déclaration "
                + "annuelle des stupéfiants et psychotropes 2025");

        decide(pi, "ACCEPT", null);

        assertThat(pi).isEnded().hasPassed(ACCEPT, NOTIFY_ACCEPTED, END_ACCEPTED).hasNotPassed(MARK_LATE);
        assertThat(declarations.of(operator.getId(), YEAR).orElseThrow().getStatus())
                .isEqualTo(AnnualDeclarationStatus.ACCEPTED);
        assertThat(TestMailServer.to(manager)).extracting(Mails::subject)
                .contains("Déclaration annuelle des stupéfiants et psychotropes 2025 acceptée");
        assertThat(operators.items(operator.getId(), Kind.SUBSTANCE, YEAR + 1)).singleElement()
                .satisfies(item -> assertThat(item.openingStock()).as("carried into next year's workbook")
                        .isEqualByComparingTo("120"));
        assertThat(declarations.history(declarations.of(operator.getId(), YEAR).orElseThrow().getId()))
                .extracting(AnnualDeclarationEvent::getKind).containsSubsequence(AnnualDeclarationEventKind.OPENED,
                        AnnualDeclarationEventKind.REMINDER_SENT, AnnualDeclarationEventKind.SUBMITTED,
                        AnnualDeclarationEventKind.ACKNOWLEDGEMENT_SENT, AnnualDeclarationEventKind.ACCEPTED,
                        AnnualDeclarationEventKind.DECISION_SENT);
    }

    @Test
    void lateDeclarationGivesSupportAFollowUpThatClosesWhenTheDeclarationArrives() throws Exception {
        ProcessInstance pi = open(YEAR);
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 2, 16, 0, 0, 1, 0, CaseNumbering.PARIS).toInstant()));
        execute(engine, timer(engine, pi, DEADLINE_PASSED));

        assertThat(pi).hasPassed(MARK_LATE).isWaitingAt(FOLLOW_UP_LATE);
        AnnualDeclaration late = declarations.of(operator.getId(), YEAR).orElseThrow();
        assertThat(late.isLate()).isTrue();
        assertThat(late.getStatus()).isEqualTo(AnnualDeclarationStatus.LATE);
        Task followUp = task(FOLLOW_UP_LATE, pi);
        assertThat(engine.getTaskService().getIdentityLinksForTask(followUp.getId()))
                .anyMatch(link -> Groups.SUPPORT.equals(link.getGroupId()));

        declarations.submit(operator.getId(), YEAR, manager, "JARE-2025.xlsx", filled(YEAR, 5), null);

        assertThat(pi).hasPassed(SUBMITTED_DURING_FOLLOW_UP).isWaitingAt(SEND_ACKNOWLEDGEMENT, REVIEW);
        assertThat(engine.getTaskService().createTaskQuery().taskId(followUp.getId()).count())
                .as("support has nothing left to do").isZero();
        Declarations.runJobs(engine, pi.getId());
        assertThat(Mails.text(single(TestMailServer.to(manager)))).contains("après l'échéance du 15/02/2026");
    }

    @Test
    void afterSupportsFollowUpTheLateDeclarationIsStillAwaited() throws Exception {
        ProcessInstance pi = open(YEAR);
        execute(engine, timer(engine, pi, DEADLINE_PASSED));
        engine.getTaskService().complete(task(FOLLOW_UP_LATE, pi).getId(),
                Map.of("followUpNote", "Appel au pharmacien responsable le 17/02 : envoi sous huit jours."));

        assertThat(pi).isWaitingAt(AWAIT_LATE);
        declarations.submit(operator.getId(), YEAR, manager, "JARE-2025.xlsx", filled(YEAR, 5), null);

        assertThat(pi).hasPassed(AWAIT_LATE).isWaitingAt(SEND_ACKNOWLEDGEMENT, REVIEW);
    }

    @Test
    void correctionsAreRequestedFollowedUpWhenLateThenSubmittedAgainAndAccepted() throws Exception {
        ProcessInstance pi = open(YEAR);
        declarations.submit(operator.getId(), YEAR, manager, "JARE-2025.xlsx", filled(YEAR, 7), null);
        Declarations.runJobs(engine, pi.getId());
        assertThatThrownBy(() -> decide(pi, "REQUEST_CORRECTIONS", " ")).hasMessageContaining("reviewComment");
        TestMailServer.purge();

        decide(pi, "REQUEST_CORRECTIONS", "Le stock de morphine au 31 décembre ne correspond pas à l'inventaire.");

        AnnualDeclaration sentBack = declarations.of(operator.getId(), YEAR).orElseThrow();
        assertThat(sentBack.getStatus()).isEqualTo(AnnualDeclarationStatus.CORRECTIONS_REQUESTED);
        assertThat(sentBack.getCorrectionsDueDate()).isEqualTo(JANUARY.toLocalDate().plusDays(30));
        assertThat(pi).isWaitingAt(AWAIT_CORRECTIONS);
        assertThat(Mails.text(single(TestMailServer.to(manager)))).contains(
                "ne correspond pas à l'inventaire", "au plus tard le 09/02/2026");

        execute(engine, timer(engine, pi, CORRECTIONS_OVERDUE));
        Task followUp = task(FOLLOW_UP_CORRECTIONS, pi);
        engine.getTaskService().complete(followUp.getId(), Map.of("followUpNote", "Courriel de relance le 10/02."));
        assertThat(pi).isWaitingAt(AWAIT_CORRECTIONS);

        declarations.submit(operator.getId(), YEAR, manager, "JARE-2025-corrigé.xlsx", filled(YEAR, 8), null);
        assertThat(declarations.of(operator.getId(), YEAR).orElseThrow().getRound()).isEqualTo(2);
        Declarations.runJobs(engine, pi.getId());
        Task secondReview = task(REVIEW, pi);
        Map<String, Object> form = ProcessTestSupport.formValues(engine, secondReview);
        assertThat(form).as("the second review starts empty").doesNotContainKeys("reviewDecision", "reviewComment");
        assertThat((String) form.get("reviewRounds")).contains("Tours précédents", "Corrections demandées",
                org.impexflow.casefile.Markdown.escape("ne correspond pas à l'inventaire."));
        ProcessTestSupport.claimAndComplete(engine, secondReview, TestAccounts.person(accounts, "narcotics",
                Groups.NARCOTICS), Map.of("reviewDecision", "ACCEPT"));
        Declarations.runJobs(engine, pi.getId());

        assertThat(declarations.of(operator.getId(), YEAR).orElseThrow().getDecisionComment())
                .as("the acceptance carries no observation of the earlier round").isNull();
        assertThat(pi).isEnded().hasPassed(FOLLOW_UP_CORRECTIONS, END_ACCEPTED);
        assertThat(operators.closingStocks(operator.getId(), YEAR)).containsEntry("NDS-M001", new BigDecimal("8"));
    }

    @Test
    void theDeadlineOfAYearWithAnExceptionOnRecordIsThatException() {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2025, 1, 5, 9, 0, 0, 0, CaseNumbering.PARIS).toInstant()));
        ProcessInstance pi = open(2024);

        assertThat(declarations.of(operator.getId(), 2024).orElseThrow().getDueDate())
                .as("the DA 2024 was due 15 April 2025").isEqualTo(LocalDate.of(2025, 4, 15));
        assertThat(timer(engine, pi, DEADLINE_PASSED).getDuedate().toInstant())
                .isEqualTo(ZonedDateTime.of(2025, 4, 16, 0, 0, 0, 0, CaseNumbering.PARIS).toInstant());
    }

    @Test
    void openedAfterTheLastReminderTheDeadlineComesFirst() {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 2, 15, 12, 0, 0, 0, CaseNumbering.PARIS).toInstant()));
        ProcessInstance pi = open(YEAR);

        assertThat(timer(engine, pi, REMINDER_DUE).getDuedate()).isAfter(timer(engine, pi, DEADLINE_PASSED).getDuedate());
    }

    @Test
    void openedAfterItsDeadlineTheDeclarationIsMarkedLateOnceAndNoReminderIsSetInThePast() {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, CaseNumbering.PARIS).toInstant()));
        ProcessInstance pi = open(YEAR);

        JobExecutorDowntime.runDue(engine, pi.getId());

        assertThat(pi).hasPassed(DEADLINE_PASSED, MARK_LATE).isWaitingAt(FOLLOW_UP_LATE);
        assertThat(JobExecutorDowntime.passes(engine, pi.getId(), MARK_LATE)).isEqualTo(1);
        assertThat(JobExecutorDowntime.passes(engine, pi.getId(), SEND_REMINDER)).isZero();
        JobExecutorDowntime.assertNeverScheduledInThePast(engine, pi.getId(), REMINDER_DUE);
        JobExecutorDowntime.assertEachTimerFiredAtMostOncePerDueDate(engine, pi.getId());
        assertThat(TestMailServer.to(manager)).as("no reminder after the deadline").isEmpty();
    }

    @Test
    void afterADowntimeAcrossTwoReminderDatesOneReminderLeavesAndTheNextIsInTheFuture() {
        ProcessInstance pi = open(YEAR);

        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 2, 10, 12, 0, 0, 0, CaseNumbering.PARIS).toInstant()));
        JobExecutorDowntime.runDue(engine, pi.getId());

        assertThat(pi).isWaitingAt(AWAIT);
        assertThat(TestMailServer.to(manager)).as("17/01 and 09/02 passed while the job executor was down")
                .hasSize(1);
        assertThat(timer(engine, pi, REMINDER_DUE).getDuedate().toInstant()).as("the one of 15/02, still to come")
                .isEqualTo(ZonedDateTime.of(2026, 2, 15, 0, 0, 0, 0, CaseNumbering.PARIS).toInstant());

        JobExecutorDowntime.restartAfter(engine, java.time.Duration.ofDays(10), pi.getId());

        assertThat(pi).isWaitingAt(FOLLOW_UP_LATE);
        assertThat(TestMailServer.to(manager)).as("no reminder once the deadline has passed").hasSize(1);
        assertThat(JobExecutorDowntime.passes(engine, pi.getId(), MARK_LATE)).isEqualTo(1);
        JobExecutorDowntime.assertNeverScheduledInThePast(engine, pi.getId(), REMINDER_DUE);
        JobExecutorDowntime.assertEachTimerFiredAtMostOncePerDueDate(engine, pi.getId());
    }

    @Test
    void aDeclarationLeftInTheReminderLoopByAnEarlierVersionLeavesItAtTheFirstRun() {
        ProcessInstance pi = open(YEAR);
        // what the earlier version left: the reminder step about to run, its next date a day after the
        // deadline (already past), long after the deadline
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, CaseNumbering.PARIS).toInstant()));
        engine.getRuntimeService().createProcessInstanceModification(pi.getId()).cancelAllForActivity(AWAIT)
                .startBeforeActivity(SEND_REMINDER).setVariable(AnnualDeclarationProcess.Vars.NEXT_REMINDER_DATE,
                        Date.from(ZonedDateTime.of(2026, 2, 17, 0, 0, 0, 0, CaseNumbering.PARIS).toInstant()))
                .execute();

        JobExecutorDowntime.runDue(engine, pi.getId());

        assertThat(pi).isWaitingAt(FOLLOW_UP_LATE);
        assertThat(JobExecutorDowntime.passes(engine, pi.getId(), SEND_REMINDER)).isEqualTo(1);
        assertThat(TestMailServer.to(manager)).isEmpty();
        JobExecutorDowntime.assertEachTimerFiredAtMostOncePerDueDate(engine, pi.getId());
    }

    @Test
    void correctionsDeadlinePassedDuringADowntimeGivesOneFollowUp() throws Exception {
        ProcessInstance pi = open(YEAR);
        declarations.submit(operator.getId(), YEAR, manager, "JARE-2025.xlsx", filled(YEAR, 7), null);
        Declarations.runJobs(engine, pi.getId());
        decide(pi, "REQUEST_CORRECTIONS", "Le stock de morphine au 31 décembre ne correspond pas à l'inventaire.");

        JobExecutorDowntime.restartAfter(engine, java.time.Duration.ofDays(90), pi.getId());

        assertThat(pi).isWaitingAt(AWAIT_CORRECTIONS, FOLLOW_UP_CORRECTIONS);
        assertThat(JobExecutorDowntime.passes(engine, pi.getId(), FOLLOW_UP_CORRECTIONS)).isEqualTo(1);
        assertThat(JobExecutorDowntime.assertEachTimerFiredAtMostOncePerDueDate(engine, pi.getId()))
                .containsEntry(CORRECTIONS_OVERDUE, 1L);
    }

    @Test
    void aSubmissionWhileTheProcessCannotReceiveItIsRefusedInFrenchAndStoresNothing() throws Exception {
        ProcessInstance pi = open(YEAR);
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 1, 17, 0, 0, 1, 0, CaseNumbering.PARIS).toInstant()));
        execute(engine, timer(engine, pi, REMINDER_DUE));
        assertThat(pi).as("the reminder is on its way: no message can be received").isWaitingAt(SEND_REMINDER);

        assertThatThrownBy(() -> declarations.submit(operator.getId(), YEAR, manager, "JARE-2025.xlsx",
                filled(YEAR, 3), null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Rien n'a été enregistré").satisfies(e -> assertThat(
                        ((InvalidInputException) e).concerns(AnnualDeclarations.WORKBOOK)).isTrue());

        AnnualDeclaration unchanged = declarations.of(operator.getId(), YEAR).orElseThrow();
        assertThat(unchanged.getRound()).isZero();
        assertThat(unchanged.getStatus()).isEqualTo(AnnualDeclarationStatus.OPEN);
        assertThat(declarations.history(unchanged.getId())).extracting(AnnualDeclarationEvent::getKind)
                .doesNotContain(AnnualDeclarationEventKind.SUBMITTED);

        Declarations.runJobs(engine, pi.getId());
        declarations.submit(operator.getId(), YEAR, manager, "JARE-2025.xlsx", filled(YEAR, 3), null);
        assertThat(pi).hasPassed(SUBMITTED);
    }

    /** The workbook is an XLSX by its content; stored with its SHA-256, which the timeline's entry prints. */
    @Test
    void aSubmittedWorkbookIsAnXlsxByItsContentAndKeepsItsHash() throws Exception {
        ProcessInstance pi = open(YEAR);
        for (byte[] refused : new byte[][] {RealFiles.plainZip(), RealFiles.exe(), RealFiles.pdf()}) {
            assertThatThrownBy(() -> declarations.submit(operator.getId(), YEAR, manager, "JARE-2025.xlsx", refused,
                    null)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("le fichier « JARE-2025.xlsx » n'est pas accepté, son contenu n'est pas : "
                            + "classeur Excel .xlsx").satisfies(e -> assertThat(
                            ((InvalidInputException) e).concerns(AnnualDeclarations.WORKBOOK)).isTrue());
        }
        assertThat(pi).as("nothing submitted").isWaitingAt(AWAIT);
        assertThat(declarations.of(operator.getId(), YEAR).orElseThrow().getRound()).isZero();

        byte[] workbook = filled(YEAR, 3);
        declarations.submit(operator.getId(), YEAR, manager, "JARE-2025.xlsx", workbook, null);

        String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(workbook));
        AnnualDeclaration submitted = declarations.of(operator.getId(), YEAR).orElseThrow();
        assertThat(submitted.getWorkbookSha256()).isEqualTo(sha256);
        assertThat(declarations.history(submitted.getId())).as("one line for one submission").filteredOn(e -> e.getKind()
                == AnnualDeclarationEventKind.SUBMITTED).singleElement().satisfies(line -> {
                    assertThat(line.getDetail()).contains("JARE-2025.xlsx", "SHA-256 " + sha256);
                    assertThat(line.getStatus()).isEqualTo(AnnualDeclarationStatus.SUBMITTED);
                });
    }

    @Test
    void onlyAManagerSubmitsAndOnlyAWorkbookWithoutBlockingFindingsWithWarningsExplained() throws Exception {
        ProcessInstance pi = open(YEAR);

        assertThatThrownBy(() -> declarations.submit(operator.getId(), YEAR, preparer, "JARE.xlsx", filled(YEAR, 1),
                null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("Manager");
        byte[] unbalanced = change(filled(YEAR, 1), sheet -> sheet.getRow(2).getCell(13).setCellValue(99));
        assertThatThrownBy(() -> declarations.submit(operator.getId(), YEAR, manager, "JARE.xlsx", unbalanced, null))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(
                        ((InvalidInputException) e).concerns(AnnualDeclarations.WORKBOOK)).isTrue());
        byte[] withImports = change(filled(YEAR, 1), sheet -> {
            sheet.getRow(2).getCell(7).setCellValue(3);
            sheet.getRow(2).getCell(13).setCellValue(4);
        });
        assertThatThrownBy(() -> declarations.submit(operator.getId(), YEAR, manager, "JARE.xlsx", withImports, " "))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(
                        ((InvalidInputException) e).concerns(AnnualDeclarations.COMMENT)).isTrue());
        assertThat(pi).as("nothing submitted").isWaitingAt(AWAIT);
        assertThat(declarations.of(operator.getId(), YEAR).orElseThrow().getRound()).isZero();

        JareReport report = declarations.submit(operator.getId(), YEAR, manager, "JARE.xlsx", withImports,
                "Importation sous l'autorisation n° 2025-STUP-0042 du 12/03/2025.");

        assertThat(report.hasWarnings()).isTrue();
        assertThat(pi).hasPassed(SUBMITTED);
        assertThat(declarations.of(operator.getId(), YEAR).orElseThrow().getOperatorComment())
                .contains("2025-STUP-0042");
    }

    @Test
    void declaredImportsAndExportsAreComparedWithTheAuthorisationsOnRecordForTheYear() throws Exception {
        open(YEAR);
        operators.recordAuthorisation(operator.getId(), "AI-STUP-2025-0012", NarcoticsOperators.Direction.IMPORT,
                "NDS-M001", new BigDecimal("3"), LocalDate.of(2025, 3, 12));
        operators.recordAuthorisation(operator.getId(), "AI-STUP-2025-0031", NarcoticsOperators.Direction.IMPORT,
                "NDS-M001", new BigDecimal("1.5"), LocalDate.of(2025, 10, 2));
        operators.recordAuthorisation(operator.getId(), "AI-STUP-2024-0099", NarcoticsOperators.Direction.IMPORT,
                "NDS-M001", new BigDecimal("100"), LocalDate.of(2024, 12, 30));

        JareReport matching = declarations.check(operator.getId(), YEAR, change(filled(YEAR, 0), sheet -> {
            sheet.getRow(2).getCell(7).setCellValue(4.5);
            sheet.getRow(2).getCell(13).setCellValue(4.5);
        }));
        assertThat(matching.findings()).as("4.5 g imported in 2025, as authorised (the 2024 one is not counted)")
                .isEmpty();

        JareReport more = declarations.check(operator.getId(), YEAR, change(filled(YEAR, 0), sheet -> {
            sheet.getRow(2).getCell(7).setCellValue(6);
            sheet.getRow(2).getCell(13).setCellValue(6);
        }));
        assertThat(more.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.message()).contains("6 déclarées importées, 4.5 d'après les autorisations enregistrées pour 2025");
        });
    }

    @AfterAll
    static void everyFlowNodeOfTheProcessIsWalked() {
        COVERAGE.assertEveryFlowNodeWalked();
    }

    // --- helpers ---------------------------------------------------------------------------------

    private ProcessInstance open(int year) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(AnnualDeclarationProcess.Vars.OPERATOR_ID, operator.getId());
        variables.put(AnnualDeclarationProcess.Vars.DECLARED_YEAR, year);
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(AnnualDeclarationProcess.KEY,
                variables);
        COVERAGE.track(engine, pi.getId());
        return pi;
    }

    /** The reminder timer fires at {@code at}, and its mail step runs. */
    private void remind(ProcessInstance pi, ZonedDateTime at) {
        ClockUtil.setCurrentTime(Date.from(at.toInstant()));
        execute(engine, timer(engine, pi, REMINDER_DUE));
        Declarations.runJobs(engine, pi.getId());
        assertThat(pi).isWaitingAt(AWAIT);
    }

    private void decide(ProcessInstance pi, String decision, String comment) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("reviewDecision", decision);
        variables.put("reviewComment", comment);
        Task review = task(REVIEW, pi);
        ProcessTestSupport.claimAndComplete(engine, review, review.getAssignee() != null ? review.getAssignee()
                : TestAccounts.person(accounts, "narcotics", Groups.NARCOTICS), variables);
        Declarations.runJobs(engine, pi.getId());
    }

    /** The operator's workbook filled in and balanced: morphine received {@code closing} g, all kept at 31 December. */
    private byte[] filled(int year, double closing) throws IOException {
        return change(declarations.template(operator.getId(), year), sheet -> {
            Row morphine = sheet.getRow(2);
            morphine.getCell(5).setCellValue(0);
            morphine.getCell(6).setCellValue(closing);
            morphine.getCell(13).setCellValue(closing);
        });
    }

    private static byte[] change(byte[] workbook, java.util.function.Consumer<Sheet> substances) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            substances.accept(book.getSheet(JareLayout.SUBSTANCES));
            book.write(out);
            return out.toByteArray();
        }
    }

}
