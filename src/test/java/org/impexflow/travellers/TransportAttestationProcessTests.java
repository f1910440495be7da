package org.impexflow.travellers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.impexflow.support.ProcessTestSupport.mail;
import static org.impexflow.support.ProcessTestSupport.single;
import static org.impexflow.travellers.TransportAttestationProcess.Elements.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.access.Groups;
import org.impexflow.account.Accounts;
import org.impexflow.casefile.CaseActor;
import org.impexflow.casefile.CaseDates;
import org.impexflow.casefile.CaseNumbering;
import org.impexflow.support.Declarations;
import org.impexflow.support.FlowNodeCoverage;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.Mails;
import org.impexflow.support.ProcessTestSupport;
import org.impexflow.support.RealFiles;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TestMailServer;
import org.impexflow.validation.InvalidInputException;
import org.impexflow.verification.VerifiableDocument;
import org.impexflow.verification.VerificationCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Walks every path of processes/transport-attestation.bpmn and the checks of a traveller's request. */
@ImpexflowSpringTest
class TransportAttestationProcessTests {

    private static final FlowNodeCoverage COVERAGE = new FlowNodeCoverage(TransportAttestationProcess.KEY);
    private static final byte[] PRESCRIPTION = "%PDF-1.4 ordonnance".getBytes(StandardCharsets.UTF_8);

    @Autowired
    ProcessEngine engine;
    @Autowired
    TransportAttestations attestations;
    @Autowired
    VerificationCodes verificationCodes;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() throws Exception {
        init(engine);
        TestMailServer.purge();
    }

    @Test
    void requestIsRegisteredAcknowledgedThenIssuedWithItsBilingualVerifiablePdf() throws Exception {
        TransportAttestation filed = request(form(), Locale.FRENCH);
        ProcessInstance pi = instance(filed);

        assertThat(filed.getNumber()).matches("AT-\\d{4}-\\d{2}-\\d{4}");
        assertThat(pi).isWaitingAt(SEND_ACKNOWLEDGEMENT, REVIEW);
        Task review = task(REVIEW, pi);
        assertThat(engine.getTaskService().getIdentityLinksForTask(review.getId()))
                .anyMatch(link -> Groups.NARCOTICS.equals(link.getGroupId()));
        // the one case-task rule gives the review its due date: a week after the request
        assertThat(review.getDueDate().getTime()).isEqualTo(
                ((java.util.Date) engine.getRuntimeService().getVariable(pi.getId(), "reviewDueDate")).getTime());
        Declarations.runJobs(engine, pi.getId());
        assertThat(Mails.text(mail("voyageur@test.example", "enregistrée"))).contains(filed.getNumber(),
                "Morphine, forme orale", "14 jours de traitement", "Thaïlande");

        decide(pi, "ISSUE", null);
        Declarations.runJobs(engine, pi.getId());

        assertThat(pi).isEnded().hasPassed(ISSUE, SEND_ATTESTATION, END_ISSUED);
        MimeMessage issued = mail("voyageur@test.example", "Votre attestation");
        // no article to guess before a country's name ("vers Thaïlande"): the destination is named apart
        assertThat(Mails.text(issued)).contains("(destination : Thaïlande)").doesNotContain("vers Thaïlande");
        Mails.Attachment pdf = single(Mails.attachments(issued));
        assertThat(pdf.fileName()).isEqualTo(filed.getNumber() + ".pdf");
        String text = Mails.pdfText(pdf.content());
        assertThat(text).contains("Attestation de transport de médicaments stupéfiants",
                "Certificate for the transport of narcotic medicines", filed.getNumber(), "MARTIN Alice",
                "Thaïlande / Thailand", "Morphine, forme orale", "14 jours de traitement / days of treatment",
                "Dr Bernard, Lyon", CaseDates.day(filed.getReturnDate()));
        Matcher code = Pattern.compile("\\b([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})\\b").matcher(text);
        assertThat(code.find()).isTrue();
        VerifiableDocument document = verificationCodes.verify(code.group(1)).orElseThrow().document();
        assertThat(document.number()).isEqualTo(filed.getNumber());
        assertThat(document.state()).isEqualTo(VerifiableDocument.State.IN_FORCE);
        assertThat(document.validUntil()).isEqualTo(filed.getReturnDate());
    }

    @Test
    void refusalNeedsReasonsAndTheTravellerReceivesThemInTheirLanguage() throws Exception {
        TransportAttestation filed = request(form(), Locale.ENGLISH);
        ProcessInstance pi = instance(filed);
        Declarations.runJobs(engine, pi.getId());
        assertThat(Mails.subject(single(TestMailServer.to("voyageur@test.example"))))
                .isEqualTo("Request for a transport attestation No. " + filed.getNumber() + " registered");

        assertThatThrownBy(() -> decide(pi, "REFUSE", " ")).hasMessageContaining("reviewComment");
        decide(pi, "REFUSE", "La Thaïlande n'exige pas de certificat pour ce médicament.");
        Declarations.runJobs(engine, pi.getId());

        assertThat(pi).isEnded().hasPassed(REFUSE, NOTIFY_REFUSAL, END_REFUSED);
        assertThat(attestations.byNumber(filed.getNumber()).orElseThrow().getStatus())
                .isEqualTo(TransportAttestation.Status.REFUSED);
        // every change of status in the timeline: who, when, why
        TransportAttestation refused = attestations.byNumber(filed.getNumber()).orElseThrow();
        assertThat(attestations.history(refused.getId())).extracting(TransportAttestationEvent::getStatus)
                .containsExactly(TransportAttestation.Status.FILED, TransportAttestation.Status.REFUSED);
        TransportAttestationEvent refusal = attestations.history(refused.getId()).get(1);
        assertThat(refusal.getActor()).isNotEqualTo(CaseActor.SYSTEM).isEqualTo(refused.getDecidedBy());
        assertThat(refusal.getDetail()).isEqualTo("La Thaïlande n'exige pas de certificat pour ce médicament.");
        assertThat(refusal.getOccurredAt()).isEqualTo(refused.getStatusSince());
        assertThat(Mails.text(mail("voyageur@test.example", "ANSM's answer")))
                .contains("n'exige pas de certificat", "cannot issue");
    }

    @Test
    void aRequestBeyondTheMaximumPrescriptionDurationOrIncompleteIsRefusedNamingTheFields() {
        long before = count();
        Map<String, String> form = form();
        form.put("quantityDays", "29");
        form.put("returnDate", LocalDate.now(CaseNumbering.PARIS).plusDays(5).toString());
        form.remove("prescriber");

        assertThatThrownBy(() -> attestations.request(form, "ordonnance.pdf", PRESCRIPTION,
                Locale.FRENCH)).isInstanceOf(InvalidInputException.class).satisfies(e -> {
                    InvalidInputException refused = (InvalidInputException) e;
                    assertThat(refused.concerns("quantityDays")).isTrue();
                    assertThat(refused.concerns("returnDate")).isTrue();
                    assertThat(refused.concerns("prescriber")).isTrue();
                    assertThat(refused.getMessage()).contains("au plus 28 jours de traitement");
                });
        assertThatThrownBy(() -> attestations.request(form(), "ordonnance.pdf",
                "MZ pas une ordonnance".getBytes(StandardCharsets.UTF_8), Locale.FRENCH))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("prescription")
                .hasMessageContaining("le fichier « ordonnance.pdf » n'est pas accepté");
        assertThat(count()).as("nothing stored").isEqualTo(before);
    }

    /** The prescription is a PDF or a photo by its content, stored with that type and its SHA-256. */
    @Test
    void aPrescriptionIsKnownByItsContentAndKeepsItsHash() throws Exception {
        long before = count();
        for (byte[] refused : new byte[][] {RealFiles.exe(), RealFiles.html(), RealFiles.xlsx()}) {
            assertThatThrownBy(() -> attestations.request(form(), "ordonnance.pdf", refused, Locale.FRENCH))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).concerns("prescription")).isTrue())
                    .hasMessageContaining("« ordonnance.pdf » n'est pas accepté");
        }
        assertThatThrownBy(() -> attestations.request(form(), "prescription.pdf", RealFiles.exe(), Locale.ENGLISH))
                .hasMessageContaining("the file \"prescription.pdf\" is not accepted: its content is not a PDF");
        assertThat(count()).as("nothing stored").isEqualTo(before);

        byte[] photo = RealFiles.jpeg();
        TransportAttestation filed = attestations.request(form(), "photo-ordonnance.jpg", photo, Locale.FRENCH);
        Map<String, Object> row = jdbc.queryForMap("SELECT prescription_type, prescription_sha256 FROM "
                + "transport_attestation WHERE id = ?", filed.getId());
        assertThat(row.values()).containsExactly("image/jpeg", java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(photo)));
        assertThat((String) engine.getRuntimeService().getVariable(filed.getProcessInstanceId(), "requestSummary"))
                .as("the review form shows it (Markdown escaped)").contains("photo\\-ordonnance\\.jpg",
                        (String) row.get("prescription_sha256"));
    }

    @Test
    void aRequestTheRulesDoNotCallForIsAnsweredWithWhatIsNeededInstead() {
        long before = count();
        Map<String, String> form = form();
        form.put("destinationCountry", "ES");

        assertThatThrownBy(() -> attestations.request(form, "ordonnance.pdf", PRESCRIPTION,
                Locale.FRENCH)).isInstanceOfSatisfying(TransportAttestations.NotNeededException.class, notNeeded -> {
                    assertThat(notNeeded.answer().arsAuthorisation()).isTrue();
                    assertThat(notNeeded.answer().arsValidityDays()).as("morphine: 28 days at most").isEqualTo(28);
                    assertThat(notNeeded.country()).isEqualTo("Espagne");
                });
        assertThat(count()).isEqualTo(before);

        Map<String, String> notANarcotic = form();
        notANarcotic.put("medicineCode", TransportAttestations.NOT_A_NARCOTIC);
        assertThatThrownBy(() -> attestations.request(notANarcotic, "ordonnance.pdf", PRESCRIPTION,
                Locale.FRENCH)).isInstanceOfSatisfying(TransportAttestations.NotNeededException.class, notNeeded -> {
                    assertThat(notNeeded.answer().ansmAttestationPossible()).isFalse();
                    assertThat(notNeeded.answer().arsAuthorisation()).isFalse();
                    assertThat(notNeeded.answer().prescription()).isEqualTo("OPTIONAL");
                });
        assertThat(count()).isEqualTo(before);
    }

    /** The attestation is for residents of France: "no" is answered at once, nothing stored nor numbered. */
    @Test
    void aTravellerWhoDoesNotResideInFranceIsAnsweredAtOnceWithoutAnythingStoredOrNumbered() {
        long before = count();
        long numbers = numbersGiven();
        long running = running();

        assertThatThrownBy(() -> attestations.request(Map.of("residesInFrance", "false"), null, new byte[0],
                Locale.FRENCH)).isInstanceOfSatisfying(TransportAttestations.NotNeededException.class,
                        notNeeded -> assertThat(notNeeded.why()).isEqualTo(TransportAttestations.NotNeeded.NOT_RESIDENT));
        Map<String, String> complete = form();
        complete.put("residesInFrance", "false");
        assertThatThrownBy(() -> request(complete, Locale.FRENCH)).isInstanceOfSatisfying(
                TransportAttestations.NotNeededException.class,
                notNeeded -> assertThat(notNeeded.why()).isEqualTo(TransportAttestations.NotNeeded.NOT_RESIDENT));
        Map<String, String> unanswered = form();
        unanswered.remove("residesInFrance");
        assertThatThrownBy(() -> request(unanswered, Locale.FRENCH)).isInstanceOfSatisfying(
                InvalidInputException.class, refused -> assertThat(refused.concerns("residesInFrance")).isTrue());

        assertThat(count()).as("nothing stored").isEqualTo(before);
        assertThat(numbersGiven()).as("nothing numbered").isEqualTo(numbers);
        assertThat(running()).as("no process started").isEqualTo(running);
    }

    /**
     * ANSM's list of destinations: NOT_REQUIRED is answered with its source, nothing stored; REQUIRED goes on;
     * a country not in the list goes on only when the traveller confirms it, and the review says which.
     */
    @Test
    void theDestinationsListDecidesWhetherTheRequestGoesOnAndTheReviewSaysWhoSaidSo() {
        jdbc.update("INSERT INTO destination_certificate (country_code, certificate, source, updated_at) VALUES "
                + "('JP', 'NOT_REQUIRED', 'Ambassade du Japon, note du 2 mars 2026', CURRENT_TIMESTAMP), "
                + "('AE', 'REQUIRED', 'Ministère de la santé des Émirats, circulaire 2025-4', CURRENT_TIMESTAMP)");
        try {
            long before = count();
            long numbers = numbersGiven();
            Map<String, String> japan = form();
            japan.put("destinationCountry", "JP");
            assertThatThrownBy(() -> request(japan, Locale.ENGLISH)).isInstanceOfSatisfying(
                    TransportAttestations.NotNeededException.class, notNeeded -> {
                        assertThat(notNeeded.why()).isEqualTo(TransportAttestations.NotNeeded.DESTINATION_DOES_NOT_REQUIRE);
                        assertThat(notNeeded.country()).isEqualTo("Japan");
                        assertThat(notNeeded.source()).isEqualTo("Ambassade du Japon, note du 2 mars 2026");
                    });
            Map<String, String> unconfirmed = form();
            unconfirmed.remove("destinationRequiresCertificate");
            assertThatThrownBy(() -> request(unconfirmed, Locale.FRENCH)).isInstanceOfSatisfying(
                    InvalidInputException.class, refused -> {
                        assertThat(refused.concerns("destinationRequiresCertificate")).isTrue();
                        assertThat(refused.errors()).hasSize(1);
                        assertThat(refused.getMessage()).contains("pas dans la liste de l'ANSM");
                    });
            assertThat(count()).as("nothing stored").isEqualTo(before);
            assertThat(numbersGiven()).as("nothing numbered").isEqualTo(numbers);

            Map<String, String> emirates = form();
            emirates.put("destinationCountry", "AE");
            emirates.remove("destinationRequiresCertificate");
            ProcessInstance listed = instance(request(emirates, Locale.FRENCH));
            assertThat(listed).isWaitingAt(REVIEW);
            assertThat(summary(listed)).contains("Certificat du pays de résidence exigé :** oui, selon la liste de "
                    + "l'ANSM (Ministère de la santé des Émirats, circulaire 2025-4)");
            ProcessInstance confirmed = instance(request(form(), Locale.FRENCH));
            assertThat(confirmed).isWaitingAt(REVIEW);
            assertThat(summary(confirmed)).contains("Certificat du pays de résidence exigé :** confirmé par le "
                    + "voyageur (pays absent de la liste de l'ANSM)");
        } finally {
            jdbc.update("DELETE FROM destination_certificate WHERE country_code IN ('JP', 'AE')");
        }
    }

    /** Leaving for a Schengen state with methadone (14 days at most): the ARS authorisation is valid 14 days. */
    @Test
    void aSchengenDestinationIsAnsweredWithTheArsValidityWithinTheMedicinesMaximumPrescription() {
        Map<String, String> form = form();
        form.put("destinationCountry", "IT");
        form.put("medicineCode", "METHADONE_SYRUP");
        form.put("quantityDays", "10");
        assertThatThrownBy(() -> request(form, Locale.FRENCH)).isInstanceOfSatisfying(
                TransportAttestations.NotNeededException.class, notNeeded -> {
                    assertThat(notNeeded.why()).isEqualTo(TransportAttestations.NotNeeded.RULES);
                    assertThat(notNeeded.answer().arsValidityDays()).isEqualTo(14);
                });
    }

    @AfterAll
    static void everyFlowNodeOfTheProcessIsWalked() {
        COVERAGE.assertEveryFlowNodeWalked();
    }

    private TransportAttestation request(Map<String, String> form, Locale language) {
        return attestations.request(form, "ordonnance.pdf", PRESCRIPTION, language);
    }

    private ProcessInstance instance(TransportAttestation filed) {
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(filed.getNumber()).singleResult();
        COVERAGE.track(engine, pi.getId());
        return pi;
    }

    private void decide(ProcessInstance pi, String decision, String comment) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("reviewDecision", decision);
        variables.put("reviewComment", comment);
        Task review = task(REVIEW, pi);
        ProcessTestSupport.claimAndComplete(engine, review, review.getAssignee() != null ? review.getAssignee()
                : TestAccounts.person(accounts, "narcotics", Groups.NARCOTICS), variables);
    }

    /** The review form's summary, its Markdown escapes removed. */
    private String summary(ProcessInstance pi) {
        return ((String) engine.getRuntimeService().getVariable(pi.getId(), "requestSummary")).replace("\\", "");
    }

    private long running() {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(TransportAttestationProcess.KEY).count();
    }

    /** The numbers given so far, every series and month together. */
    private long numbersGiven() {
        return jdbc.queryForObject("SELECT COALESCE(SUM(last_value), 0) FROM declaration_sequence", Long.class);
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM transport_attestation", Long.class);
    }

    static Map<String, String> form() {
        return org.impexflow.support.TravellerRequests.form();
    }
}
