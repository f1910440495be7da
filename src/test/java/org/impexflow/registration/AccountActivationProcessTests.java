package org.impexflow.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.impexflow.registration.AccountActivationProcess.Elements.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.impexflow.support.JobExecutorDowntime;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.account.Accounts;
import org.impexflow.account.SecondFactorEnrolled;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Every path of processes/account-activation.bpmn, driven as the registration pages drive it. */
@ImpexflowSpringTest
class AccountActivationProcessTests {

    private static final FlowNodeCoverage COVERAGE = new FlowNodeCoverage(AccountActivationProcess.KEY);
    private static final String PASSWORD = "Rv7#mQz!Lw2k";
    private static final Pattern CODE = Pattern.compile("\\n\\s+(\\d{6})\\s*\\n");

    @Autowired
    ProcessEngine engine;
    @Autowired
    Registrations registrations;
    @Autowired
    Accounts accounts;
    @Autowired
    Establishments establishments;
    @Autowired
    org.impexflow.establishment.Memberships memberships;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    AccountInformationRepository informations;

    @BeforeEach
    void setUp() throws Exception {
        init(engine);
        TestMailServer.purge();
    }

    @Test
    void verifiedAddressWithCguAcceptedBecomesAnActiveAccountOfItsEstablishment() {
        String email = newEmail();
        ProcessInstance pi = register(email);
        assertThat(pi).as("listening for the code while the mail leaves").isWaitingAt(SEND_VERIFICATION,
                AWAIT_VERIFICATION);
        execute(job(SEND_VERIFICATION, pi));
        MimeMessage verification = single(email, "Validation de la création de votre compte utilisateur");
        String code = codeIn(verification);
        assertThat(Mails.text(verification)).contains("/register/verify?token=", "code=" + code, "24 heures");
        assertThat(pi).isWaitingAt(AWAIT_VERIFICATION);

        String id = registrationId(pi);
        assertThat(registrations.verify(id, wrong(code)))
                .isEqualTo(Registrations.Verification.WRONG_CODE);
        assertThat(registrations.verify(null, code)).as("not from a session without the request")
                .isEqualTo(Registrations.Verification.NOT_FOUND);
        assertThat(registrations.verify(id, code)).isEqualTo(Registrations.Verification.VERIFIED);
        assertThat(pi).isWaitingAt(AWAIT_CGU).hasPassed(VERIFIED);
        assertThat(accounts.exists(email)).as("no account before the CGU").isFalse();

        assertThat(registrations.acceptCgu(id)).isTrue();
        assertThat(accounts.exists(email)).isTrue();
        assertThat(accounts.groupsOf(email)).containsExactly("declarants");
        assertThat(passwordEncoder.matches(PASSWORD, passwordHashOf(email))).isTrue();
        assertThat(registrations.pending(id)).as("the pending registration is gone").isEmpty();
        assertThat(pi).as("the person may log in before the mail leaves").isWaitingAt(SEND_FINALISATION,
                SECOND_FACTOR_ENROLLED);
        execute(job(SEND_FINALISATION, pi));
        assertThat(Mails.text(single(email, "Finalisation de la création de compte"))).contains("/login");
        assertThat(pi).isWaitingAt(SECOND_FACTOR_ENROLLED);

        events.publishEvent(new SecondFactorEnrolled(email));
        assertThat(pi).isWaitingAt(SEND_CONFIRMATION, COMPLETE_INFORMATION);
        execute(job(SEND_CONFIRMATION, pi));
        assertThat(Mails.text(single(email, "Confirmation de création du compte")))
                .contains("Créer les informations complémentaires");
        Task information = task(COMPLETE_INFORMATION, pi);
        assertThat(information.getAssignee()).isEqualTo(email);
        assertThat(engine.getTaskService().getVariables(information.getId()))
                .containsEntry("email", email).containsEntry("firstName", "Jean").containsEntry("lastName", "Dupont");

        Map<String, Object> invalid = information(email);
        invalid.put("siret", "42112345600013");
        invalid.put("phone", "");
        invalid.put("informationConfirmed", false);
        invalid.remove("cguAcknowledged");
        assertThatThrownBy(() -> complete(information, email, invalid))
                .hasMessageContaining("siret").hasMessageContaining("phone").hasMessageContaining("informationConfirmed")
                .hasMessageContaining("cguAcknowledged");
        Map<String, Object> cguNotTicked = information(email);
        cguNotTicked.put("cguAcknowledged", false);
        assertThatThrownBy(() -> complete(information, email, cguNotTicked)).as("the CGU box alone unticked")
                .hasMessageContaining("cguAcknowledged").hasMessageContaining("conditions générales d'utilisation");
        assertThat(informations.findById(email)).as("nothing stored").isEmpty();
        complete(information, email, information(email));

        assertThat(pi).isEnded().hasPassed(RECORD_INFORMATION, END_ACTIVE);
        Establishment establishment = establishments.ofUser(email).orElseThrow();
        assertThat(establishment.getSiret()).isEqualTo(siretOf(email));
        assertThat(establishments.isManager(email, establishment.getId())).as("the first account manages it").isTrue();
        assertThat(establishment.getName()).isEqualTo("Laboratoires Dupont");
        assertThat(accounts.groupsOf(email)).contains(establishment.groupId());
        assertThat(informations.findById(email)).hasValueSatisfying(info -> {
            assertThat(info.getQuality()).isEqualTo(AccountInformation.Quality.PHARMACIEN_RESPONSABLE);
            assertThat(info.getPhone()).isEqualTo("+33 4 72 00 00 00");
        });
    }

    /** Registered on the English page: the mails are in English, and so will the account's be. */
    @Test
    void registrationInEnglishMailsInEnglishAndKeepsTheLanguageOnTheAccount() {
        String email = newEmail();
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.UK);
        ProcessInstance pi;
        try {
            pi = register(email);
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
        assertThat(pi).variables().containsEntry(AccountActivationProcess.Vars.LANGUAGE, "en");
        execute(job(SEND_VERIFICATION, pi));
        MimeMessage verification = single(email, "Validate the creation of your user account");
        assertThat(Mails.text(verification)).contains("Hello Jean,", "valid for 24 hours", codeIn(verification))
                .doesNotContain("Bonjour");
        registrations.verify(registrationId(pi), codeIn(verification));
        registrations.acceptCgu(registrationId(pi));
        assertThat(accounts.find(email).orElseThrow().getLanguage()).isEqualTo(java.util.Locale.ENGLISH);
        execute(job(SEND_FINALISATION, pi));
        assertThat(Mails.text(single(email, "Finish creating your account"))).contains("Your login is your e-mail");
    }

    @Test
    void establishmentAbroadIsFoundByNameAndCountryAndItsSecondAccountAsksToJoin() {
        String name = "Pharma Genève " + java.util.UUID.randomUUID().toString().substring(0, 6);
        String first = activeAccountWithInformation(Map.of("country", "CH", "siret", "", "companyName", name,
                "postalCode", "1201", "city", "Genève"));
        String second = activeAccountWithInformation(Map.of("country", "CH", "siret", "", "companyName",
                name.toUpperCase(java.util.Locale.ROOT), "postalCode", "1201", "city", "Genève"));
        Establishment establishment = establishments.ofUser(first).orElseThrow();
        assertThat(establishment.getSiret()).isNull();
        assertThat(establishments.ofUser(second)).as("not before a manager accepts").isEmpty();
        assertThat(memberships.pendingOf(second)).hasValueSatisfying(request ->
                assertThat(request.getEstablishmentId()).isEqualTo(establishment.getId()));
    }

    @Test
    void frenchEstablishmentNeedsAValidSiret() {
        String email = newEmail();
        ProcessInstance pi = activateUpToInformation(email);
        Map<String, Object> noSiret = information(email);
        noSiret.put("siret", "");
        assertThatThrownBy(() -> complete(task(COMPLETE_INFORMATION, pi), email, noSiret))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("siret")
                .hasMessageContaining("obligatoire");
        assertThat(pi).isWaitingAt(COMPLETE_INFORMATION);
    }

    @Test
    void addressAlreadyKnownGetsTheSameAnswerAndOnlyItsOwnerIsToldOnceADay() {
        String known = org.impexflow.support.TestAccounts.person(accounts, "known", "declarants");
        Optional<String> id = registrations.register(new Registrations.Form("Marc", "Lefèvre", known, PASSWORD));
        assertThat(id).isEmpty();
        ProcessInstance pi = latest(known);
        assertThat(pi).isWaitingAt(WARN_EXISTING);
        execute(job(WARN_EXISTING, pi));
        assertThat(pi).isEnded().hasPassed(END_WARNED).hasNotPassed(SEND_VERIFICATION);
        assertThat(Mails.text(single(known, "Demande de création de compte pour votre adresse")))
                .contains("/password/forgot");

        for (int i = 0; i < 3; i++) {
            registrations.register(new Registrations.Form("Marc", "Lefèvre", known, PASSWORD));
            ProcessInstance again = latest(known);
            execute(job(WARN_EXISTING, again));
            assertThat(again).isEnded().hasPassed(END_WARNED);
        }
        assertThat(TestMailServer.to(known)).as("registering again and again does not flood the mailbox")
                .hasSize(1);
    }

    @Test
    void codeNotGivenInTimeRemovesTheRegistration() {
        String email = newEmail();
        ProcessInstance pi = register(email);
        execute(job(SEND_VERIFICATION, pi));
        assertThat(pi).hasPassed(END_VERIFICATION_SENT);
        String id = registrationId(pi);
        Job expiry = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId(CODE_EXPIRED).singleResult();
        assertThat(expiry.getDuedate().getTime() - System.currentTimeMillis()).as("24 hours by default")
                .isBetween(23L * 3_600_000, 24L * 3_600_000);
        execute(expiry);
        assertDiscarded(pi, id, "CODE_EXPIRED");
        assertThat(registrations.verify(id, codeIn(single(email, "Validation"))))
                .isEqualTo(Registrations.Verification.NOT_FOUND);
    }

    @Test
    void tooManyWrongCodesRemoveTheRegistration() {
        String email = newEmail();
        ProcessInstance pi = register(email);
        execute(job(SEND_VERIFICATION, pi));
        String id = registrationId(pi);
        String code = codeIn(single(email, "Validation"));
        for (int i = 0; i < 4; i++) {
            assertThat(registrations.verify(id, wrong(code)))
                    .isEqualTo(Registrations.Verification.WRONG_CODE);
        }
        assertThat(registrations.verify(id, wrong(code)))
                .isEqualTo(Registrations.Verification.TOO_MANY_WRONG_CODES);
        assertDiscarded(pi, id, "TOO_MANY_WRONG_CODES");
        assertThat(registrations.verify(id, code)).as("even the right code, now")
                .isEqualTo(Registrations.Verification.NOT_FOUND);
    }

    @Test
    void refusedCguRemoveTheRegistration() {
        String email = newEmail();
        ProcessInstance pi = verified(email);
        assertThat(registrations.refuseCgu(registrationId(pi))).isTrue();
        assertDiscarded(pi, registrationId(pi), "CGU_REFUSED");
        assertThat(accounts.exists(email)).isFalse();
    }

    @Test
    void cancelledOnThePageOfTheCodeRemovesTheRegistrationAndTheAddressMayRegisterAgain() {
        String email = newEmail();
        ProcessInstance pi = register(email);
        String id = registrationId(pi);
        assertThat(registrations.cancel(id)).isTrue();
        assertThat(pi).hasPassed(CANCELLED_BEFORE_VERIFICATION);
        assertDiscarded(pi, id, "CANCELLED");
        assertThat(registrations.cancel(id)).as("nothing left to cancel").isFalse();
        assertThat(registrations.register(new Registrations.Form("Jean", "Dupont", email, PASSWORD)))
                .as("a new request, not an address already known").isPresent();
    }

    @Test
    void cancelledOnThePageOfTheCguRemovesTheRegistration() {
        String email = newEmail();
        ProcessInstance pi = verified(email);
        assertThat(registrations.cancel(registrationId(pi))).isTrue();
        assertThat(pi).hasPassed(CANCELLED_AT_CGU);
        assertDiscarded(pi, registrationId(pi), "CANCELLED");
        assertThat(accounts.exists(email)).isFalse();
    }

    @Test
    void unansweredCguRemoveTheRegistration() {
        String email = newEmail();
        ProcessInstance pi = verified(email);
        execute(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId(CGU_NOT_ANSWERED).singleResult());
        assertDiscarded(pi, registrationId(pi), "CGU_NOT_ANSWERED");
    }

    @Test
    void codeAndCguTimersPassedDuringADowntimeDiscardEachRegistrationOnce() {
        ProcessInstance unverified = register(newEmail());
        execute(job(SEND_VERIFICATION, unverified));
        ProcessInstance unanswered = verified(newEmail());
        try {
            org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.now()
                    .plus(java.time.Duration.ofDays(30))));
            JobExecutorDowntime.runDue(engine, unverified.getId());
            JobExecutorDowntime.runDue(engine, unanswered.getId());
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }

        assertDiscarded(unverified, registrationId(unverified), "CODE_EXPIRED");
        assertDiscarded(unanswered, registrationId(unanswered), "CGU_NOT_ANSWERED");
        for (ProcessInstance pi : List.of(unverified, unanswered)) {
            assertThat(JobExecutorDowntime.passes(engine, pi.getId(), DISCARD)).isEqualTo(1);
            assertThat(JobExecutorDowntime.assertEachTimerFiredAtMostOncePerDueDate(engine, pi.getId()).values())
                    .containsExactly(1L);
        }
    }

    @Test
    void registrationWithWrongFieldsIsRefusedNamingThemAndStartsNothing() {
        long before = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(AccountActivationProcess.KEY).count();
        assertThatThrownBy(() -> registrations.register(new Registrations.Form("", "Dupont", "pas-une-adresse",
                "dupont123")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting("field")
                        .contains("firstName", "email", "password"));
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(AccountActivationProcess.KEY).count()).isEqualTo(before);
    }

    @AfterAll
    static void everyFlowNodeIsWalked() {
        COVERAGE.assertEveryFlowNodeWalked();
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** Each account of these tests names an establishment of its own, created by its information. */
    private final Map<String, String> sirets = new HashMap<>();

    private String siretOf(String email) {
        return sirets.computeIfAbsent(email, e -> org.impexflow.support.TestEstablishments.randomSiret());
    }

    private ProcessInstance register(String email) {
        assertThat(registrations.register(new Registrations.Form("Jean", "Dupont", email, PASSWORD))).isPresent();
        return latest(email);
    }

    private ProcessInstance latest(String email) {
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(AccountActivationProcess.KEY).processInstanceBusinessKey(email).singleResult();
        COVERAGE.track(engine, pi.getId());
        return pi;
    }

    private ProcessInstance verified(String email) {
        ProcessInstance pi = register(email);
        execute(job(SEND_VERIFICATION, pi));
        assertThat(registrations.verify(registrationId(pi),
                codeIn(single(email, "Validation")))).isEqualTo(Registrations.Verification.VERIFIED);
        return pi;
    }

    /** Enrolled before the finalisation mail left: nothing waits for the mails. */
    private ProcessInstance activateUpToInformation(String email) {
        ProcessInstance pi = verified(email);
        registrations.acceptCgu(registrationId(pi));
        events.publishEvent(new SecondFactorEnrolled(email));
        execute(job(SEND_FINALISATION, pi));
        execute(job(SEND_CONFIRMATION, pi));
        assertThat(pi).isWaitingAt(COMPLETE_INFORMATION);
        return pi;
    }

    private String activeAccountWithInformation(Map<String, Object> overrides) {
        String email = newEmail();
        ProcessInstance pi = activateUpToInformation(email);
        Map<String, Object> values = information(email);
        values.putAll(overrides);
        complete(task(COMPLETE_INFORMATION, pi), email, values);
        assertThat(pi).isEnded();
        return email;
    }

    private Map<String, Object> information(String email) {
        Map<String, Object> v = new HashMap<>();
        v.put("lastName", "Dupont");
        v.put("firstName", "Jean");
        v.put("email", email);
        v.put("phone", "+33 4 72 00 00 00");
        v.put("quality", "PHARMACIEN_RESPONSABLE");
        v.put("country", "FR");
        v.put("siret", siretOf(email));
        v.put("companyName", "Laboratoires Dupont");
        v.put("establishmentType", "PHARMACEUTICAL_ESTABLISHMENT");
        v.put("address", "3 quai des Essais");
        v.put("postalCode", "69002");
        v.put("city", "Lyon");
        v.put("cguAcknowledged", true);
        v.put("informationConfirmed", true);
        return v;
    }

    private void complete(Task task, String email, Map<String, Object> values) {
        Declarations.as(engine, email, () -> engine.getTaskService().complete(task.getId(), values));
    }

    private void assertDiscarded(ProcessInstance pi, String registrationId, String reason) {
        assertThat(pi).isEnded().hasPassed(DISCARD, END_DISCARDED);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName(AccountActivationProcess.Vars.DISCARD_REASON).singleResult().getValue())
                .isEqualTo(reason);
        assertThat(registrations.pending(registrationId)).isEmpty();
    }

    private String registrationId(ProcessInstance pi) {
        return (String) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName(AccountActivationProcess.Vars.REGISTRATION_ID).singleResult().getValue();
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private String passwordHashOf(String email) {
        return jdbc.queryForObject("SELECT password_hash FROM account WHERE user_id = ?", String.class, email);
    }

    private void execute(Job job) {
        engine.getManagementService().executeJob(job.getId());
    }

    private static String codeIn(MimeMessage mail) {
        Matcher matcher = CODE.matcher(Mails.text(mail));
        assertThat(matcher.find()).as("a 6-digit code in the mail").isTrue();
        return matcher.group(1);
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    private static MimeMessage single(String recipient, String subjectPart) {
        List<MimeMessage> mails = TestMailServer.to(recipient).stream()
                .filter(m -> Mails.subject(m).contains(subjectPart)).toList();
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private static String newEmail() {
        return "jean." + UUID.randomUUID().toString().substring(0, 8) + "@labo-test.example";
    }
}
