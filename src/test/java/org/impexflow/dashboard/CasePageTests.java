package org.impexflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.impexflow.access.Groups;
import org.impexflow.account.Accounts;
import org.impexflow.attachment.Attachments;
import org.impexflow.casefile.CaseActProcess;
import org.impexflow.casefile.CasePages;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.exportdeclaration.DeclarationRegister;
import org.impexflow.importauthorisation.AuthorisationRegister;
import org.impexflow.importauthorisation.ImportAuthorisationProcess;
import org.impexflow.narcotics.AnnualDeclarationProcess;
import org.impexflow.narcotics.AnnualDeclarations;
import org.impexflow.narcotics.NarcoticsOperators;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.ProcessTestSupport;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TravellerRequests;
import org.impexflow.support.TestEstablishments;
import org.impexflow.support.WebSession;
import org.impexflow.travellers.TransportAttestation;
import org.impexflow.travellers.TransportAttestations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * ANSM's page of a case, one for every kind: who may open it (ANSM's groups; not a declarant, even of the
 * case's establishment, nor someone who just registered), and what it shows (status and since when,
 * decision, chain, timeline, documents with their verification codes, files with their SHA-256, mails).
 */
@ImpexflowSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CasePageTests {

    private static final byte[] COPY = "%PDF-1.4 copie de la DEI visée".getBytes(StandardCharsets.UTF_8);
    private static final byte[] PRESCRIPTION = "%PDF-1.4 ordonnance du voyageur".getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;
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
    AnnualDeclarations annualDeclarations;
    @Autowired
    NarcoticsOperators operators;
    @Autowired
    TransportAttestations attestations;
    @Autowired
    Attachments attachments;

    private long validated;
    @Autowired
    TestRestTemplate rest;
    private String validatedNumber;
    private String amendmentNumber;
    private String authorisationNumber;
    private String demoName;
    private long amendment;
    private long authorisation;
    private long annual;
    private long attestation;
    private String attestationNumber;
    private WebSession reviewer;
    private WebSession declarant;

    /** Once for the class, inside a test run (the coverage plugin records process events per test). */
    @BeforeEach
    void oneCaseOfEveryKind() {
        if (reviewer != null) {
            return;
        }
        Establishment demo = establishments.bySiret(Declarations.DEMO_SIRET).orElseThrow();
        ProcessInstance dei = Declarations.fileAs(engine, Declarations.DECLARANT, Declarations.with(Declarations.dei(),
                "medicineName", "Dossier Page Artéméther"));
        Declarations.decide(engine, dei, "VALIDATE");
        validated = declarations.byNumber(dei.getBusinessKey()).orElseThrow().getId();
        validatedNumber = dei.getBusinessKey();
        demoName = demo.getName();
        ProcessInstance dec = Declarations.fileAs(engine, Declarations.DECLARANT, Declarations.with(Declarations.dei(),
                "declarationType", "DEC", "medicineName", "Dossier Page Artéméther",
                "amendedDeclarationNumbers", dei.getBusinessKey(), "earlierDeclarationCopies",
                attachments.store(Declarations.DECLARANT, "dei-visee.pdf", "application/pdf", COPY).getReference()));
        Declarations.decide(engine, dec, "VALIDATE");
        amendment = declarations.byNumber(dec.getBusinessKey()).orElseThrow().getId();
        amendmentNumber = dec.getBusinessKey();

        ProcessInstance ai = Declarations.startAs(engine, Declarations.DECLARANT, ImportAuthorisationProcess.KEY,
                Declarations.importRequest());
        Declarations.runJobs(engine, ai.getId());
        Task review = engine.getTaskService().createTaskQuery().processInstanceId(ai.getId())
                .taskDefinitionKey(ImportAuthorisationProcess.Elements.REVIEW).singleResult();
        ProcessTestSupport.claimAndComplete(engine, review, Declarations.REVIEWER,
                Map.of("reviewDecision", "GRANT", "reviewComment", "Quantité limitée au besoin du service."));
        Declarations.runJobs(engine, ai.getId());
        authorisation = authorisations.byNumber(ai.getBusinessKey()).orElseThrow().getId();
        authorisationNumber = ai.getBusinessKey();

        Establishment operator = TestEstablishments.create(establishments, "Laboratoire Dossier Stupéfiants");
        operators.register(operator.getId(), LocalDate.of(2020, 1, 1));
        engine.getRuntimeService().startProcessInstanceByKey(AnnualDeclarationProcess.KEY, Map.of(
                AnnualDeclarationProcess.Vars.OPERATOR_ID, operator.getId(),
                AnnualDeclarationProcess.Vars.DECLARED_YEAR, 2025));
        annual = annualDeclarations.of(operator.getId(), 2025).orElseThrow().getId();

        TransportAttestation filed = attestations.request(TravellerRequests.form("Alice", "Martin", "voyageur.dossier@test.example"), "ordonnance.pdf", PRESCRIPTION,
                Locale.FRENCH);
        ProcessInstance at = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(filed.getNumber()).singleResult();
        Declarations.runJobs(engine, at.getId());
        Task atReview = engine.getTaskService().createTaskQuery().processInstanceId(at.getId()).singleResult();
        Map<String, Object> issue = new HashMap<>();
        issue.put("reviewDecision", "ISSUE");
        issue.put("reviewComment", null);
        ProcessTestSupport.claimAndComplete(engine, atReview, TestAccounts.person(accounts, "narcotics",
                Groups.NARCOTICS), issue);
        Declarations.runJobs(engine, at.getId());
        attestation = filed.getId();
        attestationNumber = filed.getNumber();

        reviewer = login(TestAccounts.person(accounts, "reviewer", Groups.REVIEWERS));
        declarant = login(TestAccounts.declarant(accounts, establishments, demo));
    }

    @Test
    void ansmGroupsOpenItOthersGetForbiddenAndAWrongIdNotFound() {
        assertThat(reviewer.get(CasePages.path(validated)).status()).isEqualTo(200);
        for (String group : new String[] {Groups.NARCOTICS, Groups.SUPPORT, Groups.ANALYSTS, Groups.ADMINISTRATORS}) {
            assertThat(login(TestAccounts.person(accounts, "ansm", group)).get(CasePages.path(attestation)).status())
                    .as(group).isEqualTo(200);
        }

        WebSession.Page ownEstablishment = declarant.get(CasePages.path(validated));
        assertThat(ownEstablishment.status()).as("a declarant of the case's establishment").isEqualTo(403);
        assertThat(ownEstablishment.body()).contains("Accès refusé").doesNotContain("Dossier Page Artéméther");
        WebSession outsider = login(TestAccounts.person(accounts, "outsider", Groups.DECLARANTS));
        assertThat(outsider.get(CasePages.path(authorisation)).status()).as("just registered").isEqualTo(403);
        assertThat(outsider.get(CasePages.path(999_999_999)).status()).as("whether the case exists or not")
                .isEqualTo(403);
        assertThat(outsider.get(CasePages.path(attestation) + "/attestation.pdf").status()).isEqualTo(403);

        WebSession.Page missing = reviewer.get(CasePages.path(999_999_999));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("Page introuvable");
        WebSession.Page anonymous = new WebSession(base()).get(CasePages.path(validated));
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.location()).endsWith("/login");
    }

    @Test
    void anIdThatIsNotACaseNumberIsAnsweredWithTheApplicationsPageAndTheApiAccountIsNotLetIn() {
        for (String id : new String[] {"abc", "1e3", "-1", "99999999999999999999", "1%27%20OR%201=1"}) {
            WebSession.Page page = reviewer.get(CasePages.PATH + id);
            assertThat(page.status()).as(id).isIn(400, 404);
            assertThat(page.body()).as(id).doesNotContain("Whitelabel", "Exception", "NumberFormat")
                    .contains("lang=\"fr\"");
        }
        WebSession outsider = login(TestAccounts.person(accounts, "outsider", Groups.DECLARANTS));
        WebSession.Page notAnId = outsider.get(CasePages.PATH + "abc");
        assertThat(notAnId.status()).as("not an id: nothing about any case").isIn(400, 403, 404);
        assertThat(notAnId.body()).doesNotContain("Whitelabel", "Exception", "Dossier ");
        // the API account's basic credentials open no web page: at most the login page
        org.springframework.http.ResponseEntity<String> api = rest.withBasicAuth(Declarations.API_CLIENT,
                Declarations.PASSWORD).getForEntity(CasePages.path(validated), String.class);
        assertThat(api.getBody()).as("the API account").doesNotContain("Page Artéméther", "Chronologie");
    }

    @Test
    void anExportDeclarationWithItsDecisionChainDocumentsAndMails() {
        String number = validatedNumber;
        String page = reviewer.get(CasePages.path(validated)).body();
        assertThat(page).contains("Déclaration d&#39;exportation N° " + number, "Remplacée", "depuis le", demoName,
                Declarations.REVIEWER, "Remplacée par la version", CasePages.path(amendment) + "\"", amendmentNumber);
        // the timeline: who, when, what, why; people by their names, as Tasklist shows them, their address on hover
        assertThat(page).contains("Déclaration déposée et enregistrée", "Décision de test");
        String reviewerName = accounts.displayName(Declarations.REVIEWER);
        assertThat(reviewerName).isNotEqualTo(Declarations.REVIEWER);
        assertThat(page).contains("title=\"" + Declarations.REVIEWER + "\">par " + reviewerName + "</span>")
                .as("the header names the reader, their address on hover")
                .containsPattern("id=\"account-name\" title=\"[^\"]+@[^\"]+\">[^<@]+</span>");
        // the validated copy with its verification code and SHA-256; the mails about the case
        assertThat(page).containsPattern("class=\"verification-code\" href=\"/verification/[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}\"")
                .containsPattern("<code class=\"sha256\">[0-9a-f]{64}</code>")
                .contains(Declarations.DECLARANT, "Courriels envoyés").doesNotContain("Aucun courriel envoyé")
                .doesNotContainPattern("&lt;[^&\\s]+@[^&\\s]+&gt;");

        String amending = reviewer.get(CasePages.path(amendment)).body();
        assertThat(amending).contains("Modifie la version", CasePages.path(validated) + "\"", number, "Validée",
                "dei-visee.pdf", Attachments.sha256(COPY));
    }

    /** A case received by e-mail has no filer's account: the page names the support agent who entered it, once. */
    @Test
    void aCaseReceivedByMailNamesTheAgentWhoEnteredIt() {
        Map<String, Object> received = Declarations.with(Declarations.dei(), "senderEmail", "expediteur.page@labo.example",
                "mailReceivedOn", "03/12/2026, « DEI par courriel »");
        received.remove("declarantEmail");
        ProcessInstance intake = Declarations.startAs(engine, Declarations.SUPPORT,
                org.impexflow.exportdeclaration.MailIntakeProcess.KEY, received);
        String number = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(intake.getId()).variableName("declarationNumber").singleResult().getValue();

        String page = reviewer.get(CasePages.path(declarations.byNumber(number).orElseThrow().getId())).body();

        String agent = accounts.displayName(Declarations.SUPPORT);
        assertThat(page).contains("id=\"filed-by\" title=\"" + Declarations.SUPPORT + "\">" + agent
                        + ", support de l&#39;ANSM (dossier reçu par courriel)",
                "Reçue par courriel et saisie par le support de l&#39;ANSM", "title=\"" + Declarations.SUPPORT + "\">("
                        + agent + ")</span>", "expediteur.page@labo.example (03/12/2026")
                .doesNotContain("par " + agent);
        assertThat(page.split("saisi", -1).length - 1).as("who entered it is said once in the timeline, beside the "
                + "register's line").isEqualTo(1);
    }

    /** A reviewer who reached a case from Cockpit or the register goes on to its open tasks in Tasklist. */
    @Test
    void theOpenTasksOfACaseLeadToTasklist() {
        Task review = Declarations.awaitingReview(engine, Declarations.with(Declarations.dei(),
                "medicineName", "Dossier Page Tâche"));
        long filed = declarations.byNumber(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(review.getProcessInstanceId()).singleResult().getBusinessKey()).orElseThrow().getId();
        String page = reviewer.get(CasePages.path(filed)).body();
        assertThat(page).contains("Tâches en cours", review.getName().replace("'", "&#39;"), "– à prendre en charge", "(échéance le ",
                "href=\"/camunda/app/tasklist/default/#/?task=" + review.getId() + "\"");
        // an analyst has no Tasklist: the task is named, without a link that would answer 403
        String analysts = login(TestAccounts.person(accounts, "analyst", Groups.ANALYSTS)).get(CasePages.path(filed))
                .body();
        assertThat(analysts).contains(review.getName().replace("'", "&#39;"), "– à prendre en charge")
                .doesNotContain("?task=" + review.getId());
        assertThat(reviewer.get(CasePages.path(validated)).body()).as("decided, nothing open")
                .contains("Aucune tâche en cours sur ce dossier.");

        // an act proposed on a decision in force waits for its confirmation: listed on the case it acts on
        Map<String, Object> proposal = new HashMap<>(Map.of(CaseActProcess.Vars.CASE_NUMBER, authorisationNumber,
                CaseActProcess.Vars.ACT, "SUSPEND", CaseActProcess.Vars.SUSPENDED_UNTIL,
                LocalDate.now().plusDays(10).toString(), CaseActProcess.Vars.REASONS, "Contrôle du lot en cours.",
                CaseActProcess.Vars.LEGAL_BASIS, "article L.5124-13 du code de la santé publique"));
        ProcessInstance act = Declarations.startAs(engine, Declarations.REVIEWER, CaseActProcess.KEY, proposal);
        Task confirmation = engine.getTaskService().createTaskQuery().processInstanceId(act.getId()).singleResult();
        try {
            assertThat(reviewer.get(CasePages.path(authorisation)).body()).contains(
                    confirmation.getName().replace("'", "&#39;"),
                    "href=\"/camunda/app/tasklist/default/#/?task=" + confirmation.getId() + "\"");
            assertThat(login(TestAccounts.person(accounts, "reviewer", Groups.REVIEWERS))
                    .get(CasePages.path(authorisation) + "?lang=en").body()).contains("Open tasks", "not taken yet");
        } finally {
            engine.getRuntimeService().deleteProcessInstance(act.getId(), "test: the act stays a proposal");
        }
    }

    @Test
    void anImportAuthorisationWithItsCoverLetterAndItsPdf() {
        String page = reviewer.get(CasePages.path(authorisation)).body();
        String coverLetterSha = Attachments.sha256("%PDF-1.4 lettre de demande signée".getBytes(StandardCharsets.UTF_8));
        assertThat(page).contains("Autorisation d&#39;importation N° AI-", "Accordée", "Quantité limitée au besoin du service.",
                "lettre-signee.pdf", "application/pdf", coverLetterSha, "Autorisation d&#39;importation (PDF)")
                .containsPattern("href=\"/verification/[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}\"")
                .doesNotContain("Aucun courriel envoyé");
        assertThat(page).contains(authorisationNumber + " accordée");
    }

    @Test
    void anAnnualDeclarationWithItsTimelineAndDeadline() {
        String page = reviewer.get(CasePages.path(annual)).body();
        assertThat(page).contains("Déclaration annuelle des stupéfiants N° 2025", "Laboratoire Dossier Stupéfiants",
                "Campagne ouverte", "Pas encore de décision.", "Aucun document de décision émis pour l&#39;instant");
        // its deadline is the day its own page and its history give; not submitted: not filed; the system's
        // timeline lines name nobody (they said "par –")
        assertThat(page).contains("<td id=\"due\">15/02/2026</td>", "<td id=\"filed-at\">–</td>")
                .doesNotContain("16/02/2026", "par –");
    }

    @Test
    void aTransportAttestationWithItsPrescriptionPdfAndMails() {
        String page = reviewer.get(CasePages.path(attestation)).body();
        assertThat(page).contains("Attestation de transport N° " + attestationNumber, "Délivrée", "Alice Martin",
                "ordonnance.pdf", Attachments.sha256(PRESCRIPTION), "voyageur.dossier@test.example",
                CasePages.path(attestation) + "/attestation.pdf")
                .containsPattern("href=\"/verification/[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}\"");
        assertThat(reviewer.download(CasePages.path(attestation) + "/attestation.pdf")).startsWith("%PDF".getBytes());
    }

    @Test
    void englishOnRequest() {
        WebSession english = login(TestAccounts.person(accounts, "reviewer", Groups.REVIEWERS));
        assertThat(english.get(CasePages.path(validated) + "?lang=en").body()).contains(
                "Export declaration No. " + validatedNumber, "Validated", "Replaced by the version", "History",
                "Mails sent", "Verification code").doesNotContain("Courriels envoyés", "Remplacée par la version");
    }

    @Test
    void everyCaseProcessCarriesTheAddressOfItsPage() {
        String process = declarations.byNumber(validatedNumber).orElseThrow().getProcessInstanceId();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(process)
                .variableName(CasePages.VARIABLE).singleResult().getValue()).asString()
                .endsWith(CasePages.path(validated));
    }

    /** Cockpit's button on a process instance leads to the case of the process, for ANSM only. */
    @Test
    void fromAProcessInstanceToTheCaseItCarries() {
        String process = declarations.byNumber(validatedNumber).orElseThrow().getProcessInstanceId();
        WebSession.Page found = reviewer.get(CasePages.PATH + "processus/" + process);
        assertThat(found.status()).isEqualTo(302);
        assertThat(found.location()).endsWith(CasePages.path(validated));
        assertThat(declarant.get(CasePages.PATH + "processus/" + process).status()).as("a declarant").isEqualTo(403);
        assertThat(reviewer.get(CasePages.PATH + "processus/no-such-process").status()).isEqualTo(404);
    }

    private WebSession login(String account) {
        WebSession session = new WebSession(base());
        session.logIn(account, TestAccounts.PASSWORD, TestAccounts.SECRET);
        return session;
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
