package org.impexflow.exportdeclaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.impexflow.support.Declarations.DECLARANT;
import static org.impexflow.support.Declarations.dei;

import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.Mails;
import org.impexflow.support.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The mail server fails: nothing is lost, an incident shows, and nothing is sent twice. */
@ImpexflowSpringTest
class MailServerDownTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    DeclarationRegister register;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() throws Exception {
        TestMailServer.purge();
    }

    @AfterEach
    void serverBack() {
        TestMailServer.ensureRunning();
    }

    @Test
    void filingIsRegisteredWhileTheMailServerIsDownAndTheAcknowledgementLeavesOnceItIsBack() throws Exception {
        TestMailServer.stop();
        ProcessInstance pi = Declarations.fileAs(engine, DECLARANT, dei());

        String number = pi.getBusinessKey();
        assertThat(register.byNumber(number)).as("registered all the same").isPresent();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(ExportDeclarationProcess.Elements.REVIEW).count())
                .as("in the review queue all the same").isEqualTo(1);

        ManagementService management = engine.getManagementService();
        Job job = acknowledgementJob(pi);
        int attempts = 0;
        while (job.getRetries() > 0) {
            String id = job.getId();
            assertThatThrownBy(() -> management.executeJob(id)).as("the SMTP server refuses connections");
            job = acknowledgementJob(pi);
            attempts++;
        }
        assertThat(attempts).as("retried as configured (R6/PT5M)").isEqualTo(6);
        Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId())
                .singleResult();
        assertThat(incident).as("an incident shows in Cockpit").isNotNull();
        assertThat(incident.getActivityId()).isEqualTo(ExportDeclarationProcess.Elements.SEND_ACKNOWLEDGEMENT);
        assertThat(incident.getIncidentMessage()).containsIgnoringCase("mail");

        TestMailServer.ensureRunning();
        TestMailServer.purge();
        management.setJobRetries(job.getId(), 1);
        management.executeJob(job.getId());

        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(TestMailServer.to(DECLARANT)).hasSize(1)
                .allSatisfy(m -> assertThat(Mails.subject(m)).contains("Accusé d'enregistrement", number));
    }

    @Test
    void acknowledgementAlreadyHandedToTheServerIsNotSentAgainWhenItsStepRunsAgain() throws Exception {
        ProcessInstance pi = Declarations.fileAs(engine, DECLARANT, dei());
        engine.getManagementService().executeJob(acknowledgementJob(pi).getId());
        assertThat(TestMailServer.to(DECLARANT)).hasSize(1);

        // the step runs a second time, as after a crash between sending and committing
        engine.getRuntimeService().createProcessInstanceModification(pi.getId())
                .startBeforeActivity(ExportDeclarationProcess.Elements.SEND_ACKNOWLEDGEMENT).execute();
        engine.getManagementService().executeJob(acknowledgementJob(pi).getId());

        assertThat(TestMailServer.to(DECLARANT)).as("sent exactly once").hasSize(1);
    }

    @Test
    void acknowledgementSentAgainAfterACrashBeforeItsRecordIsTheSameMailEvenOnceTheReviewHasStarted()
            throws Exception {
        ProcessInstance pi = Declarations.fileAs(engine, DECLARANT, dei());
        String number = pi.getBusinessKey();
        engine.getManagementService().executeJob(acknowledgementJob(pi).getId());
        MimeMessage first = TestMailServer.to(DECLARANT).get(0);

        // the node died after the SMTP server's acceptance, before the record; meanwhile a reviewer took the case
        jdbc.update("DELETE FROM sent_mail WHERE dedup_key = ?", "AEE:" + number);
        Task review = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(ExportDeclarationProcess.Elements.REVIEW).singleResult();
        Declarations.as(engine, Declarations.REVIEWER,
                () -> engine.getTaskService().claim(review.getId(), Declarations.REVIEWER));
        assertThat(register.byNumber(number).orElseThrow().getStatus()).isEqualTo(DeclarationStatus.IN_REVIEW);
        engine.getRuntimeService().createProcessInstanceModification(pi.getId())
                .startBeforeActivity(ExportDeclarationProcess.Elements.SEND_ACKNOWLEDGEMENT).execute();
        engine.getManagementService().executeJob(acknowledgementJob(pi).getId());

        List<MimeMessage> received = TestMailServer.to(DECLARANT);
        assertThat(received).as("the same acknowledgement, delivered again").hasSize(2);
        MimeMessage again = received.get(1);
        assertThat(again.getMessageID()).isEqualTo(first.getMessageID());
        assertThat(Mails.subject(again)).isEqualTo(Mails.subject(first));
        assertThat(Mails.text(again)).as("registered with the status Déposée, whatever the status now")
                .isEqualTo(Mails.text(first)).contains(DeclarationStatus.FILED.label());
    }

    private Job acknowledgementJob(ProcessInstance pi) {
        return engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
                .activityId(ExportDeclarationProcess.Elements.SEND_ACKNOWLEDGEMENT).singleResult();
    }
}
