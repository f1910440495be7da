package org.impexflow.importauthorisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.impexflow.support.Declarations.DECLARANT;

import java.util.Map;

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

/** The mail server fails when an authorisation is granted: nothing is lost, nothing is made or sent twice. */
@ImpexflowSpringTest
class ImportMailServerDownTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    AuthorisationRegister register;
    @Autowired
    Attachments attachments;

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

    private Job job(ProcessInstance pi, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(activityId)
                .singleResult();
    }
}
