package org.impexflow.accountsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.impexflow.accountsupport.AccountSupportProcess.Elements.*;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.account.Account;
import org.impexflow.account.Accounts;
import org.impexflow.account.LoginThrottle;
import org.impexflow.audit.SecurityEventKind;
import org.impexflow.audit.SecurityEvents;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.registration.AccountInformation;
import org.impexflow.registration.AccountInformations;
import org.impexflow.support.Declarations;
import org.impexflow.support.FlowNodeCoverage;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.Mails;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TestMailServer;
import org.impexflow.validation.InvalidInputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of processes/account-support.bpmn, started by ANSM support as in Tasklist. */
@ImpexflowSpringTest
class AccountSupportProcessTests {

    private static final FlowNodeCoverage COVERAGE = new FlowNodeCoverage(AccountSupportProcess.KEY);

    @Autowired
    ProcessEngine engine;
    @Autowired
    Accounts accounts;
    @Autowired
    Establishments establishments;
    @Autowired
    AccountInformations informations;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    SecurityEvents securityEvents;

    @BeforeEach
    void setUp() throws Exception {
        init(engine);
        TestMailServer.purge();
    }

    @Test
    void lostPhoneRemovesTheSecondFactorAndTheNextLoginEnrolsANewOne() {
        String user = TestAccounts.person(accounts, "lostphone", "declarants");
        ProcessInstance pi = start(user, "REMOVE_SECOND_FACTOR", "Appel du titulaire, identité vérifiée");
        assertThat(pi).hasPassed(REMOVE_SECOND_FACTOR).isWaitingAt(NOTIFY);
        Account account = accounts.find(user).orElseThrow();
        assertThat(account.isTotpEnrolled()).isFalse();
        assertThat(account.isActive()).isTrue();
        assertThat(securityEvents.about(user)).extracting(e -> e.getKind()).contains(
                SecurityEventKind.SECOND_FACTOR_RESET);
        notified(pi, user, "Suppression de l'association", "Votre compte et tout son historique sont conservés");
        assertThat(pi.getBusinessKey()).isEqualTo(user);
    }

    @Test
    void departureDeactivatesTheAccount() {
        String user = TestAccounts.person(accounts, "departed", "declarants");
        ProcessInstance pi = start(user, "DEACTIVATE", "Courrier de l'établissement du 12/11");
        assertThat(pi).hasPassed(DEACTIVATE);
        assertThat(accounts.find(user).orElseThrow().isActive()).isFalse();
        assertThat(accounts.find(user).orElseThrow().getDeactivatedAt()).isNotNull();
        assertThat(securityEvents.about(user)).filteredOn(e -> e.getKind() == SecurityEventKind.ACCOUNT_DEACTIVATED)
                .singleElement().satisfies(e -> assertThat(e.getActor()).isEqualTo(Declarations.SUPPORT));
        notified(pi, user, "Désactivation du compte", "Les dossiers déposés restent rattachés");
    }

    @Test
    void lockOutAndSlowdownAreLiftedBySupportAndTheInterventionIsLoggedWithItsAgent() {
        String user = TestAccounts.person(accounts, "locked", "declarants");
        for (int i = 0; i < 10; i++) {
            accounts.checkCode(user, "000000");
        }
        for (int i = 0; i < 10; i++) {
            throttle.failed("203.0.113.50", user);
        }
        assertThat(accounts.find(user).orElseThrow().isLocked()).isTrue();
        assertThat(throttle.waitBefore("203.0.113.50", user)).isPositive();
        ProcessInstance pi = start(user, "UNLOCK", "Appel du titulaire");
        assertThat(pi).hasPassed(UNLOCK);
        assertThat(accounts.find(user).orElseThrow().isLocked()).isFalse();
        assertThat(throttle.waitBefore("203.0.113.50", user)).as("the account's slowdown too").isZero();
        assertThat(securityEvents.about(user)).filteredOn(e -> e.getKind() == SecurityEventKind.ACCOUNT_UNLOCKED)
                .singleElement().satisfies(e -> {
                    assertThat(e.getActor()).isEqualTo(Declarations.SUPPORT);
                    assertThat(e.getDetail()).contains("Appel du titulaire");
                });
        notified(pi, user, "Déverrouillage du compte", "/login");
    }

    @Test
    void supportCorrectsTheComplementaryInformationAndTheAccountFollowsItsEstablishment() {
        Establishment first = establishments.bySiret(Declarations.DEMO_SIRET).orElseThrow();
        String user = TestAccounts.declarant(accounts, establishments, first);
        informations.record(user, "Nom", "Prénom", "01 02 03 04 05", AccountInformation.Quality.AUTRES, first.getId(),
                user);
        ProcessInstance pi = start(user, "UPDATE_INFORMATION", "Changement d'établissement signalé le 20/11");
        assertThat(pi).hasPassed(LOAD_INFORMATION).isWaitingAt(UPDATE_INFORMATION);
        Task task = task(UPDATE_INFORMATION, pi);
        assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
                .anyMatch(link -> "ansm-support".equals(link.getGroupId()));
        Map<String, Object> values = engine.getTaskService().getVariables(task.getId());
        assertThat(values).containsEntry("siret", Declarations.DEMO_SIRET).containsEntry("phone", "01 02 03 04 05")
                .containsEntry("cguAcknowledged", true).containsEntry("informationConfirmed", false);
        // the form is support's: its own words, no commitment of the holder to tick on their behalf
        String form = readForm(task.getId());
        assertThat(form).contains("Corriger les informations complémentaires", "demandées par le titulaire du compte")
                .doesNotContain("cguAcknowledged", "conditions générales", "votre compte", "moi-même",
                        "envoie les informations à l'ANSM");

        // not confirmed: refused in support's words, naming the box
        Map<String, Object> unconfirmed = new HashMap<>(values);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Declarations.as(engine, Declarations.SUPPORT,
                () -> engine.getTaskService().complete(task.getId(), unconfirmed)))
                .hasMessageContaining("informationConfirmed").hasMessageContaining("a demandé ces corrections")
                .hasMessageNotContaining("seules les équipes");

        Map<String, Object> changed = new HashMap<>(values);
        changed.put("siret", "35600000049837");
        changed.put("companyName", "La Poste – Pharmacie");
        changed.put("phone", "+33 1 55 44 33 22");
        changed.put("quality", "PHARMACIEN_RESPONSABLE_INTERIMAIRE");
        changed.put("informationConfirmed", true);
        Declarations.as(engine, Declarations.SUPPORT, () -> engine.getTaskService().complete(task.getId(), changed));

        assertThat(pi).hasPassed(RECORD_INFORMATION).isWaitingAt(NOTIFY);
        Establishment moved = establishments.ofUser(user).orElseThrow();
        assertThat(moved.getSiret()).as("a La Poste SIRET is valid").isEqualTo("35600000049837");
        assertThat(accounts.groupsOf(user)).contains(moved.groupId()).doesNotContain(first.groupId());
        AccountInformation info = informations.of(user).orElseThrow();
        assertThat(info.getPhone()).isEqualTo("+33 1 55 44 33 22");
        assertThat(info.getQuality()).isEqualTo(AccountInformation.Quality.PHARMACIEN_RESPONSABLE_INTERIMAIRE);
        assertThat(securityEvents.about(user))
                .filteredOn(e -> e.getKind() == SecurityEventKind.ACCOUNT_INFORMATION_CHANGED)
                .singleElement().satisfies(e -> {
                    assertThat(e.getActor()).isEqualTo(Declarations.SUPPORT);
                    assertThat(e.getDetail()).contains("par le support", "35600000049837", "qualité : Pharmacien")
                            .as("a person reads it on Mes données: names, not ids").doesNotContain("PHARMACIEN_")
                            .doesNotContainPattern("établissement \\d");
                });
        notified(pi, user, "Modification des informations complémentaires", "a modifié les informations");
    }

    @Test
    void requestForAnUnknownAccountOrWithoutReasonIsRefusedNamingTheFields() {
        assertThatThrownBy(() -> start("personne@test.example", "UNLOCK", " "))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("accountEmail")
                .hasMessageContaining("supportReason");
        assertThatThrownBy(() -> start("api@labo.example", "DEACTIVATE", "x"))
                .as("technical accounts are not people").hasMessageContaining("accountEmail");
    }

    @Test
    void onlySupportMayIntervene() {
        String user = TestAccounts.person(accounts, "target", "declarants");
        assertThatThrownBy(() -> Declarations.as(engine, Declarations.DECLARANT, () -> engine.getRuntimeService()
                .startProcessInstanceByKey(AccountSupportProcess.KEY, Map.of("accountEmail", user, "supportAction",
                        "DEACTIVATE", "supportReason", "x")))).isInstanceOf(AuthorizationException.class);
        assertThat(accounts.find(user).orElseThrow().isActive()).isTrue();
    }

    @AfterAll
    static void everyFlowNodeIsWalked() {
        COVERAGE.assertEveryFlowNodeWalked();
    }

    private ProcessInstance start(String user, String action, String reason) {
        ProcessInstance[] started = new ProcessInstance[1];
        Declarations.as(engine, Declarations.SUPPORT, () -> started[0] = engine.getRuntimeService()
                .startProcessInstanceByKey(AccountSupportProcess.KEY, Map.of("accountEmail", user.toUpperCase(),
                        "supportAction", action, "supportReason", reason)));
        COVERAGE.track(engine, started[0].getId());
        return started[0];
    }

    private void notified(ProcessInstance pi, String user, String subject, String text) {
        engine.getManagementService().executeJob(job(NOTIFY, pi).getId());
        assertThat(pi).isEnded().hasPassed(END);
        assertThat(TestMailServer.to(user)).singleElement().satisfies(mail -> {
            assertThat(Mails.subject(mail)).contains(subject);
            assertThat(Mails.text(mail)).contains(text);
        });
    }

    private String readForm(String taskId) {
        try (java.io.InputStream in = engine.getFormService().getDeployedTaskForm(taskId)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
