package org.impexflow.exportdeclaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.impexflow.exportdeclaration.MailIntakeProcess.Elements.*;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import org.impexflow.support.WebSession;
import org.impexflow.support.TestMailServer;
import org.impexflow.validation.InvalidInputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

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
    @Autowired
    Establishments establishments;
    @Autowired
    Accounts accounts;
    @Autowired
    CommonFormPdf commonForm;
    @LocalServerPort
    int port;

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
        String number = number(intake);
        ExportDeclaration declaration = register.byNumber(number).orElseThrow();
        assertThat(declaration.getDeclarantEmail()).isEqualTo(SENDER);
        assertThat(declaration.getMedicineName()).isEqualTo("DEI par courriel");
        assertThat(register.history(declaration.getId())).extracting(DeclarationEvent::getKind)
                .contains(DeclarationEventKind.FILED, DeclarationEventKind.RECEIVED_BY_MAIL);
        assertThat(register.history(declaration.getId())).filteredOn(e -> e.getKind()
                == DeclarationEventKind.RECEIVED_BY_MAIL).singleElement().satisfies(e -> {
                    assertThat(e.getDetail()).contains(SENDER, "25/11/2026").doesNotContain("saisi par");
                    assertThat(e.getActor()).as("who entered it, said once: the line's actor").isEqualTo(Declarations.SUPPORT);
                });
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
        String number = number(intake);
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

    /**
     * The SIRET has no account: support registers the establishment from the intake, files on its behalf,
     * and its contact receives the AEE and the invitation; the account made with the invited address founds
     * the establishment and finds the case in its home table.
     */
    @Test
    void anEstablishmentWithoutAccountIsRegisteredBySupportAndItsContactInvitedFindsTheCase() {
        String siret = TestEstablishments.randomSiret();
        String contact = "contact." + siret + "@nouveau-labo.example";
        Map<String, Object> variables = withNewEstablishment(received("Sans compte par courriel", "SN", null), siret,
                contact);
        ProcessInstance intake = start(variables);

        assertThat(intake).hasPassed(FILE, GATEWAY_ESTABLISHMENT_REGISTERED).isWaitingAt(INVITE_CONTACT);
        Establishment registered = establishments.bySiret(siret).orElseThrow();
        assertThat(registered.getName()).isEqualTo("Laboratoire Sans Compte");
        assertThat(registered.getType()).isEqualTo(EstablishmentType.PHARMACEUTICAL_ESTABLISHMENT);
        assertThat(registered.getCountryCode()).isEqualTo("FR");
        assertThat(registered.getInvitedContactEmail()).isEqualTo(contact);
        assertThat(establishments.members(registered.getId())).isEmpty();
        String number = number(intake);
        ExportDeclaration declaration = register.byNumber(number).orElseThrow();
        assertThat(declaration.getEstablishmentId()).isEqualTo(registered.getId());
        assertThat(declaration.getDeclarantEmail()).as("the contact is the declarant").isEqualTo(contact);
        assertThat(register.history(declaration.getId())).filteredOn(e -> e.getKind()
                == DeclarationEventKind.FILED_ON_BEHALF).singleElement().satisfies(e -> {
                    assertThat(e.getDetail()).contains("Laboratoire Sans Compte", siret, contact)
                            .doesNotContain("support de l'ANSM");
                    assertThat(e.getActor()).isEqualTo(Declarations.SUPPORT);
                });

        Declarations.runJobs(engine, intake.getId());
        assertThat(intake).isEnded().hasPassed(INVITE_CONTACT, END_CONTACT_INVITED);
        Declarations.runJobs(engine, engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(number).singleResult().getId());
        assertThat(TestMailServer.to(contact)).extracting(Mails::subject).containsExactlyInAnyOrder(
                "Accusé d'enregistrement électronique (AEE) – déclaration d'exportation N° " + number,
                "Créez votre compte impexflow – déclaration d'exportation N° " + number);
        String invitation = Mails.text(ProcessTestSupport.mail(contact, "Créez votre compte"));
        assertThat(invitation).contains("Laboratoire Sans Compte", siret,
                "/register?email=" + contact.replace("@", "%40"));
        assertThat(register.history(declaration.getId())).extracting(DeclarationEvent::getKind)
                .contains(DeclarationEventKind.ACCOUNT_INVITATION_SENT);

        WebSession visitor = new WebSession("http://127.0.0.1:" + port);
        assertThat(visitor.get("/register?email=" + contact.replace("@", "%40")).body())
                .as("the invitation's link fills in the address").contains("value=\"" + contact + "\"");

        Onboarding.Newcomer invited = Onboarding.newcomer(engine, accounts, contact, "Inès", "Invitée");
        Onboarding.validate(engine, invited, Onboarding.namingSiret(invited, siret, "Laboratoire Sans Compte"));
        assertThat(establishments.isManager(contact, registered.getId())).as("the first account manages it").isTrue();
        WebSession session = new WebSession("http://127.0.0.1:" + port);
        session.logIn(contact, TestAccounts.PASSWORD, TestAccounts.SECRET);
        assertThat(session.get("/mes-declarations").body()).contains("href=\"/mes-declarations/" + number + "\"",
                "Sans compte par courriel");
    }

    /**
     * A returned common form joins the case as it came; the intake reads nothing from it: what support typed
     * is what the case holds, even when the form's text says otherwise.
     */
    @Test
    void aReturnedCommonFormIsAttachedAndPrefillsNothing() {
        String number = register.byNumber(number(start(received("Déclaration d'origine", "SN", null)))).orElseThrow()
                .getNumber();
        byte[] returned = commonForm.prefilled(register.byNumber(number).orElseThrow(), List.of(), establishments.bySiret(
                Declarations.DEMO_SIRET).orElseThrow(), List.of(), java.util.Locale.FRENCH);
        assertThat(Mails.pdfText(returned)).contains("Déclaration d'origine");
        Attachment form = attachments.store(Declarations.SUPPORT, "formulaire-DEI-rempli.pdf", "application/pdf",
                returned);

        ProcessInstance intake = start(received("Saisi par le support", "SN", form.getReference()));

        ExportDeclaration declaration = register.byNumber(number(intake)).orElseThrow();
        assertThat(attachments.ofDeclaration(declaration.getId())).extracting(Attachment::getFileName)
                .containsExactly("formulaire-DEI-rempli.pdf");
        assertThat(declaration.getMedicineName()).isEqualTo("Saisi par le support");
    }

    /** Another address typing the SIRET is not the one invited: it asks to join, like anyone else. */
    @Test
    void onlyTheInvitedAddressFoundsTheEstablishmentRegisteredBySupport() {
        String siret = TestEstablishments.randomSiret();
        start(withNewEstablishment(received("Invitation réservée", "SN", null), siret, "invite." + siret + "@labo.example"));
        Establishment registered = establishments.bySiret(siret).orElseThrow();

        Onboarding.Newcomer other = Onboarding.newcomer(engine, accounts, "Oscar", "Autre");
        Onboarding.validate(engine, other, Onboarding.namingSiret(other, siret, "Peu importe"));

        assertThat(establishments.ofUser(other.email())).as("no membership before a decision").isEmpty();
        assertThat(establishments.members(registered.getId())).isEmpty();
    }

    @Test
    void anUnknownSiretWithoutTheEstablishmentsDetailsIsRefusedNamingThemAndStoresNothing() {
        String siret = TestEstablishments.randomSiret();
        long declarations = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(ExportDeclarationProcess.KEY).count();
        Map<String, Object> variables = received("SIRET inconnu", "SN", null);
        variables.put("establishmentSiret", siret);
        assertThatThrownBy(() -> start(variables)).isInstanceOf(InvalidInputException.class).satisfies(e -> {
            InvalidInputException refused = (InvalidInputException) e;
            for (String field : List.of("establishmentName", "establishmentAddress", "establishmentPostalCode",
                    "establishmentCity", "contactEmail")) {
                assertThat(refused.concerns(field)).as(field).isTrue();
            }
            assertThat(refused.getMessage() + refused.errors()).contains("aucun établissement enregistré sous le N° SIRET "
                    + siret);
        });
        assertThat(establishments.bySiret(siret)).isEmpty();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(ExportDeclarationProcess.KEY).count()).isEqualTo(declarations);
    }

    /** A mistyped SIRET is named as such, not taken for an establishment to register. */
    @Test
    void aSiretWithAWrongCheckDigitIsRefusedNamingItNotAskedToBeRegistered() {
        String siret = TestEstablishments.randomSiret();
        String wrong = siret.substring(0, 13) + (char) ('0' + (siret.charAt(13) - '0' + 1) % 10);
        Map<String, Object> variables = received("Clé fausse", "SN", null);
        variables.put("establishmentSiret", wrong);
        assertThatThrownBy(() -> start(variables)).isInstanceOf(InvalidInputException.class).satisfies(e -> {
            InvalidInputException refused = (InvalidInputException) e;
            assertThat(refused.concerns("establishmentSiret")).isTrue();
            assertThat(refused.concerns("establishmentName")).as("not an establishment to register").isFalse();
        });
        assertThat(establishments.bySiret(wrong)).isEmpty();
    }

    /** The declaration itself refused: the establishment registered for it is not kept either. */
    @Test
    void aRefusedDeclarationLeavesNoEstablishmentRegistered() {
        String siret = TestEstablishments.randomSiret();
        Map<String, Object> variables = withNewEstablishment(received("Refusée", "SN", null), siret,
                "refus@labo.example");
        variables.remove("strength");
        assertThatThrownBy(() -> start(variables)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).concerns("strength")).isTrue());
        assertThat(establishments.bySiret(siret)).isEmpty();
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

    private String number(ProcessInstance intake) {
        return (String) MailIntakes.variable(engine, intake, MailIntakeProcess.Vars.DECLARATION_NUMBER);
    }

    private ProcessInstance start(Map<String, Object> variables) {
        return MailIntakes.start(engine, COVERAGE, MailIntakeProcess.KEY, variables);
    }

    private static Map<String, Object> withNewEstablishment(Map<String, Object> v, String siret, String contact) {
        return MailIntakes.withNewEstablishment(v, siret, "Laboratoire Sans Compte", contact);
    }
}
