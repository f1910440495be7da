package org.impexflow.importauthorisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.impexflow.importauthorisation.ImportMailIntakeProcess.Elements.*;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.impexflow.access.Groups;
import org.impexflow.account.Accounts;
import org.impexflow.attachment.Attachment;
import org.impexflow.attachment.Attachments;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.EstablishmentType;
import org.impexflow.establishment.Establishments;
import org.impexflow.support.Declarations;
import org.impexflow.support.FlowNodeCoverage;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.MailIntakes;
import org.impexflow.support.Mails;
import org.impexflow.support.Onboarding;
import org.impexflow.support.ProcessTestSupport;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TestEstablishments;
import org.impexflow.support.TestMailServer;
import org.impexflow.support.WebSession;
import org.impexflow.validation.InvalidInputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every path of processes/import-authorisation-mail-intake.bpmn, started by ANSM support as in Tasklist. */
@ImpexflowSpringTest
class ImportMailIntakeProcessTests {

    private static final FlowNodeCoverage COVERAGE = new FlowNodeCoverage(ImportMailIntakeProcess.KEY);
    private static final String SENDER = "pharmacien.importateur@labo.example";

    @Autowired
    ProcessEngine engine;
    @Autowired
    AuthorisationRegister register;
    @Autowired
    Attachments attachments;
    @Autowired
    Establishments establishments;
    @Autowired
    Accounts accounts;
    @LocalServerPort
    int port;

    @BeforeEach
    void setUp() throws Exception {
        init(engine);
        TestMailServer.purge();
    }

    @Test
    void aReceivedRequestIsRegisteredForTheEstablishmentAndAcknowledgedToTheSender() {
        Attachment mail = attachments.store(Declarations.SUPPORT, "courriel-du-02-12.eml", "message/rfc822",
                ("From: " + SENDER).getBytes(StandardCharsets.UTF_8));
        Map<String, Object> variables = received("AI par courriel", mail.getReference());
        ProcessInstance intake = start(variables);

        assertThat(intake).isEnded().hasPassed(FILE, GATEWAY_ESTABLISHMENT_REGISTERED, END_REGISTERED)
                .hasNotPassed(INVITE_CONTACT);
        String number = number(intake);
        ImportAuthorisation request = register.byNumber(number).orElseThrow();
        assertThat(number).startsWith("AI-");
        assertThat(request.getEstablishmentId()).isEqualTo(establishments.bySiret(Declarations.DEMO_SIRET)
                .orElseThrow().getId());
        assertThat(request.getDeclarantEmail()).isEqualTo(SENDER);
        assertThat(request.getMedicineName()).isEqualTo("AI par courriel");
        assertThat(request.getProvenanceCountry()).isEqualTo("IN");
        assertThat(register.history(request.getId())).extracting(AuthorisationEvent::getKind)
                .contains(AuthorisationEventKind.FILED, AuthorisationEventKind.RECEIVED_BY_MAIL)
                .doesNotContain(AuthorisationEventKind.FILED_ON_BEHALF);
        assertThat(register.history(request.getId())).filteredOn(e -> e.getKind()
                == AuthorisationEventKind.RECEIVED_BY_MAIL).singleElement().satisfies(e -> {
                    assertThat(e.getDetail()).contains(SENDER, "02/12/2026").doesNotContain("saisi par");
                    assertThat(e.getActor()).as("who entered it, said once: the line's actor").isEqualTo(Declarations.SUPPORT);
                });
        assertThat(attachments.ofImportAuthorisation(request.getId())).extracting(Attachment::getFileName)
                .contains("courriel-du-02-12.eml", "lettre-demande.pdf");

        ProcessInstance filed = filed(number);
        assertThat(engine.getRuntimeService().getVariable(filed.getId(),
                ImportAuthorisationProcess.Vars.RECEIVED_BY_MAIL)).isEqualTo(true);
        assertThat(engine.getRuntimeService().getVariable(filed.getId(),
                ImportAuthorisationProcess.Vars.INITIATOR)).as("filed for the establishment, not the agent").isNull();
        Declarations.runJobs(engine, filed.getId());
        assertThat(TestMailServer.to(SENDER)).singleElement()
                .satisfies(ack -> assertThat(Mails.subject(ack)).contains("Accusé d'enregistrement", number));
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(filed.getId())
                .taskDefinitionKey(ImportAuthorisationProcess.Elements.REVIEW).count()).isEqualTo(1);
    }

    /**
     * The sender has no account: the request for complement tells them to answer by e-mail, and ANSM
     * support (beside the establishment's accounts) enters the answer in Tasklist.
     */
    @Test
    void aSenderWithoutAnAccountAnswersAComplementByMailAndSupportEntersIt() {
        String number = number(start(received("Complément par courriel", null)));
        ProcessInstance filed = filed(number);
        Declarations.runJobs(engine, filed.getId());
        org.camunda.bpm.engine.task.Task review = engine.getTaskService().createTaskQuery()
                .processInstanceId(filed.getId()).taskDefinitionKey(ImportAuthorisationProcess.Elements.REVIEW)
                .singleResult();
        Declarations.as(engine, Declarations.REVIEWER, () -> {
            engine.getTaskService().claim(review.getId(), Declarations.REVIEWER);
            engine.getTaskService().complete(review.getId(), Map.of("reviewDecision", "REQUEST_COMPLEMENT",
                    "reviewComment", "Joindre le certificat de libération du lot."));
        });
        Declarations.runJobs(engine, filed.getId());

        assertThat(TestMailServer.to(SENDER)).filteredOn(m -> Mails.subject(m).startsWith("Complément demandé"))
                .singleElement().satisfies(m -> assertThat(Mails.text(m))
                        .contains("par courriel à l'adresse de l'ANSM", "N° " + number)
                        .doesNotContain("liste de tâches"));
        org.camunda.bpm.engine.task.Task complement = engine.getTaskService().createTaskQuery()
                .processInstanceId(filed.getId())
                .taskDefinitionKey(ImportAuthorisationProcess.Elements.PROVIDE_COMPLEMENT).singleResult();
        assertThat(complement.getAssignee()).isNull();
        Declarations.as(engine, Declarations.SUPPORT, () -> {
            assertThat(engine.getTaskService().createTaskQuery().taskId(complement.getId()).count())
                    .as("support sees the task").isEqualTo(1);
            engine.getTaskService().claim(complement.getId(), Declarations.SUPPORT);
            engine.getTaskService().complete(complement.getId(), Map.of(
                    ImportAuthorisationProcess.Vars.COMPLEMENT_ANSWER, "Réponse reçue par courriel le 04/12 : certificat joint."));
        });
        assertThat(register.history(register.byNumber(number).orElseThrow().getId()))
                .filteredOn(e -> e.getKind() == AuthorisationEventKind.COMPLEMENT_ANSWERED).singleElement()
                .satisfies(e -> assertThat(e.getDetail()).contains("reçue par courriel"));
    }

    /** The signed cover letter sent as a file with the start (engine REST): checked, stored, joined. */
    @Test
    void aCoverLetterSentAsAFileJoinsTheRequest() {
        Map<String, Object> variables = received("Lettre en fichier", null);
        variables.put("coverLetter", Declarations.importRequest().get("coverLetter"));
        ImportAuthorisation request = register.byNumber(number(start(variables))).orElseThrow();
        assertThat(attachments.ofImportAuthorisation(request.getId())).extracting(Attachment::getFileName)
                .contains("lettre-signee.pdf");
    }

    @Test
    void anIncompleteEntryIsRefusedNamingTheFieldAndStoresNothing() {
        long intakes = count(ImportMailIntakeProcess.KEY);
        long requests = count(ImportAuthorisationProcess.KEY);
        Map<String, Object> incomplete = received("Incomplète", null);
        incomplete.remove("quantityUnit");
        assertThatThrownBy(() -> start(incomplete)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).concerns("quantityUnit")).isTrue());
        assertThat(count(ImportMailIntakeProcess.KEY)).isEqualTo(intakes);
        assertThat(count(ImportAuthorisationProcess.KEY)).isEqualTo(requests);
    }

    @Test
    void onlySupportRegistersMailedRequests() {
        assertThatThrownBy(() -> Declarations.as(engine, Declarations.DECLARANT, () -> engine.getRuntimeService()
                .startProcessInstanceByKey(ImportMailIntakeProcess.KEY, received("x", null))))
                .isInstanceOf(AuthorizationException.class);
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(ImportMailIntakeProcess.KEY).latestVersion().singleResult().isStartableInTasklist())
                .isTrue();
        assertThat(engine.getRepositoryService().getBpmnModelInstance(engine.getRepositoryService()
                .createProcessDefinitionQuery().processDefinitionKey(ImportMailIntakeProcess.KEY).latestVersion()
                .singleResult().getId()).getModelElementById(ImportMailIntakeProcess.KEY)
                .getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "candidateStarterGroups"))
                .isEqualTo(Groups.SUPPORT);
    }

    /** Who entered the request is the authenticated agent, set by the system; naming another is refused. */
    @Test
    void theAgentIsTheAuthenticatedOneAndCannotBeNamed() {
        long requests = count(ImportAuthorisationProcess.KEY);
        Map<String, Object> naming = received("Autre agent", null);
        naming.put(ImportMailIntakeProcess.Vars.SUPPORT_AGENT, "someone.else@ansm.example");
        assertThatThrownBy(() -> start(naming)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.errors()).extracting(e -> e.field())
                        .containsExactly(ImportMailIntakeProcess.Vars.SUPPORT_AGENT));
        assertThat(count(ImportAuthorisationProcess.KEY)).isEqualTo(requests);

        ProcessInstance intake = start(received("Agent authentifié", null));
        assertThat(MailIntakes.variable(engine, intake, ImportMailIntakeProcess.Vars.SUPPORT_AGENT))
                .isEqualTo(Declarations.SUPPORT);
    }

    /**
     * The SIRET has no account: support registers the establishment from the intake, files on its behalf,
     * and its contact receives the acknowledgement and the invitation, once; the account made with the invited
     * address founds the establishment and finds the request in its home table.
     */
    @Test
    void anEstablishmentWithoutAccountIsRegisteredBySupportAndItsContactInvitedFindsTheRequest() {
        String siret = TestEstablishments.randomSiret();
        String contact = "contact." + siret + "@importateur.example";
        ProcessInstance intake = start(MailIntakes.withNewEstablishment(received("Sans compte par courriel", null), siret,
                "Importateur Sans Compte", contact));

        assertThat(intake).hasPassed(FILE, GATEWAY_ESTABLISHMENT_REGISTERED).isWaitingAt(INVITE_CONTACT);
        assertThat(TestMailServer.to(contact)).as("nothing before the filing commits").isEmpty();
        Establishment registered = establishments.bySiret(siret).orElseThrow();
        assertThat(registered.getName()).isEqualTo("Importateur Sans Compte");
        assertThat(registered.getType()).isEqualTo(EstablishmentType.PHARMACEUTICAL_ESTABLISHMENT);
        assertThat(registered.getCountryCode()).isEqualTo("FR");
        assertThat(registered.getInvitedContactEmail()).isEqualTo(contact);
        assertThat(establishments.members(registered.getId())).isEmpty();
        String number = number(intake);
        ImportAuthorisation request = register.byNumber(number).orElseThrow();
        assertThat(request.getEstablishmentId()).isEqualTo(registered.getId());
        assertThat(request.getDeclarantEmail()).as("the contact is the declarant").isEqualTo(contact);
        assertThat(register.history(request.getId())).filteredOn(e -> e.getKind()
                == AuthorisationEventKind.FILED_ON_BEHALF).singleElement().satisfies(e -> {
                    assertThat(e.getDetail()).contains("Importateur Sans Compte", siret, contact)
                            .doesNotContain("support de l'ANSM");
                    assertThat(e.getActor()).isEqualTo(Declarations.SUPPORT);
                });

        Declarations.runJobs(engine, intake.getId());
        assertThat(intake).isEnded().hasPassed(INVITE_CONTACT, END_CONTACT_INVITED);
        Declarations.runJobs(engine, filed(number).getId());
        assertThat(TestMailServer.to(contact)).extracting(Mails::subject).containsExactlyInAnyOrder(
                "Accusé d'enregistrement – demande d'autorisation d'importation N° " + number,
                "Créez votre compte impexflow – demande d'autorisation d'importation N° " + number);
        String invitation = Mails.text(ProcessTestSupport.mail(contact, "Créez votre compte"));
        assertThat(invitation).contains("Importateur Sans Compte", siret, number,
                "/register?email=" + contact.replace("@", "%40"));
        assertThat(register.history(request.getId())).extracting(AuthorisationEvent::getKind)
                .contains(AuthorisationEventKind.ACCOUNT_INVITATION_SENT);

        Onboarding.Newcomer invited = Onboarding.newcomer(engine, accounts, contact, "Iris", "Invitée");
        Onboarding.validate(engine, invited, Onboarding.namingSiret(invited, siret, "Importateur Sans Compte"));
        assertThat(establishments.isManager(contact, registered.getId())).as("the first account manages it").isTrue();
        WebSession session = new WebSession("http://127.0.0.1:" + port);
        session.logIn(contact, TestAccounts.PASSWORD, TestAccounts.SECRET);
        assertThat(session.get("/mes-declarations").body()).contains(number, "Sans compte par courriel");
    }

    @Test
    void anUnknownSiretWithoutTheEstablishmentsDetailsIsRefusedNamingThemAndStoresNothing() {
        String siret = TestEstablishments.randomSiret();
        long requests = count(ImportAuthorisationProcess.KEY);
        Map<String, Object> variables = received("SIRET inconnu", null);
        variables.put("establishmentSiret", siret);
        assertThatThrownBy(() -> start(variables)).isInstanceOf(InvalidInputException.class).satisfies(e -> {
            InvalidInputException refused = (InvalidInputException) e;
            for (String field : List.of("establishmentName", "establishmentAddress", "establishmentPostalCode",
                    "establishmentCity", "contactEmail")) {
                assertThat(refused.concerns(field)).as(field).isTrue();
            }
            assertThat(refused.getMessage()).contains("La demande reçue ne peut pas être déposée");
        });
        assertThat(establishments.bySiret(siret)).isEmpty();
        assertThat(count(ImportAuthorisationProcess.KEY)).isEqualTo(requests);
    }

    /** The request itself refused: the establishment registered for it is not kept either. */
    @Test
    void aRefusedRequestLeavesNoEstablishmentRegistered() {
        String siret = TestEstablishments.randomSiret();
        Map<String, Object> variables = MailIntakes.withNewEstablishment(received("Refusée", null), siret,
                "Importateur Sans Compte", "refus@labo.example");
        variables.put("provenanceCountry", "XX");
        assertThatThrownBy(() -> start(variables)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).concerns("provenanceCountry")).isTrue());
        assertThat(establishments.bySiret(siret)).isEmpty();
    }

    @AfterAll
    static void everyFlowNodeIsWalked() {
        COVERAGE.assertEveryFlowNodeWalked();
    }

    /** An import request of the demo establishment as received by mail, its cover letter uploaded by support. */
    private Map<String, Object> received(String medicine, String files) {
        Attachment letter = attachments.store(Declarations.SUPPORT, "lettre-demande.pdf", "application/pdf",
                "%PDF-1.4 lettre de demande signée".getBytes(StandardCharsets.UTF_8));
        Map<String, Object> v = Declarations.with(Declarations.importRequest(), "medicineName", medicine,
                "senderEmail", SENDER, "mailReceivedOn", "02/12/2026, « Demande d'AI »",
                "coverLetter", letter.getReference());
        v.remove("declarantEmail");
        v.put("receivedFiles", files);
        return v;
    }

    private String number(ProcessInstance intake) {
        return (String) MailIntakes.variable(engine, intake, ImportMailIntakeProcess.Vars.AUTHORISATION_NUMBER);
    }

    private ProcessInstance start(Map<String, Object> variables) {
        return MailIntakes.start(engine, COVERAGE, ImportMailIntakeProcess.KEY, variables);
    }

    private long count(String key) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(key).count();
    }

    private ProcessInstance filed(String number) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
                .processDefinitionKey(ImportAuthorisationProcess.KEY).singleResult();
    }

}
