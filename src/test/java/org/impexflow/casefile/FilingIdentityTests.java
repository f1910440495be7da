package org.impexflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ProcessEngine;
import org.impexflow.account.Accounts;
import org.impexflow.attachment.Attachments;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TestAccounts;
import org.impexflow.support.TestEstablishments;
import org.impexflow.support.WebSession;
import org.impexflow.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who files is the authenticated person or API account, never a variable a caller sets (issue 16,
 * point 2): the attacks of the security review replayed through /engine-rest, Tasklist's API and the
 * engine, and attachment references of another establishment.
 */
@ImpexflowSpringTest
class FilingIdentityTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXPORT_START = "/engine-rest/process-definition/key/export-declaration/start";
    private static final String IMPORT_START = "/engine-rest/process-definition/key/import-authorisation/start";
    private static final String WEBAPP_START =
            "/camunda/api/engine/engine/default/process-definition/key/export-declaration/submit-form";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Accounts accounts;
    @Autowired
    Establishments establishments;
    @Autowired
    Attachments attachments;

    @Test
    void anApiCallCarryingANullInitiatorToFileForAnotherSiretIsRefusedNamingIt() {
        Establishment victim = TestEstablishments.create(establishments, "Laboratoire Victime");
        long before = filings();

        ResponseEntity<Map<String, Object>> answer = post(EXPORT_START, Map.of("variables", variables(
                Declarations.with(Declarations.dei(), "establishmentSiret", victim.getSiret()),
                "initiator", nullValue())));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(answer)).containsExactly("initiator");
        assertThat(filings()).as("nothing stored").isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_file WHERE kind = 'EXPORT_DECLARATION' AND establishment_id = ?",
                Long.class, victim.getId())).isZero();
    }

    @Test
    void anApiCallNamingAnotherPersonAsInitiatorIsRefused() {
        long before = filings();

        ResponseEntity<Map<String, Object>> answer = post(EXPORT_START, Map.of("variables", variables(
                Declarations.dei(), "initiator", Map.of("value", Declarations.DECLARANT))));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(answer)).containsExactly("initiator");
        assertThat(String.valueOf(answer.getBody().get("message"))).contains("initiator");
        assertThat(filings()).isEqualTo(before);
    }

    @Test
    void aStartAtALaterStepThatWouldSkipTheChecksIsRefused() {
        Establishment victim = TestEstablishments.create(establishments, "Laboratoire Victime (instructions)");
        long before = filings();

        ResponseEntity<Map<String, Object>> answer = post(EXPORT_START, Map.of("skipCustomListeners", true,
                "skipIoMappings", true,
                "startInstructions", List.of(Map.of("type", "startBeforeActivity",
                        "activityId", "Task_RegisterDeclaration")),
                "variables", variables(Declarations.with(Declarations.dei(), "establishmentSiret", victim.getSiret()))));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(answer)).containsExactly("startInstructions");
        assertThat(filings()).isEqualTo(before);
    }

    @Test
    void aStartSkippingTheListenersOrNamingACaseInstanceIsRefusedNamingItNotWithTheEnginesError() {
        long before = filings();

        ResponseEntity<Map<String, Object>> skipping = post(EXPORT_START, Map.of("skipCustomListeners", true,
                "skipIoMappings", true, "variables", variables(Declarations.dei())));
        ResponseEntity<Map<String, Object>> attached = post(EXPORT_START, Map.of("caseInstanceId", "abc",
                "variables", variables(Declarations.dei())));

        assertThat(skipping.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(skipping)).containsExactly("skipCustomListeners");
        assertThat(String.valueOf(skipping.getBody().get("message"))).doesNotContain("ENGINE-");
        assertThat(attached.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(attached)).containsExactly("caseInstanceId");
        assertThat(filings()).isEqualTo(before);
    }

    @Test
    void aSupportInterventionNamingAnotherAgentIsRefused() {
        String agent = TestAccounts.person(accounts, "support", "ansm-support");
        assertThatThrownBy(() -> Declarations.startAs(engine, agent, "account-support", Map.of(
                "accountEmail", Declarations.DECLARANT, "supportAction", "UNLOCK", "supportReason", "appel",
                "supportAgent", "someone.else@ansm.example")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
                        .extracting(e -> e.field()).containsExactly("supportAgent"));

        String started = Declarations.startAs(engine, agent, "account-support", Map.of(
                "accountEmail", Declarations.DECLARANT, "supportAction", "UNLOCK", "supportReason", "appel"))
                .getId();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(started)
                .variableName("supportAgent").singleResult().getValue()).isEqualTo(agent);
    }

    @Test
    void anImportRequestCarryingAnInitiatorIsRefused() {
        Establishment victim = TestEstablishments.create(establishments, "Laboratoire Victime AI");
        Map<String, Object> request = new HashMap<>(Declarations.importRequest());
        request.remove("coverLetter");
        request.put("establishmentSiret", victim.getSiret());
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM import_authorisation", Long.class);

        ResponseEntity<Map<String, Object>> answer = post(IMPORT_START, Map.of("variables", variables(request,
                "quantity", Map.of("value", 15, "type", "Long"), "initiator", nullValue(),
                "coverLetter", Map.of("type", "File", "value", "JVBERi0xLjQ=",
                        "valueInfo", Map.of("filename", "lettre.pdf", "mimeType", "application/pdf")))));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(answer)).containsExactly("initiator");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM import_authorisation", Long.class)).isEqualTo(before);
    }

    @Test
    void aDeclarantCannotFileForAnotherEstablishmentThroughTasklistsStartForm() throws Exception {
        Establishment own = TestEstablishments.create(establishments, "Laboratoire de l'attaquant");
        String attacker = TestAccounts.declarant(accounts, establishments, own);
        WebSession session = new WebSession("http://localhost:" + port);
        assertThat(session.logIn(attacker, TestAccounts.PASSWORD, TestAccounts.SECRET).status()).isEqualTo(302);
        long before = filings();

        Map<String, Object> forged = new HashMap<>(variables(Declarations.with(Declarations.dei(),
                "declarantEmail", attacker), "initiator", nullValue()));
        WebSession.Page answer = session.webapp("POST", WEBAPP_START,
                JSON.writeValueAsString(Map.of("variables", forged)));

        assertThat(answer.status()).as(answer.body()).isNotIn(200, 204);
        assertThat(answer.body()).contains("initiator");
        assertThat(filings()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM export_declaration d JOIN case_file c ON c.id = d.id JOIN establishment e "
                + "ON e.id = c.establishment_id WHERE d.declarant_email = ?", Long.class, attacker)).isZero();
    }

    @Test
    void aStartWithoutAnAuthenticatedPersonIsRefused() {
        long before = filings();
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("export-declaration",
                Declarations.dei()))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
                        .extracting(e -> e.field()).containsExactly("initiator"));
        assertThat(filings()).isEqualTo(before);
    }

    @Test
    void whoFiledIsTheAuthenticatedAccount() {
        String number = Declarations.startAs(engine, Declarations.API_CLIENT, "export-declaration",
                Declarations.dei()).getBusinessKey();
        assertThat(jdbc.queryForObject("SELECT filed_by FROM case_file WHERE case_number = ?",
                String.class, number)).isEqualTo(Declarations.API_CLIENT);
    }

    @Test
    void anAttachmentUploadedByAnotherEstablishmentCannotBeFiled() {
        Establishment other = TestEstablishments.create(establishments, "Laboratoire Tiers");
        String stranger = TestAccounts.declarant(accounts, establishments, other);
        String reference = attachments.store(stranger, "certificat.pdf", "application/pdf",
                "%PDF-1.4 certificat".getBytes(StandardCharsets.US_ASCII)).getReference();
        long before = filings();

        assertThatThrownBy(() -> Declarations.startAs(engine, Declarations.DECLARANT, "export-declaration",
                Declarations.with(Declarations.dei(), "otherDocuments", reference)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
                        .extracting(e -> e.field()).containsExactly("otherDocuments"));
        assertThat(filings()).isEqualTo(before);
        assertThat(attachments.byReference(reference).orElseThrow().isLinked()).isFalse();
    }

    /**
     * One uploaded file given for two fields (the ESB certificate and the other documents) was filed, joined to
     * the case once under the kind of the last field: a certificate required by the filing ended as "another
     * document". Refused on the later field, naming the reference; nothing filed or joined.
     */
    @Test
    void aFileGivenTwiceInOneFilingIsRefusedOnTheLaterFieldNamingItsReference() {
        String reference = attachments.store(Declarations.DECLARANT, "certificat-esb.pdf", "application/pdf",
                "%PDF-1.4 certificat".getBytes(StandardCharsets.US_ASCII)).getReference();
        String letter = attachments.store(Declarations.DECLARANT, "lettre.pdf", "application/pdf",
                "%PDF-1.4 lettre".getBytes(StandardCharsets.US_ASCII)).getReference();
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Long.class);
        Map<String, Object> twoFields = Declarations.with(Declarations.dei(), "containsAnimalOriginSubstances", true,
                "esbCertificate", reference, "otherDocuments", letter + ", " + reference.toLowerCase(Locale.ROOT));

        assertThatThrownBy(() -> Declarations.startAs(engine, Declarations.DECLARANT, "export-declaration",
                twoFields)).isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(
                        refused.errors()).singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("otherDocuments");
                            assertThat(error.message()).contains(reference, "donnée deux fois");
                        }));
        assertThatThrownBy(() -> Declarations.startAs(engine, Declarations.DECLARANT, "import-authorisation",
                Declarations.with(Declarations.importRequest(), "coverLetter", reference, "otherDocuments", reference)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
                        .extracting(e -> e.field()).containsExactly("otherDocuments"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Long.class)).isEqualTo(before);
        assertThat(attachments.byReference(reference).orElseThrow().isLinked()).isFalse();
        assertThat(attachments.byReference(letter).orElseThrow().isLinked()).isFalse();
    }

    @Test
    void anAttachmentUploadedByAColleagueOfTheSameEstablishmentIsFiled() {
        Establishment demo = establishments.bySiret(Declarations.DEMO_SIRET).orElseThrow();
        String colleague = TestAccounts.declarant(accounts, establishments, demo);
        String reference = attachments.store(colleague, "lettre.pdf", "application/pdf",
                "%PDF-1.4 lettre".getBytes(StandardCharsets.US_ASCII)).getReference();

        String number = Declarations.startAs(engine, Declarations.DECLARANT, "export-declaration",
                Declarations.with(Declarations.dei(), "otherDocuments", reference)).getBusinessKey();

        assertThat(jdbc.queryForObject("SELECT d.case_number FROM attachment a JOIN case_file d "
                + "ON a.declaration_id = d.id WHERE a.reference = ?", String.class, reference)).isEqualTo(number);
    }

    @Test
    void anApiFilingThatNamesAnAddressOutsideTheEstablishmentAsDeclarantIsRefusedNamingTheField() {
        Establishment other = TestEstablishments.create(establishments, "Laboratoire Voisin");
        String neighbour = TestAccounts.declarant(accounts, establishments, other);
        long before = filings();

        for (String address : List.of("anyone@elsewhere.example", neighbour)) {
            ResponseEntity<Map<String, Object>> answer = post(EXPORT_START, Map.of("variables", variables(
                    Declarations.with(Declarations.dei(), "declarantEmail", address))));

            assertThat(answer.getStatusCode()).as(address).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(fields(answer)).containsExactly("declarantEmail");
            assertThat(String.valueOf(answer.getBody().get("message")))
                    .contains(address + " n'est pas l'adresse d'un compte de l'établissement Laboratoire Démo");
        }
        assertThat(filings()).as("nothing stored").isEqualTo(before);
        assertThat(engine.getTaskService().createTaskQuery().taskAssignee(neighbour).count())
                .as("no task of the demo establishment's cases given to the neighbour").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sent_mail WHERE recipient IN (?, ?)", Long.class,
                "anyone@elsewhere.example", neighbour)).isZero();
    }

    @Test
    void anApiFilingNamesAColleagueOfTheEstablishmentAsDeclarant() {
        Establishment demo = establishments.bySiret(Declarations.DEMO_SIRET).orElseThrow();
        String colleague = TestAccounts.declarant(accounts, establishments, demo);

        ResponseEntity<Map<String, Object>> answer = post(EXPORT_START, Map.of("variables", variables(
                Declarations.with(Declarations.dei(), "declarantEmail", colleague.toUpperCase(java.util.Locale.ROOT)))));

        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private long filings() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM export_declaration", Long.class);
    }

    private static Map<String, Object> nullValue() {
        Map<String, Object> value = new HashMap<>();
        value.put("value", null);
        value.put("type", "Null");
        return value;
    }

    private ResponseEntity<Map<String, Object>> post(String path, Map<String, Object> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(Declarations.API_CLIENT, Declarations.PASSWORD).exchange(path, HttpMethod.POST,
                new HttpEntity<>(body, headers), new ParameterizedTypeReference<Map<String, Object>>() {
                });
    }

    private static List<Object> fields(ResponseEntity<Map<String, Object>> answer) {
        assertThat(answer.getBody()).as("a body naming the fields").containsKey("errors");
        return ((List<?>) answer.getBody().get("errors")).stream().map(e -> ((Map<?, ?>) e).get("field"))
                .map(Object.class::cast).toList();
    }

    private static Map<String, Object> variables(Map<String, Object> values, Object... extra) {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        for (int i = 0; i < extra.length; i += 2) {
            variables.put((String) extra[i], extra[i + 1]);
        }
        return variables;
    }

}
