package org.impexflow.importauthorisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.impexflow.support.Declarations.DECLARANT;

import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.attachment.AttachmentKind;
import org.impexflow.attachment.Attachments;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.Mails;
import org.impexflow.support.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The mail server fails when an authorisation is granted: nothing is lost, nothing is made or sent twice. */
@ImpexflowSpringTest
class ImportMailServerDownTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    AuthorisationRegister register;
    @Autowired
    Attachments attachments;
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
    void grantedAuthorisationIsMailedOnceWithItsOnlyPdfWhenTheServerIsBack() throws Exception {
        ProcessInstance pi = Declarations.startAs(engine, DECLARANT, ImportAuthorisationProcess.KEY,
                Declarations.importRequest());
        Declarations.runJobs(engine, pi.getId());
        Task review = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
        Declarations.as(engine, Declarations.REVIEWER, () -> {
            engine.getTaskService().claim(review.getId(), Declarations.REVIEWER);
            engine.getTaskService().complete(review.getId(), Map.of("reviewDecision", "GRANT"));
        });
        TestMailServer.stop();
        ManagementService management = engine.getManagementService();
        management.executeJob(job(pi, ImportAuthorisationProcess.Elements.GENERATE_AUTHORISATION).getId());

        Job send = job(pi, ImportAuthorisationProcess.Elements.SEND_AUTHORISATION);
        int attempts = 0;
        while (send.getRetries() > 0) {
            String id = send.getId();
            assertThatThrownBy(() -> management.executeJob(id)).as("the SMTP server refuses connections");
            send = job(pi, ImportAuthorisationProcess.Elements.SEND_AUTHORISATION);
            attempts++;
        }
        assertThat(attempts).as("retried as configured (R6/PT5M)").isEqualTo(6);
        Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId())
                .singleResult();
        assertThat(incident.getActivityId()).isEqualTo(ImportAuthorisationProcess.Elements.SEND_AUTHORISATION);
        ImportAuthorisation granted = register.byNumber(pi.getBusinessKey()).orElseThrow();
        assertThat(granted.getStatus()).as("granted all the same: imports can be recorded")
                .isEqualTo(AuthorisationStatus.GRANTED);

        TestMailServer.ensureRunning();
        TestMailServer.purge();
        management.setJobRetries(send.getId(), 1);
        management.executeJob(send.getId());

        assertThat(TestMailServer.to(DECLARANT)).singleElement().satisfies(mail -> {
            assertThat(Mails.subject(mail)).contains(granted.getNumber(), "accordée");
            assertThat(Mails.attachments(mail)).singleElement()
                    .satisfies(pdf -> assertThat(pdf.fileName()).isEqualTo(granted.getNumber() + ".pdf"));
        });
        assertThat(attachments.ofImportAuthorisation(granted.getId()))
                .filteredOn(a -> a.getKind() == AttachmentKind.IMPORT_AUTHORISATION)
                .as("one PDF, one verification code").hasSize(1);
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void acknowledgementSentAgainAfterACrashBeforeItsRecordIsTheSameMailEvenOnceTheReviewHasStarted()
            throws Exception {
        ProcessInstance pi = Declarations.startAs(engine, DECLARANT, ImportAuthorisationProcess.KEY,
                Declarations.importRequest());
        engine.getManagementService().executeJob(job(pi, ImportAuthorisationProcess.Elements.SEND_ACKNOWLEDGEMENT).getId());
        MimeMessage first = TestMailServer.to(DECLARANT).get(0);

        // the node died after the SMTP server's acceptance, before the record; meanwhile a reviewer took the case
        jdbc.update("DELETE FROM sent_mail WHERE dedup_key = ?", "AI-ACK:" + pi.getBusinessKey());
        Task review = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(ImportAuthorisationProcess.Elements.REVIEW).singleResult();
        Declarations.as(engine, Declarations.REVIEWER,
                () -> engine.getTaskService().claim(review.getId(), Declarations.REVIEWER));
        assertThat(register.byNumber(pi.getBusinessKey()).orElseThrow().getStatus())
                .isEqualTo(AuthorisationStatus.IN_REVIEW);
        engine.getRuntimeService().createProcessInstanceModification(pi.getId())
                .startBeforeActivity(ImportAuthorisationProcess.Elements.SEND_ACKNOWLEDGEMENT).execute();
        engine.getManagementService().executeJob(job(pi, ImportAuthorisationProcess.Elements.SEND_ACKNOWLEDGEMENT).getId());

        List<MimeMessage> received = TestMailServer.to(DECLARANT);
        assertThat(received).as("the same acknowledgement, delivered again").hasSize(2);
        assertThat(received.get(1).getMessageID()).isEqualTo(first.getMessageID());
        assertThat(Mails.subject(received.get(1))).isEqualTo(Mails.subject(first));
        assertThat(Mails.text(received.get(1))).as("registered with the status Déposée, whatever the status now")
                .isEqualTo(Mails.text(first)).contains(AuthorisationStatus.FILED.label());
    }

    private Job job(ProcessInstance pi, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(activityId)
                .singleResult();
    }
}
