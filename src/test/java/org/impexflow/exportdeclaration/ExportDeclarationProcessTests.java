package org.impexflow.exportdeclaration;

import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Vars.AMENDED_DECLARATION_NUMBERS;
import static org.impexflow.support.ProcessTestSupport.execute;
import static org.impexflow.support.ProcessTestSupport.mail;
import static org.impexflow.support.ProcessTestSupport.single;
import static org.impexflow.support.ProcessTestSupport.timer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.impexflow.exportdeclaration.ExportDeclarationProcess.Elements.*;
import static org.impexflow.support.Declarations.DECLARANT;
import static org.impexflow.support.Declarations.REVIEWER;
import static org.impexflow.support.Declarations.SUPPORT;
import static org.impexflow.support.Declarations.dei;
import static org.impexflow.support.Declarations.with;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import java.util.Date;
import org.impexflow.support.JobExecutorDowntime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.attachment.Attachment;
import org.impexflow.attachment.AttachmentKind;
import org.impexflow.attachment.Attachments;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.EstablishmentType;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.impexflow.casefile.CaseChain;
import org.impexflow.casefile.CaseDates;
import org.impexflow.casefile.CaseNumbering;

/** Walks every path of processes/export-declaration.bpmn, asserting what users see and receive. */
@ImpexflowSpringTest
class ExportDeclarationProcessTests {

    private static final FlowNodeCoverage COVERAGE = new FlowNodeCoverage(ExportDeclarationProcess.KEY);

    @Autowired
    ProcessEngine engine;
    @Autowired
    DeclarationRegister register;
    @Autowired
    Attachments attachments;
    @Autowired
    Establishments establishments;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.impexflow.account.Accounts accounts;

    @BeforeEach
    void setUp() throws Exception {
        init(engine);
        TestMailServer.purge();
    }

    /** A declarant who chose English on the pages gets their mails in English; the register stays French. */
    @Test
    void anEnglishSpeakingDeclarantIsAcknowledgedInEnglish() {
        accounts.setLanguage(DECLARANT, java.util.Locale.ENGLISH);
        try {
            ProcessInstance pi = file(dei());
            execute(engine, job(SEND_ACKNOWLEDGEMENT, pi));
            MimeMessage mail = single(TestMailServer.to(DECLARANT));
            assertThat(Mails.subject(mail)).isEqualTo("Electronic acknowledgement of registration (AEE) – export "
                    + "declaration No. " + pi.getBusinessKey());
            assertThat(Mails.text(mail)).contains("Dear Sir or Madam,", "Number : " + pi.getBusinessKey(),
                    "Type : Initial export statement (IES)", "Status : Filed", "Strength : ",
                    "Country of destination : Senegal", "Name or code of the medicine : Artemether Démo")
                    .doesNotContain("Madame, Monsieur", "Sénégal");
        } finally {
            accounts.setLanguage(DECLARANT, java.util.Locale.FRENCH);
        }
    }

    @Test
    void eligibleDeclarationIsRegisteredAcknowledgedAndQueuedForReview() {
        Instant before = Instant.now();
        ProcessInstance pi = file(dei());

        String number = pi.getBusinessKey();
        assertThat(number).matches("\\d{4}-\\d{2}-\\d{4}");
        assertThat(pi).hasVariables("declarationNumber", "declarationId")
                .variables().containsEntry("declarationNumber", number).containsEntry("declarationStatus", "FILED");
        ExportDeclaration registered = register.byNumber(number).orElseThrow();
        assertThat(registered.getStatus()).isEqualTo(DeclarationStatus.FILED);
        assertThat(registered.getFiledAt()).isBetween(before, Instant.now());
        assertThat(registered.getMedicineName()).isEqualTo("Artemether Démo");
        assertThat(pi).isWaitingAt(SEND_ACKNOWLEDGEMENT, REVIEW);

        Task review = task(REVIEW, pi);
        assertThat(review.getName()).isEqualTo("Instruire " + number + " – Artemether Démo – Sénégal");
        assertThat(review.getDueDate().toInstant()).isBetween(before.plus(Duration.ofDays(30)),
                Instant.now().plus(Duration.ofDays(30)));
        assertThat(engine.getTaskService().getIdentityLinksForTask(review.getId()))
                .anyMatch(link -> "ansm-reviewers".equals(link.getGroupId()));
        assertThat(TestMailServer.messages()).as("the AEE leaves after the filing committed, from a job").isEmpty();

        execute(engine, job(SEND_ACKNOWLEDGEMENT, pi));

        List<MimeMessage> mails = TestMailServer.to(DECLARANT);
        assertThat(mails).hasSize(1);
        assertThat(Mails.subject(mails.get(0))).contains("Accusé d'enregistrement", number);
        assertThat(Mails.text(mails.get(0))).contains("N° de fiche : " + number,
                CaseDates.dayTime(registered.getFiledAt()), "Artemether Démo", "Sénégal", "Laboratoire Démo");
        assertThat(register.history(registered.getId())).extracting(DeclarationEvent::getKind)
                .containsExactly(DeclarationEventKind.FILED, DeclarationEventKind.ACKNOWLEDGEMENT_SENT);
    }

    /**
     * The checks give the process the values as checked (a country code in capitals), and leave a value that
     * came right as it is: no second history row for it (what a filing writes, docs/benchmarks.md).
     */
    @Test
    void theChecksNormaliseTheFormsValuesAndRewriteOnlyThoseThatChanged() {
        ProcessInstance pi = file(Declarations.with(dei(), "destinationCountry", " sn", "releaseCountry", "FR"));

        assertThat(pi).variables().containsEntry("destinationCountry", "SN").containsEntry("releaseCountry", "FR");
        assertThat(updates(pi, "destinationCountry")).containsExactly(" sn", "SN");
        assertThat(updates(pi, "releaseCountry")).containsExactly("FR");
        assertThat(updates(pi, "declarationType")).containsExactly("DEI");
    }

    /**
     * The decision's inputs are facts of the filing computed by the checks: kept in the decision's history,
     * not as variables of the case, and never taken from the caller (a forged one is overwritten).
     */
    @Test
    void theEligibilityInputsComeFromTheChecksAndAreKeptInTheDecisionsHistory() {
        ProcessInstance filed = file(dei());
        assertThat(engine.getRuntimeService().getVariables(filed.getId())).doesNotContainKeys("destinationInEu",
                "releasedInFranceOrEu", "destinationOverseasDepartment");
        assertThat(decisionInputs(filed)).containsEntry("Destination dans l'Union européenne", false)
                .containsEntry("Lots libérés en France ou dans l'UE", true);

        // the decision's inputs are the checks' alone: a caller's are refused, not stored
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> file(with(dei(), "destinationInEu", true,
                "releasedInFranceOrEu", false, "destinationOverseasDepartment", true)))
                .isInstanceOfSatisfying(org.impexflow.validation.InvalidInputException.class, refused -> assertThat(
                        refused.errors()).extracting(e -> e.field()).containsExactlyInAnyOrder("destinationInEu",
                                "releasedInFranceOrEu", "destinationOverseasDepartment"));
    }

    /** What the eligibility decision of a filing read, by input label. */
    private Map<String, Object> decisionInputs(ProcessInstance pi) {
        return engine.getHistoryService().createHistoricDecisionInstanceQuery().processInstanceId(pi.getId())
                .includeInputs().singleResult().getInputs().stream().collect(java.util.stream.Collectors.toMap(
                        org.camunda.bpm.engine.history.HistoricDecisionInputInstance::getClauseName,
                        org.camunda.bpm.engine.history.HistoricDecisionInputInstance::getValue));
    }

    /** The values a variable took, in order, from the engine's history. */
    private List<Object> updates(ProcessInstance pi, String variable) {
        return engine.getHistoryService().createHistoricDetailQuery().processInstanceId(pi.getId()).variableUpdates()
                .orderPartiallyByOccurrence().asc().list().stream()
                .map(d -> (org.camunda.bpm.engine.history.HistoricVariableUpdate) d)
                .filter(d -> d.getVariableName().equals(variable)).map(d -> d.getValue()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "destination in the EU, BE, FR, false, NOT_REQUIRED_EU_DESTINATION, État membre de l'Union européenne",
            "destination La Réunion, RE, FR, false, NOT_REQUIRED_FRENCH_OVERSEAS_DEPARTMENT, département d'outre-mer : la France",
            "destination Guadeloupe, GP, FR, false, NOT_REQUIRED_FRENCH_OVERSEAS_DEPARTMENT, département d'outre-mer : la France",
            "French marketing authorisation, SN, FR, true, OUT_OF_SCOPE_FRENCH_AUTHORISATION, autorisation de mise sur le marché en France",
            "batches released outside the EU, SN, US, false, NOT_ADMISSIBLE_RELEASE, libérés en France ou dans l'Union européenne"})
    void filingThatNeedsNoDeclarationRegistersNothingAndTellsWhy(String description, String destination,
            String release, boolean frenchAuthorisation, String outcome, String explanation) {
        long registered = count("export_declaration");
        Integer lastNumber = lastNumberOfThisMonth();

        ProcessInstance pi = file(with(dei(), "destinationCountry", destination, "releaseCountry", release,
                "hasFrenchMarketingAuthorisation", frenchAuthorisation));

        assertThat(pi).isWaitingAt(EXPLAIN_NOT_REQUIRED).hasPassed(ASSESS_ELIGIBILITY).hasNotPassed(REGISTER);
        assertThat(pi).variables().containsEntry("eligibilityOutcome", outcome).doesNotContainKey("declarationNumber");
        assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), "eligibilityExplanation"))
                .contains(explanation);
        assertThat(pi.getBusinessKey()).isNull();
        assertThat(count("export_declaration")).isEqualTo(registered);
        assertThat(lastNumberOfThisMonth()).as("no number is used").isEqualTo(lastNumber);

        execute(engine, job(EXPLAIN_NOT_REQUIRED, pi));

        assertThat(pi).isEnded().hasPassed(END_NOT_REGISTERED);
        List<MimeMessage> mails = TestMailServer.to(DECLARANT);
        assertThat(mails).hasSize(1);
        assertThat(Mails.subject(mails.get(0))).contains("non enregistrée", "Artemether Démo");
        assertThat(Mails.text(mails.get(0))).contains(explanation, "Aucun numéro n'a été attribué");
    }

    /**
     * The memberships are read at the filing date: Saint-Barthélemy was part of the EU until 31 December 2011
     * (an overseas country and territory since), so a filing of 2011 was answered "EU destination" and keeps
     * that answer, where a filing of today is required.
     */
    @Test
    void theEligibilityReadsTheMembershipsAtTheFilingDate() {
        ProcessInstance in2011;
        ClockUtil.setCurrentTime(Date.from(java.time.ZonedDateTime.of(2011, 6, 15, 10, 0, 0, 0,
                java.time.ZoneId.of("Europe/Paris")).toInstant()));
        try {
            in2011 = file(with(dei(), "destinationCountry", "BL"));
        } finally {
            ClockUtil.reset();
        }
        assertThat(in2011).isWaitingAt(EXPLAIN_NOT_REQUIRED).hasNotPassed(REGISTER);
        assertThat(in2011).variables().containsEntry("eligibilityOutcome", "NOT_REQUIRED_EU_DESTINATION");
        assertThat(decisionInputs(in2011)).containsEntry("Destination dans l'Union européenne", true);

        ProcessInstance today = file(with(dei(), "destinationCountry", "BL"));
        assertThat(today).variables().containsEntry("eligibilityOutcome", "REQUIRED");
        assertThat(decisionInputs(today)).containsEntry("Destination dans l'Union européenne", false);
        assertThat(engine.getRuntimeService().getVariable(in2011.getId(), "eligibilityOutcome"))
                .as("the 2011 case keeps its answer").isEqualTo("NOT_REQUIRED_EU_DESTINATION");
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource(delimiter = '|', value = {
            "medicineName      | ",
            "destinationCountry| XX",
            "releaseCountry    | ZZ",
            "declarationType   | DEX",
            "establishmentSiret| 12345678901234",
            "declarantEmail    | pas-une-adresse",
            "hasFrenchMarketingAuthorisation | peut-être",
            "firstExportDate   | ",
            "firstExportDate   | 2027-02-30",
            "manufacturerName  | ",
            "manufacturerCountry | XX",
            "releaseSiteName   | ",
            "releaseSiteAddress| "})
    void filingWithAMissingOrWrongFieldIsRefusedNamingTheFieldAndStoresNothing(String field, String value) {
        assertRefused(with(dei(), field, value), field);
    }

    /**
     * The declaration is made before the first export: a date already past by the engine's clock (Paris) is
     * refused naming the field, storing nothing; with the declarant's explanation it is registered, and the
     * explanation is in the case's timeline and in the summary of the review form.
     */
    @Test
    void aFirstExportDateInThePastIsRefusedUnlessTheDeclarantExplainsIt() {
        java.time.LocalDate today = java.time.LocalDate.now(CaseNumbering.PARIS);
        assertRefused(with(dei(), "firstExportDate", today.minusDays(1).toString()), "firstExportDate");
        // the engine's clock decides what is past, not the server's
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(400))));
        try {
            assertRefused(with(dei(), "firstExportDate", today.plusDays(300).toString()), "firstExportDate");
        } finally {
            ClockUtil.reset();
        }
        assertThat(file(with(dei(), "firstExportDate", today.toString())).getBusinessKey())
                .as("today is not past").isNotNull();

        String explanation = "Premier lot expédié en urgence sanitaire le 2 du mois, à la demande du ministère.";
        ProcessInstance pi = file(with(dei(), "firstExportDate", today.minusDays(3).toString(),
                "firstExportExplanation", explanation));
        ExportDeclaration registered = register.byNumber(pi.getBusinessKey()).orElseThrow();
        assertThat(registered.getFirstExportDate()).isEqualTo(today.minusDays(3));
        assertThat(registered.getFirstExportExplanation()).isEqualTo(explanation);
        assertThat(register.history(registered.getId())).filteredOn(e -> e.getKind()
                == DeclarationEventKind.FIRST_EXPORT_DATE_PAST).singleElement()
                .satisfies(e -> assertThat(e.getDetail()).contains(CaseDates.day(today.minusDays(3)), explanation));
        assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), "declarationSummary"))
                .contains("Date prévue de la première exportation",
                        org.impexflow.casefile.Markdown.escape(CaseDates.day(today.minusDays(3))),
                        org.impexflow.casefile.Markdown.escape("Explication (date passée)"));
    }

    /** A date in the future needs no explanation, and none is kept: the timeline has no such line. */
    @Test
    void aFirstExportDateToComeIsRegisteredWithoutExplanation() {
        ProcessInstance pi = file(with(dei(), "firstExportExplanation", "sans objet"));
        ExportDeclaration registered = register.byNumber(pi.getBusinessKey()).orElseThrow();
        assertThat(registered.getFirstExportDate()).isEqualTo(java.time.LocalDate.parse(Declarations.plannedFirstExport()));
        assertThat(registered.getFirstExportExplanation()).isNull();
        assertThat(register.history(registered.getId())).extracting(DeclarationEvent::getKind)
                .doesNotContain(DeclarationEventKind.FIRST_EXPORT_DATE_PAST);
    }

    /** Manufacture under EU GMP: without the certificate nor its EudraGMDP reference, the filing is refused. */
    @Test
    void withoutGmpCertificateNorEudraGmdpReferenceTheFilingIsRefused() {
        Map<String, Object> variables = with(dei(), "gmpReference", null);
        assertRefused(variables, "gmpCertificate");
        assertRefused(variables, "gmpReference");
        assertRefused(with(dei(), "gmpReference", "voir certificat"), "gmpReference");
    }

    /**
     * The GMP certificate is checked like the other files, by its content: a text named .pdf is refused; a
     * real PDF joins the case as the manufacturer's GMP certificate, and the review form names the manufacturer
     * and the release site.
     */
    @Test
    void theGmpCertificateIsCheckedByItsContentAndJoinsTheCase() {
        assertRefused(with(dei(), "gmpReference", null, "gmpCertificate", org.camunda.bpm.engine.variable.Variables
                .fileValue("certificat-bpf.pdf").file("ceci n'est pas un PDF".getBytes())
                .mimeType("application/pdf").create()), "gmpCertificate");

        ProcessInstance pi = file(with(dei(), "gmpReference", null, "gmpCertificate",
                org.camunda.bpm.engine.variable.Variables.fileValue("certificat-bpf.pdf")
                        .file(org.impexflow.support.RealFiles.pdf()).mimeType("application/pdf").create()));
        ExportDeclaration registered = register.byNumber(pi.getBusinessKey()).orElseThrow();
        assertThat(registered.getGmpReference()).isNull();
        assertThat(attachments.ofDeclaration(registered.getId())).filteredOn(a -> a.getKind()
                == AttachmentKind.GMP_CERTIFICATE).singleElement()
                .satisfies(a -> assertThat(a.getFileName()).isEqualTo("certificat-bpf.pdf"));
        assertThat(registered.getManufacturerName()).isEqualTo("Fabricant Démo SAS");
        assertThat(registered.getManufacturerCountry()).isEqualTo("FR");
        assertThat(registered.getReleaseSiteAddress()).isEqualTo("3 allée des Lots, 69007 Lyon");
        assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), "declarationSummary"))
                .contains("Fabrication selon les BPF de l'UE", "Fabricant Démo SAS", "Orléans", "Libération Démo SAS",
                        "Lyon", "certificat BPF joint au dossier");
        assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), "attachmentList"))
                .contains("Certificat BPF du fabricant");
    }

    @Test
    void animalOriginSubstancesWithoutEsbCertificateAreRefused() {
        assertRefused(with(dei(), "containsAnimalOriginSubstances", true), "esbCertificate");
    }

    @Test
    void reasonOtherWithoutDetailsIsRefused() {
        assertRefused(with(dei(), "noMarketingAuthorisationReason", "OTHER"), "noMarketingAuthorisationDetails");
    }

    @Test
    void siretOfAnotherEstablishmentIsRefused() {
        otherEstablishment();
        assertRefused(with(dei(), "establishmentSiret", OTHER_SIRET), "establishmentSiret");
    }

    @Test
    void onlyAPharmaceuticalEstablishmentLocatedInFranceFilesAnExportDeclaration() {
        for (Establishment establishment : List.of(
                new Establishment(org.impexflow.support.TestEstablishments.randomSiret(), "PUI du Centre Hospitalier",
                        EstablishmentType.HOSPITAL_PHARMACY, "1 rue de l'Hôpital", "69003", "Lyon", "FR"),
                new Establishment(org.impexflow.support.TestEstablishments.randomSiret(), "Dépositaire Autre",
                        EstablishmentType.OTHER, "2 rue du Port", "13002", "Marseille", "FR"),
                new Establishment(null, "Laboratoire Belge", EstablishmentType.PHARMACEUTICAL_ESTABLISHMENT,
                        "3 rue de la Loi", "1000", "Bruxelles", "BE"))) {
            Establishment saved = establishments.create(establishment);
            String declarant = org.impexflow.support.TestAccounts.declarant(accounts, establishments, saved);
            long instances = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
            long registered = count("export_declaration");
            assertThatThrownBy(() -> Declarations.fileAs(engine, declarant, with(dei(),
                    "establishmentSiret", saved.getSiret(), "declarantEmail", declarant)))
                    .as(saved.getName()).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).concerns("establishmentSiret")).isTrue())
                    .hasMessageContaining("seul un établissement pharmaceutique situé en France")
                    .hasMessageContaining(saved.getName());
            assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
            assertThat(count("export_declaration")).isEqualTo(registered);
        }
    }

    @Test
    void decThatAmendsNoValidatedDeclarationOfTheEstablishmentIsRefused() {
        String copies = upload(DECLARANT, "dei.pdf").getReference();
        assertRefused(with(dei(), "declarationType", "DEC", "earlierDeclarationCopies", copies),
                "amendedDeclarationNumbers");
        assertRefused(with(dei(), "declarationType", "DEC", "earlierDeclarationCopies", copies,
                "amendedDeclarationNumbers", "2001-01-0001"), "amendedDeclarationNumbers");

        ProcessInstance pending = file(dei());
        assertRefused(with(dei(), "declarationType", "DEC", "earlierDeclarationCopies", copies,
                "amendedDeclarationNumbers", pending.getBusinessKey()), "amendedDeclarationNumbers");

        String otherNumber = validatedDeclarationOfAnotherEstablishment();
        assertRefused(with(dei(), "declarationType", "DEC", "earlierDeclarationCopies", copies,
                "amendedDeclarationNumbers", otherNumber), "amendedDeclarationNumbers");
    }

    @Test
    void decWithoutCopiesOfTheEarlierDeclarationsIsRefused() {
        String validated = validatedDei();
        assertRefused(with(dei(), "declarationType", "DEC", "amendedDeclarationNumbers", validated),
                "earlierDeclarationCopies");
    }

    @Test
    void validatedDeclarationIsSentWithItsPdfToTheDeclarantAndTheImportingAuthority() {
        ProcessInstance pi = file(dei());
        String number = pi.getBusinessKey();
        acknowledge(pi);
        claimAndDecide(pi, "VALIDATE", "Dossier conforme.");
        assertThat(register.byNumber(number).orElseThrow().getStatus()).isEqualTo(DeclarationStatus.VALIDATED);
        assertThat(pi).isWaitingAt(GENERATE_VALIDATED_COPY);

        execute(engine, job(GENERATE_VALIDATED_COPY, pi));
        assertThat(pi).isWaitingAt(SEND_VALIDATED_COPY, TRANSMIT_TO_AUTHORITY).hasPassed(FIND_AUTHORITY);
        execute(engine, job(SEND_VALIDATED_COPY, pi));
        execute(engine, job(TRANSMIT_TO_AUTHORITY, pi));
        assertThat(pi).isEnded().hasPassed(END_VALIDATED);

        MimeMessage toDeclarant = mail(DECLARANT, "visée par l'ANSM");
        assertThat(Mails.subject(toDeclarant)).contains(number);
        Mails.Attachment pdf = single(Mails.attachments(toDeclarant));
        assertThat(pdf.fileName()).isEqualTo(number + ".pdf");
        assertThat(pdf.contentType()).startsWith("application/pdf");
        String text = Mails.pdfText(pdf.content());
        assertThat(text).contains("N° de fiche / Number : " + number, "DÉCLARATION VISÉE PAR L'ANSM",
                "DECLARATION VALIDATED BY ANSM ON", "Dosage / Strength", "Artemether Démo",
                "Déclaration déposée et enregistrée / Declaration filed and registered",
                "artéméther 20 mg", "Sénégal / Senegal (SN)", "Laboratoire Démo", "42112345600012",
                "Pharmacie Nationale d'Approvisionnement", "Dossier conforme.", "AMM non demandée en France");
        // manufacture under EU GMP, as the importing authority reads it
        String gmp = text.substring(text.indexOf("Fabrication selon les BPF de l'UE / Manufacture under EU GMP"));
        assertThat(gmp).contains("Fabricant Démo SAS", "12 rue des Usines, 45000 Orléans", "Libération Démo SAS",
                "3 allée des Lots, 69007 Lyon", "FR/GMP/2025/0042");
        assertThat(text).as("the planned date of the first export")
                .contains(CaseDates.day(java.time.LocalDate.parse(Declarations.plannedFirstExport())));

        MimeMessage toAuthority = single(TestMailServer.to("arp@sante.sn.example"));
        assertThat(Mails.subject(toAuthority)).contains(number);
        assertThat(Mails.subject(toAuthority)).contains("Validated export declaration");
        assertThat(Mails.text(toAuthority)).contains("Dear Minister", "validated copy of export declaration No. " + number,
                "exemplaire visé de la déclaration d'exportation N° " + number);
        Mails.Attachment sentPdf = single(Mails.attachments(toAuthority));
        assertThat(sentPdf.fileName()).isEqualTo(number + ".pdf");
        assertThat(Mails.pdfText(sentPdf.content())).contains("N° de fiche / Number : " + number,
                "Manufacture under EU GMP", "Fabricant Démo SAS", "Libération Démo SAS", "FR/GMP/2025/0042");

        ExportDeclaration declaration = register.byNumber(number).orElseThrow();
        assertThat(declaration.isInForce()).isTrue();
        assertThat(declaration.getDecidedAt()).isNotNull();
        AuthorityTransmission transmission = single(register.transmissions(declaration.getId()));
        assertThat(transmission.getChannel()).isEqualTo(AuthorityTransmission.Channel.EMAIL);
        assertThat(transmission.getRecipientEmail()).isEqualTo("arp@sante.sn.example");
        assertThat(transmission.getTransmittedAt()).isNotNull();
        assertThat(register.history(declaration.getId())).extracting(DeclarationEvent::getStatus)
                .filteredOn(s -> s != null)
                .containsExactly(DeclarationStatus.FILED, DeclarationStatus.IN_REVIEW, DeclarationStatus.VALIDATED);
    }

    @Test
    void validationWithoutKnownAuthorityAsksSupportToTransmitByHand() {
        ProcessInstance pi = file(with(dei(), "destinationCountry", "VN"));
        String number = pi.getBusinessKey();
        acknowledge(pi);
        claimAndDecide(pi, "VALIDATE", null);
        execute(engine, job(GENERATE_VALIDATED_COPY, pi));
        execute(engine, job(SEND_VALIDATED_COPY, pi));

        assertThat(pi).isWaitingAt(TRANSMIT_MANUALLY);
        Task transmit = task(TRANSMIT_MANUALLY, pi);
        assertThat(transmit.getName()).isEqualTo("Transmettre " + number + " à l'autorité – Viêt Nam");
        assertThat(transmit.getDueDate()).isNotNull();
        assertThat(engine.getTaskService().getIdentityLinksForTask(transmit.getId()))
                .anyMatch(link -> "ansm-support".equals(link.getGroupId()));
        assertThat(TestMailServer.to("sante")).as("nothing is mailed to an unknown authority").isEmpty();

        assertThatThrownBy(() -> Declarations.as(engine, SUPPORT,
                () -> engine.getTaskService().complete(transmit.getId(), Map.of())))
                .hasMessageContaining("transmissionRecipient");
        Declarations.as(engine, SUPPORT, () -> engine.getTaskService().complete(transmit.getId(), Map.of(
                "transmissionRecipient", "Ministère de la Santé du Viet Nam, dav@moh.example",
                "transmissionNote", "Envoyé par la valise diplomatique")));

        assertThat(pi).isEnded().hasPassed(RECORD_MANUAL_TRANSMISSION, END_VALIDATED);
        AuthorityTransmission transmission = single(register.transmissions(
                register.byNumber(number).orElseThrow().getId()));
        assertThat(transmission.getChannel()).isEqualTo(AuthorityTransmission.Channel.MANUAL);
        assertThat(transmission.getRecipientName()).contains("Viet Nam");
        assertThat(transmission.getRecordedBy()).isEqualTo(SUPPORT);
        assertThat(transmission.getNote()).isEqualTo("Envoyé par la valise diplomatique");
    }

    @Test
    void complementAnsweredByTheDeclarantGoesBackToReview() {
        ProcessInstance pi = file(dei());
        String number = pi.getBusinessKey();
        acknowledge(pi);
        assertThatThrownBy(() -> claimAndDecide(pi, "REQUEST_COMPLEMENT", " "))
                .hasMessageContaining("reviewComment");
        claimAndDecide(pi, "REQUEST_COMPLEMENT", "Joindre le certificat BPF du site de libération.");

        assertThat(register.byNumber(number).orElseThrow().getStatus())
                .isEqualTo(DeclarationStatus.COMPLEMENT_REQUESTED);
        assertThat(pi).isWaitingAt(NOTIFY_COMPLEMENT_REQUESTED, PROVIDE_COMPLEMENT);
        Task complement = task(PROVIDE_COMPLEMENT, pi);
        assertThat(complement.getAssignee()).isEqualTo(DECLARANT);
        assertThat(complement.getName()).isEqualTo("Fournir le complément – " + number + " – Artemether Démo");
        assertThat(complement.getDueDate().toInstant()).isAfter(Instant.now().plus(Duration.ofDays(29)));

        execute(engine, job(NOTIFY_COMPLEMENT_REQUESTED, pi));
        MimeMessage request = mail(DECLARANT, "Complément demandé");
        assertThat(Mails.subject(request)).contains("Complément demandé", number);
        assertThat(Mails.text(request)).contains("Joindre le certificat BPF du site de libération.",
                CaseDates.day(complement.getDueDate()));

        Attachment certificate = upload(DECLARANT, "certificat-bpf.pdf");
        assertThatThrownBy(() -> Declarations.as(engine, DECLARANT,
                () -> engine.getTaskService().complete(complement.getId(), Map.of("complementFiles",
                        certificate.getReference())))).hasMessageContaining("complementAnswer");
        Declarations.as(engine, DECLARANT, () -> engine.getTaskService().complete(complement.getId(), Map.of(
                "complementAnswer", "Certificat BPF joint.", "complementFiles", certificate.getReference())));

        assertThat(pi).isWaitingAt(REVIEW).hasPassed(RECORD_COMPLEMENT_ANSWER);
        ExportDeclaration declaration = register.byNumber(number).orElseThrow();
        assertThat(declaration.getStatus()).isEqualTo(DeclarationStatus.IN_REVIEW);
        assertThat(attachments.ofDeclaration(declaration.getId())).extracting(Attachment::getKind)
                .contains(AttachmentKind.COMPLEMENT);
        assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), "attachmentList"))
                .contains(org.impexflow.casefile.Markdown.escape("certificat-bpf.pdf"));
        assertThat(register.history(declaration.getId())).extracting(DeclarationEvent::getDetail)
                .anyMatch(d -> d != null && d.contains("Certificat BPF joint."));
    }

    /**
     * After a request for complement the next review starts empty: neither the earlier request nor what
     * anyone set under the review's names (here the declarant, with the answer) becomes the decision; the
     * earlier round is shown read-only, and a validation without a new comment carries no observation.
     */
    @Test
    void secondReviewRoundStartsEmptyAndAValidationWithoutCommentCarriesNoEarlierText() {
        ProcessInstance pi = file(dei());
        String number = pi.getBusinessKey();
        acknowledge(pi);
        assertThat(reviewFormVariables(pi)).doesNotContainKey("reviewComment").containsEntry("reviewRounds", "");
        claimAndDecide(pi, "REQUEST_COMPLEMENT", "Joindre le certificat BPF du site de libération.");
        Task complement = task(PROVIDE_COMPLEMENT, pi);
        Declarations.as(engine, DECLARANT, () -> engine.getTaskService().complete(complement.getId(), Map.of(
                "complementAnswer", "Certificat BPF joint.", "reviewDecision", "VALIDATE",
                "reviewComment", "Visa accordé sans réserve.")));

        Map<String, Object> second = reviewFormVariables(pi);
        assertThat(second).doesNotContainKeys("reviewDecision", "reviewComment");
        assertThat((String) second.get("reviewRounds")).contains("Tours précédents",
                org.impexflow.casefile.Markdown.escape("Joindre le certificat BPF du site de libération."),
                org.impexflow.casefile.Markdown.escape("Certificat BPF joint."),
                org.impexflow.casefile.Markdown.escape(REVIEWER), org.impexflow.casefile.Markdown.escape(DECLARANT),
                "Complément demandé", "Complément fourni");

        Task review = task(REVIEW, pi);
        Declarations.as(engine, REVIEWER, () -> engine.getTaskService().complete(review.getId(),
                Map.of("reviewDecision", "VALIDATE", "reviewComment", "")));
        runJobs(pi);
        assertThat(pi).isEnded().hasPassed(END_VALIDATED);

        ExportDeclaration declaration = register.byNumber(number).orElseThrow();
        assertThat(declaration.getDecisionComment()).isNull();
        assertThat(register.history(declaration.getId())).filteredOn(e -> e.getKind() == DeclarationEventKind.VALIDATED)
                .extracting(DeclarationEvent::getDetail).containsExactly((String) null);
        String pdf = Mails.pdfText(single(Mails.attachments(mail(DECLARANT, "visée par l'ANSM"))).content());
        assertThat(pdf).contains("N° de fiche / Number : " + number)
                .containsPattern("Observations de l'ANSM /\\s*ANSM's remarks\\s*—\\s*\\n")
                .doesNotContain("Joindre le certificat", "Visa accordé");
    }

    private Map<String, Object> reviewFormVariables(ProcessInstance pi) {
        return org.impexflow.support.ProcessTestSupport.formValues(engine, task(REVIEW, pi));
    }

    @Test
    void complementNotProvidedInTimeIsRemindedThenClosedWithoutFollowUp() {
        ProcessInstance pi = file(dei());
        String number = pi.getBusinessKey();
        acknowledge(pi);
        claimAndDecide(pi, "REQUEST_COMPLEMENT", "Préciser la composition qualitative.");
        execute(engine, job(NOTIFY_COMPLEMENT_REQUESTED, pi));

        Job reminder = timer(engine, pi, COMPLEMENT_REMINDER);
        Job deadline = timer(engine, pi, COMPLEMENT_DEADLINE);
        assertThat(deadline.getDuedate().toInstant().minus(Duration.ofDays(7)))
                .isEqualTo(reminder.getDuedate().toInstant());
        execute(engine, reminder);
        assertThat(pi).isWaitingAt(SEND_COMPLEMENT_REMINDER, PROVIDE_COMPLEMENT);
        execute(engine, job(SEND_COMPLEMENT_REMINDER, pi));
        assertThat(Mails.subject(mail(DECLARANT, "Rappel"))).startsWith("Rappel : complément attendu avant le "
                + CaseDates.day(deadline.getDuedate())).contains(number);

        execute(engine, deadline);
        assertThat(pi).isWaitingAt(NOTIFY_CLOSED).hasPassed(CLOSE_WITHOUT_FOLLOW_UP);
        assertThat(register.byNumber(number).orElseThrow().getStatus())
                .isEqualTo(DeclarationStatus.CLOSED_WITHOUT_FOLLOW_UP);
        execute(engine, job(NOTIFY_CLOSED, pi));
        assertThat(pi).isEnded().hasPassed(END_CLOSED);
        MimeMessage closed = mail(DECLARANT, "classée sans suite");
        assertThat(Mails.subject(closed)).contains(number);
        assertThat(Mails.text(closed)).contains("n'a pas été fourni dans le délai");
    }

    @Test
    void complementDeadlinePassedDuringADowntimeClosesTheCaseOnceWithoutAReminderForAPassedDate() {
        ProcessInstance pi = file(dei());
        String number = pi.getBusinessKey();
        acknowledge(pi);
        claimAndDecide(pi, "REQUEST_COMPLEMENT", "Préciser la composition qualitative.");
        try {
            ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(40))));
            // the job executor starts again: the reminder's timer happens to run before the deadline's,
            // its mail step after it
            execute(engine, timer(engine, pi, COMPLEMENT_REMINDER));
            JobExecutorDowntime.runDue(engine, pi.getId());
        } finally {
            ClockUtil.reset();
        }

        assertThat(pi).isEnded().hasPassed(CLOSE_WITHOUT_FOLLOW_UP, END_CLOSED);
        assertThat(JobExecutorDowntime.passes(engine, pi.getId(), CLOSE_WITHOUT_FOLLOW_UP)).isEqualTo(1);
        assertThat(JobExecutorDowntime.assertEachTimerFiredAtMostOncePerDueDate(engine, pi.getId()))
                .containsEntry(COMPLEMENT_DEADLINE, 1L);
        assertThat(TestMailServer.to(DECLARANT)).extracting(Mails::subject).as("no reminder of a passed date")
                .noneMatch(subject -> subject.startsWith("Rappel"));
        assertThat(Mails.subject(mail(DECLARANT, "classée sans suite"))).contains(number);
    }

    @Test
    void prohibitionNotifiesTheDeclarantWithTheReasonsAndTheLegalBasis() {
        ProcessInstance pi = file(dei());
        String number = pi.getBusinessKey();
        acknowledge(pi);
        assertThatThrownBy(() -> claimAndDecide(pi, "PROHIBIT", null)).hasMessageContaining("reviewComment");
        assertThatThrownBy(() -> claimAndDecide(pi, "REFUSE", "x")).hasMessageContaining("reviewDecision");
        claimAndDecide(pi, "PROHIBIT", "Rapport bénéfice/risque défavorable : signal de cardiotoxicité.");

        assertThat(pi).isWaitingAt(NOTIFY_PROHIBITION).hasPassed(PROHIBIT);
        ExportDeclaration declaration = register.byNumber(number).orElseThrow();
        assertThat(declaration.getStatus()).isEqualTo(DeclarationStatus.PROHIBITED);
        assertThat(declaration.isInForce()).isFalse();
        execute(engine, job(NOTIFY_PROHIBITION, pi));
        assertThat(pi).isEnded().hasPassed(END_PROHIBITED);

        MimeMessage decision = mail(DECLARANT, "exportation interdite");
        assertThat(Mails.subject(decision)).contains(number);
        assertThat(Mails.text(decision)).contains("INTERDITE",
                "Rapport bénéfice/risque défavorable : signal de cardiotoxicité.",
                "article L.5124-11 du code de la santé publique");
    }

    @Test
    void validatedDecReplacesTheDeclarationItAmends() {
        String dei = validatedDei();
        Attachment copy = upload(DECLARANT, "copie-" + dei + ".pdf");
        ProcessInstance dec = file(with(dei(), "declarationType", "DEC", "amendedDeclarationNumbers", dei,
                "earlierDeclarationCopies", copy.getReference(), "presentation", "boîte de 48 comprimés"));
        String decNumber = dec.getBusinessKey();
        assertThat(register.amendedNumbers(decNumber)).containsExactly(dei);
        assertThat(register.byNumber(dei).orElseThrow().isInForce()).as("still in force until the DEC is validated")
                .isTrue();

        acknowledge(dec);
        claimAndDecide(dec, "VALIDATE", null);
        runJobs(dec);
        assertThat(dec).isEnded();

        ExportDeclaration amended = register.byNumber(dei).orElseThrow();
        assertThat(amended.isInForce()).isFalse();
        assertThat(register.supersededBy(dei)).contains(decNumber);
        assertThat(amended.getStatus()).isEqualTo(DeclarationStatus.VALIDATED);
        assertThat(register.versionInForce(dei)).map(ExportDeclaration::getNumber).contains(decNumber);
        assertThat(register.history(amended.getId())).extracting(DeclarationEvent::getKind)
                .contains(DeclarationEventKind.SUPERSEDED);
        String pdf = Mails.pdfText(single(Mails.attachments(mail(DECLARANT, decNumber + " visée"))).content());
        assertThat(pdf).contains("Déclaration d'exportation complémentaire (DEC)", dei, "boîte de 48 comprimés");
    }

    /** Invariant 1, through the kernel's CaseChain: a DEC names the version in force, never a replaced one. */
    @Test
    void aDecNamingAReplacedVersionIsRefusedWithTheNumberOfTheVersionInForce() {
        String dei = validatedDei();
        ProcessInstance first = file(decAmending(dei));
        acknowledge(first);
        claimAndDecide(first, "VALIDATE", null);
        runJobs(first);

        assertRefused(decAmending(dei), AMENDED_DECLARATION_NUMBERS);
        assertThatThrownBy(() -> file(decAmending(dei))).hasMessageContaining(
                "la version " + dei + " a été remplacée : la version en vigueur est " + first.getBusinessKey());
        assertThat(file(decAmending(first.getBusinessKey())).getBusinessKey()).as("the version in force may be amended")
                .isNotNull();
    }

    /**
     * DECs of one version pending at once: validating one closes the others at once, whatever they wait for
     * (a review, a complement with its timers), and tells their declarant which version is in force; a DEC of
     * another declaration is left alone, and nobody can send the message's variable with a filing.
     */
    @Test
    void validatingOneOfTheDecsPendingOnAVersionClosesTheOthersAndTellsTheirDeclarant() {
        String dei = validatedDei();
        String anotherDei = validatedDei();
        assertRefused(with(decAmending(dei), CaseChain.OVERTAKEN_BY, "2026-01-0001"), CaseChain.OVERTAKEN_BY);
        ProcessInstance one = file(decAmending(dei));
        ProcessInstance inReview = file(decAmending(dei));
        ProcessInstance atComplement = file(decAmending(dei));
        ProcessInstance ofAnother = file(decAmending(anotherDei));
        List.of(one, inReview, atComplement, ofAnother).forEach(this::acknowledge);
        claimAndDecide(atComplement, "REQUEST_COMPLEMENT", "Préciser la présentation.");
        execute(engine, job(NOTIFY_COMPLEMENT_REQUESTED, atComplement));
        assertThat(atComplement).isWaitingAt(PROVIDE_COMPLEMENT);

        claimAndDecide(one, "VALIDATE", null);

        for (ProcessInstance closed : List.of(inReview, atComplement)) {
            assertThat(closed).hasPassed(AMENDMENT_OVERTAKEN, CLOSE_OVERTAKEN_AMENDMENT)
                    .isWaitingAt(NOTIFY_OVERTAKEN_AMENDMENT);
            assertThat(engine.getTaskService().createTaskQuery().processInstanceId(closed.getId()).count()).isZero();
            assertThat(engine.getManagementService().createJobQuery().processInstanceId(closed.getId()).timers()
                    .count()).as("the complement's reminder and deadline are cancelled").isZero();
            ExportDeclaration declaration = register.byNumber(closed.getBusinessKey()).orElseThrow();
            assertThat(declaration.getStatus()).isEqualTo(DeclarationStatus.CLOSED_WITHOUT_FOLLOW_UP);
            assertThat(declaration.isInForce()).isFalse();
            assertThat(declaration.getDecisionReasons()).contains("la version " + one.getBusinessKey());
            assertThat(register.history(declaration.getId())).extracting(DeclarationEvent::getKind)
                    .contains(DeclarationEventKind.AMENDMENT_OVERTAKEN);
            runJobs(closed);
            assertThat(closed).isEnded().hasPassed(NOTIFY_OVERTAKEN_AMENDMENT, END_AMENDMENT_OVERTAKEN)
                    .hasNotPassed(VALIDATE, PROHIBIT, CLOSE_WITHOUT_FOLLOW_UP);
            MimeMessage mail = mail(DECLARANT, closed.getBusinessKey() + " classée sans suite : une autre DEC");
            assertThat(Mails.text(mail)).contains("modifiait la déclaration N° " + dei,
                    "la N° " + one.getBusinessKey() + ",", "déposez une nouvelle déclaration complémentaire");
        }
        runJobs(one);
        assertThat(one).isEnded().hasPassed(END_VALIDATED);
        assertThat(register.versionInForce(dei)).map(ExportDeclaration::getNumber).contains(one.getBusinessKey());
        assertThat(ofAnother).isWaitingAt(REVIEW);
        assertThat(register.byNumber(ofAnother.getBusinessKey()).orElseThrow().getStatus())
                .isEqualTo(DeclarationStatus.FILED);
    }

    /**
     * Two reviewers validate two DECs of one version at the same moment: whichever commits first, one
     * completion fails (its task is gone, or its case or process changed under it), one DEC is in force and
     * the other is closed, and its declarant is told once.
     */
    @Test
    void twoDecsOfOneVersionValidatedAtOnceLeaveOneInForceAndTheOtherClosed() throws Exception {
        String dei = validatedDei();
        List<ProcessInstance> decs = List.of(file(decAmending(dei)), file(decAmending(dei)));
        decs.forEach(this::acknowledge);
        List<Task> reviews = decs.stream().map(pi -> task(REVIEW, pi)).toList();
        Declarations.as(engine, REVIEWER, () -> reviews.forEach(t -> engine.getTaskService().claim(t.getId(),
                REVIEWER)));

        java.util.concurrent.ExecutorService reviewers = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<?>> completions = reviews.stream().map(review -> reviewers.submit(() -> {
            go.await();
            Declarations.as(engine, REVIEWER, () -> engine.getTaskService().complete(review.getId(),
                    Map.of("reviewDecision", "VALIDATE")));
            return null;
        })).collect(java.util.stream.Collectors.toList());
        go.countDown();
        int failed = 0;
        for (java.util.concurrent.Future<?> completion : completions) {
            try {
                completion.get(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException refused) {
                failed++;
            }
        }
        reviewers.shutdown();

        assertThat(failed).as("one of the two completions").isEqualTo(1);
        decs.forEach(this::runJobs);
        List<DeclarationStatus> statuses = decs.stream()
                .map(pi -> register.byNumber(pi.getBusinessKey()).orElseThrow().getStatus()).toList();
        assertThat(statuses).containsExactlyInAnyOrder(DeclarationStatus.VALIDATED,
                DeclarationStatus.CLOSED_WITHOUT_FOLLOW_UP);
        ProcessInstance validated = decs.get(statuses.indexOf(DeclarationStatus.VALIDATED));
        ProcessInstance closed = decs.get(statuses.indexOf(DeclarationStatus.CLOSED_WITHOUT_FOLLOW_UP));
        assertThat(register.versionInForce(dei)).map(ExportDeclaration::getNumber).contains(validated.getBusinessKey());
        assertThat(closed).isEnded().hasPassed(END_AMENDMENT_OVERTAKEN);
        assertThat(TestMailServer.to(DECLARANT)).extracting(Mails::subject)
                .filteredOn(subject -> subject.contains(closed.getBusinessKey() + " classée sans suite")).hasSize(1);
    }

    private Map<String, Object> decAmending(String number) {
        return Declarations.decAmending(attachments, number);
    }

    @AfterAll
    static void everyFlowNodeOfTheProcessIsWalked() {
        COVERAGE.assertEveryFlowNodeWalked();
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static final String OTHER_SIRET = "73282932000074";
    private static final String OTHER_DECLARANT = "pharmacien@autre-labo.example";

    private ProcessInstance file(Map<String, Object> variables) {
        ProcessInstance pi = Declarations.fileAs(engine, DECLARANT, variables);
        COVERAGE.track(engine, pi.getId());
        return pi;
    }

    private void assertRefused(Map<String, Object> variables, String field) {
        long instances = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
        long registered = count("export_declaration");
        assertThatThrownBy(() -> file(variables))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(field)
                .satisfies(e -> assertThat(((InvalidInputException) e).concerns(field)).isTrue());
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
        assertThat(count("export_declaration")).isEqualTo(registered);
    }

    private void acknowledge(ProcessInstance pi) {
        execute(engine, job(SEND_ACKNOWLEDGEMENT, pi));
    }

    /** The reviewer takes the task from the queue and completes it with a decision. */
    private void claimAndDecide(ProcessInstance pi, String decision, String comment) {
        Task review = task(REVIEW, pi);
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("reviewDecision", decision);
        variables.put("reviewComment", comment);
        Declarations.as(engine, REVIEWER, () -> {
            if (review.getAssignee() == null) {
                engine.getTaskService().claim(review.getId(), REVIEWER);
            }
            engine.getTaskService().complete(review.getId(), variables);
        });
    }

    /** Runs the jobs that are due, as the job executor would. */
    private void runJobs(ProcessInstance pi) {
        List<Job> due;
        while (!(due = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).executable()
                .list()).isEmpty()) {
            due.forEach(job -> execute(engine, job));
        }
    }

    private String validatedDei() {
        ProcessInstance pi = file(dei());
        acknowledge(pi);
        claimAndDecide(pi, "VALIDATE", null);
        runJobs(pi);
        assertThat(pi).isEnded();
        return pi.getBusinessKey();
    }

    private Attachment upload(String owner, String fileName) {
        return attachments.store(owner, fileName, "application/pdf", ("%PDF-1.4 " + fileName).getBytes());
    }

    /** Another establishment with one declarant (made once, whichever test class comes first). */
    private void otherEstablishment() {
        Establishment other = establishments.bySiret(OTHER_SIRET).orElseGet(() -> establishments.create(
                new Establishment(OTHER_SIRET, "Autre Laboratoire", EstablishmentType.PHARMACEUTICAL_ESTABLISHMENT,
                        "1 avenue du Test", "75001", "Paris", "FR")));
        if (!accounts.exists(OTHER_DECLARANT)) {
            accounts.create(OTHER_DECLARANT, "Paul", "Martin", accounts.hash(Declarations.PASSWORD), false,
                    java.util.List.of("declarants"));
            establishments.addMember(OTHER_DECLARANT, other);
        }
    }

    private String validatedDeclarationOfAnotherEstablishment() {
        otherEstablishment();
        ProcessInstance pi = Declarations.fileAs(engine, OTHER_DECLARANT, with(dei(),
                "establishmentSiret", OTHER_SIRET, "declarantEmail", OTHER_DECLARANT));
        COVERAGE.track(engine, pi.getId());
        acknowledge(pi);
        claimAndDecide(pi, "VALIDATE", null);
        runJobs(pi);
        return pi.getBusinessKey();
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private Integer lastNumberOfThisMonth() {
        String period = java.time.ZonedDateTime.now(CaseNumbering.PARIS)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM"));
        return jdbc.query("SELECT last_value FROM declaration_sequence WHERE period = ?",
                rs -> rs.next() ? rs.getInt(1) : 0, period);
    }

}
