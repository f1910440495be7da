package org.impexflow.exportdeclaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.impexflow.exportdeclaration.MailIntakeProcess.Elements.*;

import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.impexflow.attachment.Attachment;
import org.impexflow.attachment.Attachments;
import org.impexflow.support.Declarations;
import org.impexflow.support.FlowNodeCoverage;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.Mails;
import org.impexflow.support.TestMailServer;
import org.impexflow.validation.InvalidInputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of processes/export-declaration-mail-intake.bpmn, started by ANSM support as in Tasklist. */
@ImpexflowSpringTest
class MailIntakeProcessTests {

    private static final FlowNodeCoverage COVERAGE = new FlowNodeCoverage(MailIntakeProcess.KEY);
    private static final String SENDER = "pharmacien.expediteur@labo.example";

    @Autowired
    ProcessEngine engine;
    @Autowired
    DeclarationRegister register;
    @Autowired
    Attachments attachments;

    @BeforeEach
    void setUp() throws Exception {
        init(engine);
        TestMailServer.purge();
    }

    @Test
    void aReceivedDeclarationIsRegisteredForTheEstablishmentAndAcknowledgedToTheSender() {
        Attachment mail = attachments.store(Declarations.SUPPORT, "courriel-du-25-11.eml", "message/rfc822",
                "From: pharmacien.expediteur@labo.example".getBytes());
        ProcessInstance intake = start(received("DEI par courriel", "SN", mail.getReference()));

        assertThat(intake).isEnded().hasPassed(FILE, END_REGISTERED);
        String number = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(intake.getId()).variableName(MailIntakeProcess.Vars.DECLARATION_NUMBER)
                .singleResult().getValue();
        ExportDeclaration declaration = register.byNumber(number).orElseThrow();
        assertThat(declaration.getDeclarantEmail()).isEqualTo(SENDER);
        assertThat(declaration.getMedicineName()).isEqualTo("DEI par courriel");
        assertThat(register.history(declaration.getId())).extracting(DeclarationEvent::getKind)
                .contains(DeclarationEventKind.FILED, DeclarationEventKind.RECEIVED_BY_MAIL);
        assertThat(register.history(declaration.getId())).filteredOn(e -> e.getKind()
                == DeclarationEventKind.RECEIVED_BY_MAIL).singleElement().satisfies(e -> assertThat(e.getDetail())
                        .contains(SENDER, "25/11/2026", "saisi par " + Declarations.SUPPORT));
        assertThat(attachments.ofDeclaration(declaration.getId())).extracting(Attachment::getFileName)
                .contains("courriel-du-25-11.eml");

        ProcessInstance filed = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(number).singleResult();
        Declarations.runJobs(engine, filed.getId());
        assertThat(TestMailServer.to(SENDER)).singleElement()
                .satisfies(aee -> assertThat(Mails.subject(aee)).contains("Accusé d'enregistrement", number));
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(filed.getId())
                .taskDefinitionKey(ExportDeclarationProcess.Elements.REVIEW).count()).isEqualTo(1);
    }

    /**
     * The sender has no account: the request for complement tells them to answer by e-mail, and ANSM
     * support (beside the establishment's accounts) can enter the answer in Tasklist.
     */
    @Test
    void aSenderWithoutAnAccountAnswersAComplementByMailAndSupportEntersIt() {
        ProcessInstance intake = start(received("Complément par courriel", "SN", null));
        String number = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(intake.getId()).variableName(MailIntakeProcess.Vars.DECLARATION_NUMBER)
                .singleResult().getValue();
        ProcessInstance filed = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(number).singleResult();
        Declarations.decide(engine, filed, "REQUEST_COMPLEMENT");

        assertThat(TestMailServer.to(SENDER)).filteredOn(m -> Mails.subject(m).startsWith("Complément demandé"))
                .singleElement().satisfies(m -> assertThat(Mails.text(m))
                        .contains("par courriel à exportation-medicaments@ansm.sante.fr", "N° " + number)
                        .doesNotContain("liste de tâches"));
        org.camunda.bpm.engine.task.Task complement = engine.getTaskService().createTaskQuery()
                .processInstanceId(filed.getId()).taskDefinitionKey(ExportDeclarationProcess.Elements.PROVIDE_COMPLEMENT)
                .singleResult();
        assertThat(complement.getAssignee()).isNull();
        assertThat(engine.getTaskService().getIdentityLinksForTask(complement.getId()))
                .extracting(org.camunda.bpm.engine.task.IdentityLink::getGroupId)
                .contains(org.impexflow.access.Groups.SUPPORT);

        Declarations.as(engine, Declarations.SUPPORT, () -> {
            assertThat(engine.getTaskService().createTaskQuery().taskId(complement.getId()).count())
                    .as("support sees the task").isEqualTo(1);
            engine.getTaskService().claim(complement.getId(), Declarations.SUPPORT);
            engine.getTaskService().complete(complement.getId(), Map.of(ExportDeclarationProcess.Vars.COMPLEMENT_ANSWER,
                    "Réponse reçue par courriel le 27/11 : certificat BPF joint."));
        });
        assertThat(register.byNumber(number).orElseThrow().getStatus()).isEqualTo(DeclarationStatus.IN_REVIEW);
        assertThat(register.history(register.byNumber(number).orElseThrow().getId()))
                .filteredOn(e -> e.getKind() == DeclarationEventKind.COMPLEMENT_ANSWERED).singleElement()
                .satisfies(e -> assertThat(e.getDetail()).contains("reçue par courriel"));
    }

    @Test
    void aDeclarationThatIsNotRequiredIsNotRegisteredAndTheSenderIsTold() {
        ProcessInstance intake = start(received("Vers l'Allemagne", "DE", null));
        assertThat(intake).isEnded().hasPassed(END_NOT_REQUIRED);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(intake.getId())
                .variableName(MailIntakeProcess.Vars.DECLARATION_NUMBER).singleResult().getValue()).isNull();
        ProcessInstance notRegistered = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ExportDeclarationProcess.KEY).variableValueEquals("medicineName", "Vers l'Allemagne")
                .singleResult();
        Declarations.runJobs(engine, notRegistered.getId());
        assertThat(TestMailServer.to(SENDER)).singleElement()
                .satisfies(m -> assertThat(Mails.subject(m)).contains("non enregistrée", "Vers l'Allemagne"));
    }

    @Test
    void anIncompleteEntryIsRefusedNamingTheFieldAndStoresNothing() {
        long intakes = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(MailIntakeProcess.KEY).count();
        long declarations = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(ExportDeclarationProcess.KEY).count();
        Map<String, Object> incomplete = received("Incomplète", "SN", null);
        incomplete.remove("strength");
        assertThatThrownBy(() -> start(incomplete)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).concerns("strength")).isTrue());
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(MailIntakeProcess.KEY).count()).isEqualTo(intakes);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(ExportDeclarationProcess.KEY).count()).isEqualTo(declarations);
    }

    @Test
    void onlySupportRegistersMailedDeclarations() {
        assertThatThrownBy(() -> Declarations.as(engine, Declarations.DECLARANT, () -> engine.getRuntimeService()
                .startProcessInstanceByKey(MailIntakeProcess.KEY, received("x", "SN", null))))
                .isInstanceOf(AuthorizationException.class);
    }

    @AfterAll
    static void everyFlowNodeIsWalked() {
        COVERAGE.assertEveryFlowNodeWalked();
    }

    private static Map<String, Object> received(String medicine, String destination, String files) {
        Map<String, Object> v = Declarations.with(Declarations.dei(), "medicineName", medicine,
                "destinationCountry", destination, "senderEmail", SENDER,
                "mailReceivedOn", "25/11/2026, « Déclaration DEI »");
        v.remove("declarantEmail");
        v.put("receivedFiles", files);
        return v;
    }

    private ProcessInstance start(Map<String, Object> variables) {
        ProcessInstance[] started = new ProcessInstance[1];
        Declarations.as(engine, Declarations.SUPPORT, () -> started[0] = engine.getRuntimeService()
                .startProcessInstanceByKey(MailIntakeProcess.KEY, variables));
        COVERAGE.track(engine, started[0].getId());
        return started[0];
    }
}
