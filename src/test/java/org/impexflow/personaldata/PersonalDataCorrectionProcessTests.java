package org.impexflow.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.impexflow.personaldata.PersonalDataCorrectionProcess.Elements.*;

import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.account.Accounts;
import org.impexflow.audit.SecurityEventKind;
import org.impexflow.audit.SecurityEvents;
import org.impexflow.support.Declarations;
import org.impexflow.support.FlowNodeCoverage;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.Mails;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TestMailServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of processes/personal-data-correction.bpmn, as the page "Mes données" and support drive it. */
@ImpexflowSpringTest
class PersonalDataCorrectionProcessTests {

    private static final FlowNodeCoverage COVERAGE = new FlowNodeCoverage(PersonalDataCorrectionProcess.KEY);

    @Autowired
    ProcessEngine engine;
    @Autowired
    PersonalData data;
    @Autowired
    Accounts accounts;
    @Autowired
    SecurityEvents events;

    @BeforeEach
    void setUp() throws Exception {
        init(engine);
        TestMailServer.purge();
    }

    @Test
    void supportCorrectsAndThePersonIsToldWithTheAnswer() throws Exception {
        String person = TestAccounts.person(accounts, "rectification", "declarants");
        ProcessInstance pi = ask(person, "Mon nom s'écrit « Prénom-Composé »");
        assertThat(pi).isWaitingAt(HANDLE);
        assertThat(events.about(person)).anyMatch(e -> e.getKind() == SecurityEventKind.PERSONAL_DATA_CORRECTION_REQUESTED
                && e.getDetail().equals("Mon nom s'écrit « Prénom-Composé »"));
        Task handle = task(HANDLE, pi);
        assertThat(handle.getName()).isEqualTo("Rectification de données : Prénom Nom");
        assertThat((String) engine.getTaskService().getVariable(handle.getId(), "correctionRequestMarkdown"))
                .as("what the person typed, escaped").contains("Prénom\\-Composé");

        assertThatThrownBy(() -> complete(handle, Map.of("correctionAnswer", " ")))
                .hasMessageContaining("correctionOutcome").hasMessageContaining("correctionAnswer");
        assertThat(pi).isWaitingAt(HANDLE);
        complete(handle, Map.of("correctionOutcome", "CORRECTED", "correctionAnswer", "Nom corrigé dans votre compte."));

        assertThat(pi).isWaitingAt(NOTIFY);
        engine.getManagementService().executeJob(job(NOTIFY, pi).getId());
        assertThat(pi).isEnded().hasPassed(END);
        String mail = Mails.text(single(person));
        assertThat(mail).contains("a été traitée par le support de l'ANSM", "Nom corrigé dans votre compte.",
                "Prénom-Composé", "/mes-donnees");
    }

    @Test
    void supportRefusesAndThePersonIsToldWhy() throws Exception {
        String person = TestAccounts.person(accounts, "rectification", "declarants");
        ProcessInstance pi = ask(person, "Supprimez mon historique");
        complete(task(HANDLE, pi), Map.of("correctionOutcome", "REFUSED", "correctionAnswer",
                "L'historique des dossiers est conservé au titre des missions de l'ANSM."));
        engine.getManagementService().executeJob(job(NOTIFY, pi).getId());
        assertThat(pi).isEnded();
        assertThat(Mails.text(single(person))).contains("n'a pas été suivie", "conservé au titre des missions");
    }

    @Test
    void nobodyStartsItButThePageForTheLoggedInPerson() {
        String person = TestAccounts.person(accounts, "rectification", "declarants");
        assertThatThrownBy(() -> Declarations.startAs(engine, person, PersonalDataCorrectionProcess.KEY,
                Map.of("correctionRequest", "x"))).as("no start permission from Tasklist or the REST API")
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    }

    @AfterAll
    static void everyFlowNodeIsWalked() {
        COVERAGE.assertEveryFlowNodeWalked();
    }

    private ProcessInstance ask(String person, String text) {
        String id = data.askCorrection(person, accounts.groupsOf(person), text);
        COVERAGE.track(engine, id);
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    private void complete(Task task, Map<String, Object> values) {
        Declarations.as(engine, Declarations.SUPPORT, () -> engine.getTaskService().complete(task.getId(), values));
    }

    private static MimeMessage single(String recipient) {
        List<MimeMessage> mails = TestMailServer.to(recipient).stream()
                .filter(m -> Mails.subject(m).contains("rectification")).toList();
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }
}
