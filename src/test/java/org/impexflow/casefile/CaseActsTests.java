package org.impexflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.impexflow.casefile.CaseActProcess.Vars.*;
import static org.impexflow.support.Declarations.DECLARANT;
import static org.impexflow.support.Declarations.REVIEWER;
import static org.impexflow.support.ProcessTestSupport.single;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.access.Groups;
import org.impexflow.account.Accounts;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.exportdeclaration.DeclarationEvent;
import org.impexflow.exportdeclaration.DeclarationEventKind;
import org.impexflow.exportdeclaration.DeclarationRegister;
import org.impexflow.exportdeclaration.DeclarationStatus;
import org.impexflow.exportdeclaration.ExportDeclaration;
import org.impexflow.importauthorisation.AuthorisationEvent;
import org.impexflow.importauthorisation.AuthorisationEventKind;
import org.impexflow.importauthorisation.AuthorisationRegister;
import org.impexflow.importauthorisation.AuthorisationStatus;
import org.impexflow.importauthorisation.ImportAuthorisation;
import org.impexflow.importauthorisation.ImportAuthorisationProcess;
import org.impexflow.narcotics.AnnualDeclarationProcess;
import org.impexflow.narcotics.AnnualDeclarations;
import org.impexflow.narcotics.NarcoticsOperators;
import org.impexflow.support.DecidedCases;
import org.impexflow.support.Declarations;
import org.impexflow.support.Mails;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TestEstablishments;
import org.impexflow.support.TestMailServer;
import org.impexflow.travellers.TransportAttestation;
import org.impexflow.travellers.TransportAttestationEvent;
import org.impexflow.travellers.TransportAttestations;
import org.impexflow.validation.InvalidInputException;
import org.impexflow.verification.VerifiableDocument;
import org.impexflow.verification.VerificationCodes;
import org.impexflow.support.ImpexflowSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Invariant 2 of the register, once for each kind of decision: an act after the decision (withdrawal,
 * suspension, prohibition), proposed by the competent group, confirmed by a second member, changes the
 * case's status, its timeline, the verification page, and is mailed once to each recipient.
 */
@ImpexflowSpringTest
class CaseActsTests {

    static final String AUTHORITY = "arp@sante.sn.example";

    @Autowired
    ProcessEngine engine;
    @Autowired
    Accounts accounts;
    @Autowired
    Establishments establishments;
    @Autowired
    DeclarationRegister declarations;
    @Autowired
    AuthorisationRegister authorisations;
    @Autowired
    TransportAttestations attestations;
    @Autowired
    VerificationCodes codes;
    @Autowired
    CaseActs acts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NarcoticsOperators operators;
    @Autowired
    AnnualDeclarations annualDeclarations;

    private String secondReviewer;

    @BeforeEach
    void setUp() throws Exception {
        TestMailServer.purge();
        secondReviewer = TestAccounts.person(accounts, "reviewer2", Groups.REVIEWERS);
    }

    @Test
    void aValidatedExportDeclarationIsProhibitedOnceConfirmedAndTheDeclarantAndAuthorityAreMailedOnce() throws Exception {
        String number = DecidedCases.validatedDei(engine);
        ExportDeclaration before = declarations.byNumber(number).orElseThrow();
        String code = codes.issue("EXPORT_DECLARATION", before.getId());
        TestMailServer.purge();

        ProcessInstance act = propose(REVIEWER, proposal(number, "PROHIBIT", null));
        assertThat(declarations.byNumber(number).orElseThrow().getStatus()).as("not before the confirmation")
                .isEqualTo(DeclarationStatus.VALIDATED);
        confirm(act, secondReviewer);

        ExportDeclaration prohibited = declarations.byNumber(number).orElseThrow();
        assertThat(prohibited.getStatus()).isEqualTo(DeclarationStatus.PROHIBITED);
        assertThat(prohibited.isInForce()).isFalse();
        DeclarationEvent last = (DeclarationEvent) lastEvent(prohibited.getId());
        assertThat(last.getKind()).isEqualTo(DeclarationEventKind.PROHIBITED);
        assertThat(last.getStatus()).isEqualTo(DeclarationStatus.PROHIBITED);
        assertThat(last.getActor()).isEqualTo(secondReviewer);
        assertThat(last.getLegalBasis()).isEqualTo("article L.5124-11 du code de la santé publique");
        assertThat(last.getDetail()).contains("Interdiction : proposition de " + REVIEWER,
                "confirmation de " + secondReviewer, "Lot contrefait signalé");
        VerifiableDocument shown = codes.verify(code).orElseThrow().document();
        assertThat(shown.state()).isEqualTo(VerifiableDocument.State.PROHIBITED);
        assertThat(shown.stateText("fr")).isEqualTo("Interdite depuis le " + CaseDates.day(prohibited.getActAt()));
        assertThat(shown.stateText("en")).startsWith("Prohibited since ");

        MimeMessage toDeclarant = single(TestMailServer.to(DECLARANT));
        MimeMessage toAuthority = single(TestMailServer.to(AUTHORITY));
        assertThat(Mails.subject(toDeclarant)).contains("interdiction", number);
        assertThat(Mails.text(toDeclarant)).contains("Lot contrefait signalé", "L.5124-11", "Statut : Interdite");
        assertThat(Mails.subject(toAuthority)).contains("interdiction", number);

        // the sending step run again (a retried job) sends nothing more
        acts.notify(prohibited.getId(), act.getId(), "Lot contrefait signalé", "article L.5124-11");
        assertThat(TestMailServer.to(DECLARANT)).hasSize(1);
        assertThat(TestMailServer.to(AUTHORITY)).hasSize(1);
    }

    @Test
    void aGrantedImportAuthorisationIsWithdrawnAndTheVerificationPageSaysSince() throws Exception {
        String number = DecidedCases.grantedImport(engine);
        ImportAuthorisation granted = authorisations.byNumber(number).orElseThrow();
        String code = codes.issue("IMPORT_AUTHORISATION", granted.getId());
        TestMailServer.purge();

        confirm(propose(REVIEWER, proposal(number, "WITHDRAW", null, LEGAL_BASIS,
                "article L.5124-13 du code de la santé publique")), secondReviewer);

        ImportAuthorisation withdrawn = authorisations.byNumber(number).orElseThrow();
        assertThat(withdrawn.getStatus()).isEqualTo(AuthorisationStatus.WITHDRAWN);
        AuthorisationEvent last = (AuthorisationEvent) lastEvent(withdrawn.getId());
        assertThat(last.getKind()).isEqualTo(AuthorisationEventKind.WITHDRAWN);
        assertThat(last.getLegalBasis()).isEqualTo("article L.5124-13 du code de la santé publique");
        assertThat(codes.verify(code).orElseThrow().document().stateText("fr"))
                .isEqualTo("Retirée le " + CaseDates.day(withdrawn.getActAt()));
        assertThat(Mails.subject(single(TestMailServer.to(DECLARANT)))).contains("retrait", number);
    }

    /** A suspended import authorisation that expired meanwhile stays expired when the suspension ends. */
    @Test
    void aSuspensionEndingOnAnAuthorisationThatExpiredMeanwhileLeavesItExpired() {
        String number = DecidedCases.grantedImport(engine);
        ProcessInstance act = propose(REVIEWER, proposal(number, "SUSPEND",
                LocalDate.now(CaseNumbering.PARIS).plusDays(2).toString()));
        confirm(act, secondReviewer);
        Long id = authorisations.byNumber(number).orElseThrow().getId();
        // what the authorisation's own expiry timer does at the end of its validity
        jdbc.update("UPDATE case_file SET status = 'EXPIRED' WHERE id = ?", id);

        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .processInstanceId(act.getId()).timers().singleResult().getId());

        ImportAuthorisation expired = authorisations.byNumber(number).orElseThrow();
        assertThat(expired.getStatus()).isEqualTo(AuthorisationStatus.EXPIRED);
        assertThat(expired.isInForce()).isFalse();
        assertThat(expired.getAct()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_event WHERE case_id = ? AND kind = 'SUSPENSION_ENDED'",
                Long.class, id)).isZero();
    }

    @Test
    void anIssuedTransportAttestationIsSuspendedByTheNarcoticsTeamThenBackInForce() throws Exception {
        TransportAttestation issued = DecidedCases.issuedAttestation(engine, accounts, attestations);
        String code = codes.issue("TRANSPORT_ATTESTATION", issued.getId());
        String narcotics = TestAccounts.person(accounts, "narcotics", Groups.NARCOTICS);
        String otherNarcotics = TestAccounts.person(accounts, "narcotics2", Groups.NARCOTICS);
        LocalDate until = LocalDate.now(CaseNumbering.PARIS).plusDays(10);
        TestMailServer.purge();

        ProcessInstance act = propose(narcotics, proposal(issued.getNumber(), "SUSPEND", until.toString(),
                LEGAL_BASIS, "articles R.5132-74 et suivants du code de la santé publique"));
        confirm(act, otherNarcotics);

        TransportAttestation suspended = attestations.find(issued.getId()).orElseThrow();
        assertThat(suspended.getStatus()).isEqualTo(TransportAttestation.Status.SUSPENDED);
        assertThat(suspended.getActUntil()).isEqualTo(until);
        assertThat(codes.verify(code).orElseThrow().document().stateText("fr"))
                .isEqualTo("Suspendue jusqu'au " + CaseDates.day(until));
        assertThat(Mails.text(single(TestMailServer.to("voyageur@test.example")))).contains("suspension",
                "jusqu'au " + CaseDates.day(until) + " inclus");

        // the suspension's end: the timer fires, the attestation is in force again
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .processInstanceId(act.getId()).timers().singleResult().getId());
        TransportAttestation back = attestations.find(issued.getId()).orElseThrow();
        assertThat(back.getStatus()).isEqualTo(TransportAttestation.Status.ISSUED);
        assertThat(back.isInForce()).isTrue();
        TransportAttestationEvent last = (TransportAttestationEvent) lastEvent(back.getId());
        assertThat(last.getStatus()).isEqualTo(TransportAttestation.Status.ISSUED);
        assertThat(last.getDetail()).contains("Fin de la suspension", "de nouveau en vigueur");
        assertThat(codes.verify(code).orElseThrow().document().state()).isEqualTo(VerifiableDocument.State.IN_FORCE);
    }

    @Test
    void anActOnACaseNotInForceIsRefusedNamingTheCaseAndStoresNothing() {
        Task pending = Declarations.awaitingReview(engine, Declarations.dei());
        String pendingNumber = (String) engine.getRuntimeService().getVariable(pending.getProcessInstanceId(),
                "declarationNumber");
        assertRefused(REVIEWER, proposal(pendingNumber, "WITHDRAW", null), CASE_NUMBER, "n'est pas une décision en vigueur");

        String prohibited = DecidedCases.validatedDei(engine);
        confirm(propose(REVIEWER, proposal(prohibited, "PROHIBIT", null)), secondReviewer);
        assertRefused(REVIEWER, proposal(prohibited, "WITHDRAW", null), CASE_NUMBER, "est déjà interdite depuis le");

        assertRefused(REVIEWER, proposal("2099-01-9999", "WITHDRAW", null), CASE_NUMBER, "aucun dossier");
    }

    @Test
    void anAnnualNarcoticsDeclarationIsNotADecisionInForce() {
        Establishment operator = TestEstablishments.create(establishments, "Laboratoire Stupéfiants Acte");
        operators.register(operator.getId(), LocalDate.of(2020, 1, 1));
        engine.getRuntimeService().startProcessInstanceByKey(AnnualDeclarationProcess.KEY, Map.of(
                AnnualDeclarationProcess.Vars.OPERATOR_ID, operator.getId(),
                AnnualDeclarationProcess.Vars.DECLARED_YEAR, 2025));
        Long id = annualDeclarations.of(operator.getId(), 2025).orElseThrow().getId();
        String narcotics = TestAccounts.person(accounts, "narcotics", Groups.NARCOTICS);

        assertRefused(narcotics, proposal(String.valueOf(id), "WITHDRAW", null), CASE_NUMBER,
                "déclaration annuelle des stupéfiants", "n'est pas une décision en vigueur");
    }

    @Test
    void onlyTheGroupCompetentForTheKindMayProposeAnAct() {
        String number = DecidedCases.validatedDei(engine);
        String narcotics = TestAccounts.person(accounts, "narcotics", Groups.NARCOTICS);
        assertRefused(narcotics, proposal(number, "WITHDRAW", null), CASE_NUMBER, "seul le groupe « ansm-reviewers »");
        for (String outsider : List.of(DECLARANT, TestAccounts.person(accounts, "analyst", Groups.ANALYSTS),
                TestAccounts.person(accounts, "support", Groups.SUPPORT),
                TestAccounts.person(accounts, "newcomer", Groups.DECLARANTS))) {
            assertThatThrownBy(() -> propose(outsider, proposal(number, "WITHDRAW", null))).as(outsider)
                    .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        }
        assertThat(declarations.byNumber(number).orElseThrow().getStatus()).isEqualTo(DeclarationStatus.VALIDATED);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndStoresNothing() {
        String number = DecidedCases.validatedDei(engine);
        assertRefused(REVIEWER, proposal(number, "WITHDRAW", null, REASONS, " "), REASONS, "obligatoire");
        assertRefused(REVIEWER, proposal(number, "WITHDRAW", null, LEGAL_BASIS, ""), LEGAL_BASIS,
                "par exemple « article L.5124-11 du code de la santé publique »");
        assertRefused(REVIEWER, proposal(number, "WITHDRAW", null, LEGAL_BASIS, "l".repeat(301)), LEGAL_BASIS,
                "trop long (300 caractères au plus)");
        assertRefused(REVIEWER, proposal(number, "WITHDRAW", null, REASONS, "r".repeat(4001)), REASONS,
                "trop long (4 000 caractères au plus)");
        assertRefused(REVIEWER, proposal(number, "SUSPEND", null), SUSPENDED_UNTIL, "obligatoire pour une suspension");
        assertRefused(REVIEWER, proposal(number, "SUSPEND", LocalDate.now(CaseNumbering.PARIS).minusDays(1).toString()),
                SUSPENDED_UNTIL, "est passé");
        assertRefused(REVIEWER, proposal(number, "ANNUL", null), ACT, "obligatoire");
        assertRefused(REVIEWER, proposal(number, "WITHDRAW", null, PROPOSED_BY, "someone.else@ansm.example"),
                PROPOSED_BY, "fixé par le système");
        assertThat(declarations.byNumber(number).orElseThrow().getStatus()).isEqualTo(DeclarationStatus.VALIDATED);
    }

    @Test
    void theProposerCanNeitherTakeNorConfirmTheirOwnAct() {
        String number = DecidedCases.validatedDei(engine);
        ProcessInstance act = propose(REVIEWER, proposal(number, "WITHDRAW", null));
        Task confirmation = engine.getTaskService().createTaskQuery().processInstanceId(act.getId()).singleResult();

        Declarations.as(engine, REVIEWER, () -> {
            assertFourEyes(() -> engine.getTaskService().claim(confirmation.getId(), REVIEWER), "assignee");
            assertFourEyes(() -> engine.getTaskService().complete(confirmation.getId(),
                    Map.of(CONFIRMATION, "CONFIRM")), CONFIRMATION);
        });
        assertThat(declarations.byNumber(number).orElseThrow().getStatus()).isEqualTo(DeclarationStatus.VALIDATED);
        assertThat(engine.getTaskService().createTaskQuery().taskId(confirmation.getId()).singleResult().getAssignee())
                .isNull();
    }

    /** Refused by the four-eyes rule, naming the field. */
    static void assertFourEyes(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThat(refusal(call, field).getMessage()).contains("quatre yeux");
    }

    /** The refusal naming the field, whether a listener's refusal comes wrapped by the engine or not. */
    static InvalidInputException refusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        Throwable t = thrown;
        while (t != null && !(t instanceof InvalidInputException)) {
            t = t.getCause();
        }
        assertThat(t).as(String.valueOf(thrown)).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) t).concerns(field)).as(t.getMessage()).isTrue();
        return (InvalidInputException) t;
    }

    // --- helpers ---------------------------------------------------------------------------------

    static Map<String, Object> proposal(String number, String act, String until, Object... more) {
        Map<String, Object> v = new HashMap<>();
        v.put(CASE_NUMBER, number);
        v.put(ACT, act);
        v.put(REASONS, "Lot contrefait signalé par l'autorité du pays importateur.");
        v.put(LEGAL_BASIS, "article L.5124-11 du code de la santé publique");
        if (until != null) {
            v.put(SUSPENDED_UNTIL, until);
        }
        for (int i = 0; i < more.length; i += 2) {
            v.put((String) more[i], more[i + 1]);
        }
        return v;
    }

    private ProcessInstance propose(String who, Map<String, Object> variables) {
        return Declarations.startAs(engine, who, CaseActProcess.KEY, variables);
    }

    private void confirm(ProcessInstance act, String who) {
        Task confirmation = engine.getTaskService().createTaskQuery().processInstanceId(act.getId()).singleResult();
        Declarations.as(engine, who, () -> {
            engine.getTaskService().claim(confirmation.getId(), who);
            engine.getTaskService().complete(confirmation.getId(), Map.of(CONFIRMATION, "CONFIRM"));
        });
        Declarations.runJobs(engine, act.getId());
    }

    private void assertRefused(String who, Map<String, Object> variables, String field, String... message) {
        long instances = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(CaseActProcess.KEY).count();
        long events = jdbc.queryForObject("SELECT COUNT(*) FROM case_event", Long.class);
        assertThatThrownBy(() -> propose(who, variables)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.concerns(field)).as(e.getMessage()).isTrue()).hasMessageContainingAll(message);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(CaseActProcess.KEY).count()).isEqualTo(instances);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_event", Long.class)).isEqualTo(events);
    }

    private CaseEvent lastEvent(Long caseId) {
        Long id = jdbc.queryForObject("SELECT MAX(id) FROM case_event WHERE case_id = ?", Long.class, caseId);
        return entities.find(CaseEvent.class, id);
    }

    @Autowired
    jakarta.persistence.EntityManager entities;
}
