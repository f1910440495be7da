package org.impexflow.importauthorisation;

import static org.impexflow.support.ProcessTestSupport.execute;
import static org.impexflow.support.ProcessTestSupport.mail;
import static org.impexflow.support.ProcessTestSupport.single;
import static org.impexflow.support.ProcessTestSupport.timer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.impexflow.importauthorisation.ImportAuthorisationProcess.Elements.*;
import static org.impexflow.support.Declarations.DECLARANT;
import static org.impexflow.support.Declarations.DEMO_SIRET;
import static org.impexflow.support.Declarations.REVIEWER;
import static org.impexflow.support.Declarations.importRequest;
import static org.impexflow.support.Declarations.with;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.impexflow.support.JobExecutorDowntime;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.impexflow.attachment.AttachmentKind;
import org.impexflow.attachment.Attachments;
import org.impexflow.casefile.CaseDates;
import org.impexflow.casefile.CaseNumbering;
import org.impexflow.establishment.Establishments;
import org.impexflow.support.Declarations;
import org.impexflow.support.FlowNodeCoverage;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.Mails;
import org.impexflow.support.TestMailServer;
import org.impexflow.validation.InvalidInputException;
import org.impexflow.verification.VerifiableDocument;
import org.impexflow.verification.VerificationCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Walks every path of processes/import-authorisation.bpmn, and the balance of a granted authorisation. */
@ImpexflowSpringTest
class ImportAuthorisationProcessTests {

    private static final FlowNodeCoverage COVERAGE = new FlowNodeCoverage(ImportAuthorisationProcess.KEY);

    @Autowired
    ProcessEngine engine;
    @Autowired
    AuthorisationRegister register;
    @Autowired
    ImportOperations imports;
    @Autowired
    Attachments attachments;
    @Autowired
    Establishments establishments;
    @Autowired
    VerificationCodes verificationCodes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.impexflow.account.Accounts accounts;

    @BeforeEach
    void setUp() throws Exception {
        init(engine);
        TestMailServer.purge();
    }

    @Test
    void requestIsRegisteredInItsOwnSeriesAcknowledgedAndQueuedForReview() {
        String exportPeriod = LocalDate.now(CaseNumbering.PARIS).toString().substring(0, 7);
        Integer exportNumbersBefore = lastNumber(exportPeriod);

        ProcessInstance pi = file(importRequest());

        String number = pi.getBusinessKey();
        assertThat(number).matches("AI-\\d{4}-\\d{2}-\\d{4}").startsWith("AI-" + exportPeriod + "-");
        assertThat(lastNumber(exportPeriod)).as("the export declarations' series is untouched")
                .isEqualTo(exportNumbersBefore);
        ImportAuthorisation registered = register.byNumber(number).orElseThrow();
        assertThat(registered.getStatus()).isEqualTo(AuthorisationStatus.FILED);
        assertThat(registered.getQuantity()).isEqualTo(15);
        assertThat(registered.getPlannedOperations()).isEqualTo(1);
        assertThat(attachments.ofImportAuthorisation(registered.getId())).singleElement()
                .satisfies(a -> assertThat(a.getKind()).isEqualTo(AttachmentKind.COVER_LETTER))
                .satisfies(a -> assertThat(a.getFileName()).isEqualTo("lettre-signee.pdf"));
        assertThat(pi).isWaitingAt(SEND_ACKNOWLEDGEMENT, REVIEW)
                .variables().containsEntry("authorisationNumber", number).containsEntry("authorisationStatus", "FILED")
                .doesNotContainKey("coverLetter");
        Task review = task(REVIEW, pi);
        assertThat(review.getName()).isEqualTo("Instruire " + number + " – Artesunate Démo – Inde");
        assertThat(engine.getTaskService().getIdentityLinksForTask(review.getId()))
                .anyMatch(link -> "ansm-reviewers".equals(link.getGroupId()));
        assertThat(review.getDueDate().toInstant()).isEqualTo(registered.getReviewDueAt());
        assertThat(TestMailServer.messages()).as("the acknowledgement leaves from a job, after the filing").isEmpty();

        execute(engine, job(SEND_ACKNOWLEDGEMENT, pi));

        MimeMessage mail = single(TestMailServer.to(DECLARANT));
        assertThat(Mails.subject(mail)).isEqualTo("Accusé d'enregistrement – demande d'autorisation d'importation N° "
                + number);
        assertThat(Mails.text(mail)).contains("N°                    : " + number, "Artesunate Démo", "Inde",
                "15 boîtes de 10 flacons – Une importation", "Besoin clinique", "Laboratoire Démo",
                CaseDates.day(registered.getReviewDueAt()));
        assertThat(register.history(registered.getId())).extracting(AuthorisationEvent::getKind)
                .containsExactly(AuthorisationEventKind.FILED, AuthorisationEventKind.ACKNOWLEDGEMENT_SENT);
    }

    @Test
    void anEnglishSpeakingDeclarantIsAcknowledgedInEnglish() {
        accounts.setLanguage(DECLARANT, Locale.ENGLISH);
        try {
            ProcessInstance pi = file(importRequest());
            execute(engine, job(SEND_ACKNOWLEDGEMENT, pi));
            MimeMessage mail = single(TestMailServer.to(DECLARANT));
            assertThat(Mails.subject(mail)).isEqualTo("Acknowledgement of receipt – import authorisation request No. "
                    + pi.getBusinessKey());
            assertThat(Mails.text(mail)).contains("Country of provenance : India", "15 boîtes de 10 flacons – One import",
                    "Clinical need").doesNotContain("Madame");
        } finally {
            accounts.setLanguage(DECLARANT, Locale.FRENCH);
        }
    }

    @Test
    void grantedSingleImportIsMailedWithItsPdfAndUsedUpByTheImport() {
        ProcessInstance pi = file(importRequest());
        String number = pi.getBusinessKey();
        runJobs(pi);
        claimAndDecide(pi, "GRANT", "Quantité limitée au besoin du service.");

        ImportAuthorisation granted = register.byNumber(number).orElseThrow();
        LocalDate today = LocalDate.now(CaseNumbering.PARIS);
        assertThat(granted.getStatus()).isEqualTo(AuthorisationStatus.GRANTED);
        assertThat(granted.getValidUntil()).as("one import within three months").isEqualTo(today.plusMonths(3).minusDays(1));
        assertThat(pi).isWaitingAt(GENERATE_AUTHORISATION, AWAIT_IMPORTS);
        assertThat(timer(engine, pi, VALIDITY_ENDED).getDuedate().toInstant())
                .isEqualTo(granted.getValidUntil().plusDays(1).atStartOfDay(CaseNumbering.PARIS).toInstant());

        runJobs(pi);

        MimeMessage mail = mail(DECLARANT, number + " accordée");
        assertThat(Mails.text(mail)).contains("Valable jusqu'au   : " + CaseDates.day(granted.getValidUntil()),
                "15 boîtes de 10 flacons", "/mes-declarations/autorisations-importation/" + number);
        Mails.Attachment pdf = single(Mails.attachments(mail));
        assertThat(pdf.fileName()).isEqualTo(number + ".pdf");
        String text = Mails.pdfText(pdf.content());
        assertThat(text).contains("Autorisation d'importation (AI)", "Import authorisation (AI)", number,
                "IMPORTATION AUTORISÉE PAR L'ANSM LE " + CaseDates.day(granted.getDecidedAt()),
                "Valable jusqu'au " + CaseDates.day(granted.getValidUntil()) + " inclus", "Artesunate Démo",
                "Inde / India", "15 boîtes de 10 flacons", "Quantité limitée au besoin du service.");
        String code = verificationCode(text);
        VerificationCodes.Verified verified = verificationCodes.verify(code).orElseThrow();
        assertThat(verified.document().number()).isEqualTo(number);
        assertThat(verified.document().state()).isEqualTo(VerifiableDocument.State.IN_FORCE);
        assertThat(verified.document().validUntil()).isEqualTo(granted.getValidUntil());
        assertThat(pi).hasPassed(END_SENT).isWaitingAt(AWAIT_IMPORTS);

        ImportBalance balance = imports.record(number, demoEstablishment(), 12L, today, "DAU 26FR0001", DECLARANT);

        assertThat(balance.imported()).isEqualTo(12);
        assertThat(balance.remaining()).isEqualTo(3);
        assertThat(balance.usedUp()).as("a single import uses the authorisation, whatever came in").isTrue();
        assertThat(register.byNumber(number).orElseThrow().getStatus()).isEqualTo(AuthorisationStatus.USED_UP);
        assertThat(pi).isEnded().hasPassed(END_USED_UP).hasNotPassed(EXPIRE);
        assertThat(verificationCodes.verify(code).orElseThrow().document().state())
                .isEqualTo(VerifiableDocument.State.USED_UP);
        assertRefusedImport(number, 3L, today, "quantity", "soldée");
    }

    @Test
    void seriesAuthorisationKeepsItsBalanceAndRefusesWhatExceedsIt() {
        ProcessInstance pi = file(with(importRequest(), "quantityMode", "SERIES", "quantity", "50 000",
                "quantityUnit", "boîtes", "plannedOperations", 4L));
        String number = pi.getBusinessKey();
        runJobs(pi);
        claimAndDecide(pi, "GRANT", null);
        runJobs(pi);
        LocalDate today = LocalDate.now(CaseNumbering.PARIS);
        ImportAuthorisation granted = register.byNumber(number).orElseThrow();
        assertThat(granted.getQuantity()).isEqualTo(50_000);
        assertThat(granted.getValidUntil()).as("a series within one year").isEqualTo(today.plusYears(1).minusDays(1));

        assertThat(imports.record(number, demoEstablishment(), 20_000L, today, null, DECLARANT).remaining())
                .isEqualTo(30_000);
        assertRefusedImport(number, 40_000L, today, "quantity", "restant autorisée : 30000 boîtes");
        assertRefusedImport(number, 1_000L, today.plusDays(1), "importedOn", "date future");
        assertRefusedImport(number, 1_000L, today.minusDays(1), "importedOn", "antérieure à l'autorisation");
        assertRefusedImport(number, 0L, today, "quantity", "positive");
        assertRefusedImport(number, null, null, "importedOn", "obligatoire");
        imports.record(number, demoEstablishment(), 10_000L, today, "lot 2", DECLARANT);
        imports.record(number, demoEstablishment(), 10_000L, today, "lot 3", DECLARANT);
        assertThat(pi).isWaitingAt(AWAIT_IMPORTS);

        ImportBalance last = imports.record(number, demoEstablishment(), 5_000L, today, "lot 4", DECLARANT);

        assertThat(last.operationsMade()).isEqualTo(4);
        assertThat(last.remaining()).isEqualTo(5_000);
        assertThat(last.usedUp()).as("the four operations planned are made").isTrue();
        assertThat(pi).isEnded().hasPassed(END_USED_UP);
        assertRefusedImport(number, 5_000L, today, "quantity", "soldée");
        assertThat(register.history(granted.getId())).extracting(AuthorisationEvent::getKind)
                .filteredOn(kind -> kind == AuthorisationEventKind.IMPORT_RECORDED).hasSize(4);
    }

    @Test
    void authorisationExpiresAtTheEndOfItsValidity() {
        ProcessInstance pi = file(importRequest());
        String number = pi.getBusinessKey();
        runJobs(pi);
        claimAndDecide(pi, "GRANT", null);
        runJobs(pi);

        execute(engine, timer(engine, pi, VALIDITY_ENDED));

        assertThat(pi).isEnded().hasPassed(EXPIRE, END_EXPIRED).hasNotPassed(END_USED_UP);
        ImportAuthorisation expired = register.byNumber(number).orElseThrow();
        assertThat(expired.getStatus()).isEqualTo(AuthorisationStatus.EXPIRED);
        assertRefusedImport(number, 1L, LocalDate.now(CaseNumbering.PARIS), "quantity", "expiré le "
                + CaseDates.day(expired.getValidUntil()));
    }

    @Test
    void validityEndedDuringADowntimeExpiresTheAuthorisationOnce() {
        ProcessInstance pi = file(importRequest());
        runJobs(pi);
        claimAndDecide(pi, "GRANT", null);
        runJobs(pi);
        java.util.Date end = timer(engine, pi, VALIDITY_ENDED).getDuedate();
        try {
            ClockUtil.setCurrentTime(java.util.Date.from(end.toInstant().plus(java.time.Duration.ofDays(30))));
            JobExecutorDowntime.runDue(engine, pi.getId());
        } finally {
            ClockUtil.reset();
        }

        assertThat(pi).isEnded().hasPassed(EXPIRE, END_EXPIRED);
        assertThat(JobExecutorDowntime.passes(engine, pi.getId(), EXPIRE)).isEqualTo(1);
        assertThat(JobExecutorDowntime.assertEachTimerFiredAtMostOncePerDueDate(engine, pi.getId()))
                .containsEntry(VALIDITY_ENDED, 1L);
    }

    @Test
    void complementDeadlinePassedDuringADowntimeClosesTheRequestOnceWithoutAReminderForAPassedDate() {
        ProcessInstance pi = file(importRequest());
        String number = pi.getBusinessKey();
        runJobs(pi);
        claimAndDecide(pi, "REQUEST_COMPLEMENT", "Joindre le certificat de libération du lot.");
        runJobs(pi);
        try {
            ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(40))));
            // the reminder's timer happens to run before the deadline's, its mail step after it
            execute(engine, timer(engine, pi, COMPLEMENT_REMINDER));
            JobExecutorDowntime.runDue(engine, pi.getId());
        } finally {
            ClockUtil.reset();
        }

        assertThat(pi).isEnded().hasPassed(CLOSE_WITHOUT_FOLLOW_UP, END_CLOSED);
        assertThat(JobExecutorDowntime.passes(engine, pi.getId(), CLOSE_WITHOUT_FOLLOW_UP)).isEqualTo(1);
        assertThat(JobExecutorDowntime.assertEachTimerFiredAtMostOncePerDueDate(engine, pi.getId()))
                .containsEntry(COMPLEMENT_DEADLINE, 1L);
        assertThat(TestMailServer.to(DECLARANT)).extracting(Mails::subject).as("no reminder of a passed date")
                .noneMatch(subject -> subject.startsWith("Rappel"));
        assertThat(Mails.subject(mail(DECLARANT, "classée sans suite"))).contains(number);
    }

    @Test
    void importAfterTheLastDayOfValidityIsRefusedEvenBeforeTheTimerRan() {
        ProcessInstance pi = file(importRequest());
        runJobs(pi);
        claimAndDecide(pi, "GRANT", null);
        runJobs(pi);
        ImportAuthorisation granted = register.byNumber(pi.getBusinessKey()).orElseThrow();
        LocalDate dayAfter = granted.getValidUntil().plusDays(1);
        ClockUtil.setCurrentTime(java.util.Date.from(dayAfter.atTime(10, 0).atZone(CaseNumbering.PARIS).toInstant()));
        try {
            assertRefusedImport(pi.getBusinessKey(), 1L, dayAfter, "importedOn", "après la fin de validité");
            assertRefusedImport(pi.getBusinessKey(), 1L, granted.getValidUntil(), "importedOn",
                    "l'autorisation a expiré le " + CaseDates.day(granted.getValidUntil()));
        } finally {
            ClockUtil.reset();
        }
        assertThat(pi).isWaitingAt(AWAIT_IMPORTS);
    }

    @Test
    void refusalNeedsReasonsAndIsNotifiedWithThem() {
        ProcessInstance pi = file(importRequest());
        String number = pi.getBusinessKey();
        runJobs(pi);

        // the engine wraps what a task listener throws: the message still names the field
        assertThatThrownBy(() -> claimAndDecide(pi, "REFUSE", " "))
                .hasMessageContaining("reviewComment : obligatoire : les motifs du refus");
        assertThatThrownBy(() -> claimAndDecide(pi, "ACCEPT", null))
                .hasMessageContaining("reviewDecision : valeur inconnue « ACCEPT »");
        assertThat(register.byNumber(number).orElseThrow().getStatus())
                .as("taken by a reviewer, nothing decided").isEqualTo(AuthorisationStatus.IN_REVIEW);

        claimAndDecide(pi, "REFUSE", "Une spécialité équivalente est disponible en France.");
        runJobs(pi);

        assertThat(pi).isEnded().hasPassed(REFUSE, NOTIFY_REFUSAL, END_REFUSED);
        assertThat(register.byNumber(number).orElseThrow().getStatus()).isEqualTo(AuthorisationStatus.REFUSED);
        MimeMessage mail = mail(DECLARANT, "refusée");
        assertThat(Mails.text(mail)).contains("Une spécialité équivalente est disponible en France.", number);
        assertThat(Mails.attachments(mail)).isEmpty();
        assertRefusedImport(number, 1L, LocalDate.now(CaseNumbering.PARIS), "quantity", "sans autorisation accordée");
    }

    /**
     * After a request for complement the next review starts empty (what the declarant set under the
     * review's names included), shows the earlier round, and a grant without a new comment prints no
     * observation from the earlier round.
     */
    @Test
    void secondReviewRoundStartsEmptyAndAGrantWithoutCommentCarriesNoEarlierText() {
        ProcessInstance pi = file(importRequest());
        String number = pi.getBusinessKey();
        runJobs(pi);
        claimAndDecide(pi, "REQUEST_COMPLEMENT", "Joindre le certificat de libération du lot.");
        Task complement = task(PROVIDE_COMPLEMENT, pi);
        Declarations.as(engine, DECLARANT, () -> engine.getTaskService().complete(complement.getId(), Map.of(
                "complementAnswer", "Certificat joint.", "reviewDecision", "GRANT",
                "reviewComment", "Accordée sans réserve.")));

        Task review = task(REVIEW, pi);
        Map<String, Object> form = org.impexflow.support.ProcessTestSupport.formValues(engine, review);
        assertThat(form).doesNotContainKeys("reviewDecision", "reviewComment");
        assertThat((String) form.get("reviewRounds")).contains("Tours précédents", "Complément demandé",
                org.impexflow.casefile.Markdown.escape("Joindre le certificat de libération du lot."),
                "Complément fourni", org.impexflow.casefile.Markdown.escape("Certificat joint."));
        Declarations.as(engine, REVIEWER, () -> engine.getTaskService().complete(review.getId(),
                Map.of("reviewDecision", "GRANT")));
        runJobs(pi);

        ImportAuthorisation granted = register.byNumber(number).orElseThrow();
        assertThat(granted.getStatus()).isEqualTo(AuthorisationStatus.GRANTED);
        assertThat(granted.getDecisionComment()).isNull();
        String text = Mails.pdfText(single(Mails.attachments(mail(DECLARANT, number + " accordée"))).content());
        assertThat(text).contains(number).doesNotContain("Joindre le certificat", "Accordée sans réserve");
    }

    @Test
    void complementIsRequestedRemindedAnsweredThenClosedWhenTheNextOneIsLate() {
        walkTheComplementLoop(file(importRequest()));
    }

    /**
     * A request still running on an earlier version of the process, whose steps had the procedure's own
     * names (before the kernel ran them), goes round the complement loop alike.
     */
    @Test
    void aRequestOnTheEarlierVersionOfTheProcessFindsItsStepsUnderTheirEarlierNames() {
        RepositoryService repository = engine.getRepositoryService();
        BpmnModelInstance earlier = repository.getBpmnModelInstance(repository.createProcessDefinitionQuery()
                .processDefinitionKey(ImportAuthorisationProcess.KEY).latestVersion().singleResult().getId());
        Map.of(SEND_ACKNOWLEDGEMENT, "acknowledgeImportRequestDelegate",
                REQUEST_COMPLEMENT, "requestImportComplementDelegate",
                NOTIFY_COMPLEMENT_REQUESTED, "notifyImportComplementDelegate",
                SEND_COMPLEMENT_REMINDER, "notifyImportComplementDelegate",
                RECORD_COMPLEMENT_ANSWER, "recordImportComplementDelegate",
                CLOSE_WITHOUT_FOLLOW_UP, "decideImportRequestDelegate").forEach((task, bean) -> earlier
                        .<ServiceTask>getModelElementById(task).setCamundaDelegateExpression("${" + bean + "}"));
        String deployment = repository.createDeployment().name("import-authorisation, earlier version")
                .addModelInstance("import-authorisation.bpmn", earlier)
                .addClasspathResource("forms/import-authorisation-start.form")
                .addClasspathResource("forms/import-authorisation-review.form")
                .addClasspathResource("forms/import-authorisation-complement.form").deploy().getId();
        try {
            walkTheComplementLoop(file(importRequest()));
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }

    private void walkTheComplementLoop(ProcessInstance pi) {
        String number = pi.getBusinessKey();
        runJobs(pi);
        claimAndDecide(pi, "REQUEST_COMPLEMENT", "Joindre le certificat de libération du lot.");

        assertThat(register.byNumber(number).orElseThrow().getStatus())
                .isEqualTo(AuthorisationStatus.COMPLEMENT_REQUESTED);
        assertThat(pi).isWaitingAt(NOTIFY_COMPLEMENT_REQUESTED, PROVIDE_COMPLEMENT);
        Task complement = task(PROVIDE_COMPLEMENT, pi);
        assertThat(complement.getAssignee()).isEqualTo(DECLARANT);
        assertThat(complement.getName()).isEqualTo("Fournir le complément – " + number + " – Artesunate Démo");
        runJobs(pi);
        assertThat(Mails.text(mail(DECLARANT, "Complément demandé"))).contains(
                "Joindre le certificat de libération du lot.", "/camunda/app/tasklist/");

        execute(engine, timer(engine, pi, COMPLEMENT_REMINDER));
        runJobs(pi);
        assertThat(Mails.text(mail(DECLARANT, "Rappel"))).contains("Joindre le certificat de libération du lot.");
        assertThat(pi).hasPassed(SEND_COMPLEMENT_REMINDER).isWaitingAt(PROVIDE_COMPLEMENT);

        String file = attachments.store(DECLARANT, "certificat.pdf", "application/pdf", "%PDF-1.4 c".getBytes())
                .getReference();
        assertThatThrownBy(() -> Declarations.as(engine, DECLARANT, () -> engine.getTaskService()
                .complete(complement.getId(), Map.of("complementAnswer", " "))))
                .hasMessageContaining("complementAnswer : obligatoire");
        Declarations.as(engine, DECLARANT, () -> engine.getTaskService().complete(complement.getId(),
                Map.of("complementAnswer", "Certificat joint.", "complementFiles", file)));

        assertThat(pi).hasPassed(RECORD_COMPLEMENT_ANSWER).isWaitingAt(REVIEW);
        ImportAuthorisation answered = register.byNumber(number).orElseThrow();
        assertThat(answered.getStatus()).isEqualTo(AuthorisationStatus.IN_REVIEW);
        assertThat(attachments.ofImportAuthorisation(answered.getId())).extracting(a -> a.getKind())
                .containsExactly(AttachmentKind.COVER_LETTER, AttachmentKind.COMPLEMENT);

        claimAndDecide(pi, "REQUEST_COMPLEMENT", "Préciser le nombre de patients.");
        runJobs(pi);
        execute(engine, timer(engine, pi, COMPLEMENT_DEADLINE));
        runJobs(pi);

        assertThat(pi).isEnded().hasPassed(CLOSE_WITHOUT_FOLLOW_UP, NOTIFY_CLOSED, END_CLOSED);
        assertThat(register.byNumber(number).orElseThrow().getStatus())
                .isEqualTo(AuthorisationStatus.CLOSED_WITHOUT_FOLLOW_UP);
        assertThat(Mails.text(mail(DECLARANT, "classée sans suite"))).contains(number, "n'a pas été fourni dans le délai");
    }

    @Test
    void requestWithoutCoverLetterIsRefusedAndNothingIsStored() {
        java.util.Map<String, Object> request = importRequest();
        request.remove("coverLetter");
        assertRefused(request, "coverLetter");
    }

    @Test
    void badRequestsAreRefusedNamingTheField() {
        assertRefused(with(importRequest(), "provenanceCountry", "XX"), "provenanceCountry");
        assertRefused(with(importRequest(), "provenanceCountry", "FR"), "provenanceCountry");
        assertRefused(with(importRequest(), "quantity", "quinze"), "quantity");
        assertRefused(with(importRequest(), "quantity", 0L), "quantity");
        assertRefused(with(importRequest(), "quantityMode", "SERIES", "plannedOperations", 1L), "plannedOperations");
        assertRefused(with(importRequest(), "quantityMode", "SERIES"), "plannedOperations");
        assertRefused(with(importRequest(), "purpose", "OTHER"), "purposeDetails");
        assertRefused(with(importRequest(), "purpose", "TOURISM"), "purpose");
        assertRefused(with(importRequest(), "releaseSite", ""), "releaseSite");
    }

    @AfterAll
    static void everyFlowNodeOfTheProcessIsWalked() {
        COVERAGE.assertEveryFlowNodeWalked();
    }

    // --- helpers ---------------------------------------------------------------------------------

    private ProcessInstance file(Map<String, Object> variables) {
        ProcessInstance pi = Declarations.startAs(engine, DECLARANT, ImportAuthorisationProcess.KEY, variables);
        COVERAGE.track(engine, pi.getId());
        return pi;
    }

    private void assertRefused(Map<String, Object> variables, String field) {
        long instances = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
        long registered = jdbc.queryForObject("SELECT COUNT(*) FROM import_authorisation", Long.class);
        long files = jdbc.queryForObject("SELECT COUNT(*) FROM attachment", Long.class);
        assertThatThrownBy(() -> file(variables))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(field)
                .satisfies(e -> assertThat(((InvalidInputException) e).concerns(field)).isTrue());
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM import_authorisation", Long.class)).isEqualTo(registered);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM attachment", Long.class)).isEqualTo(files);
    }

    private void assertRefusedImport(String number, Long quantity, LocalDate on, String field, String message) {
        long recorded = jdbc.queryForObject("SELECT COUNT(*) FROM import_operation", Long.class);
        assertThatThrownBy(() -> imports.record(number, demoEstablishment(), quantity, on, null, DECLARANT))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((InvalidInputException) e).concerns(field)).as(e.getMessage()).isTrue());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM import_operation", Long.class)).isEqualTo(recorded);
    }

    private Long demoEstablishment() {
        return establishments.bySiret(DEMO_SIRET).orElseThrow().getId();
    }

    /** The reviewer takes the task from the queue and completes it with a decision. */
    private void claimAndDecide(ProcessInstance pi, String decision, String comment) {
        Task review = task(REVIEW, pi);
        Map<String, Object> variables = new HashMap<>();
        variables.put("reviewDecision", decision);
        variables.put("reviewComment", comment);
        Declarations.as(engine, REVIEWER, () -> {
            if (review.getAssignee() == null) {
                engine.getTaskService().claim(review.getId(), REVIEWER);
            }
            engine.getTaskService().complete(review.getId(), variables);
        });
    }

    /** Runs the jobs that are due, as the job executor would. */
    private void runJobs(ProcessInstance pi) {
        Declarations.runJobs(engine, pi.getId());
    }

    private Integer lastNumber(String period) {
        return jdbc.query("SELECT last_value FROM declaration_sequence WHERE period = ?",
                rs -> rs.next() ? rs.getInt(1) : 0, period);
    }

    /** The verification code printed on a PDF, e.g. 7KQ2-M4XD-9PLT. */
    private static String verificationCode(String pdfText) {
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("\\b([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})\\b")
                .matcher(pdfText);
        assertThat(code.find()).as(pdfText).isTrue();
        return code.group(1);
    }

}
