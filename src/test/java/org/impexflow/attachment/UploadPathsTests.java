package org.impexflow.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.impexflow.support.Declarations.API_CLIENT;
import static org.impexflow.support.Declarations.DECLARANT;
import static org.impexflow.support.Declarations.PASSWORD;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.impexflow.account.Accounts;
import org.impexflow.establishment.Establishments;
import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.RealFiles;
import org.impexflow.support.TestAccounts;
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
 * Files are what they say, on every path a file enters by (docs/security.md, "Files"): real PDF, PNG,
 * JPEG, XLSX and mails are stored with the type found in their content and their SHA-256; a Windows
 * program, an HTML page, a plain ZIP named .xlsx are refused naming the field, and no row is stored.
 */
@ImpexflowSpringTest
class UploadPathsTests {

    private static final String FORM_UPLOAD = "/pieces-jointes/formulaire";
    private static final String START = "/engine-rest/process-definition/key/export-declaration/start";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

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

    @Test
    void theFormsButtonStoresRealFilesWithTheirDetectedTypeAndHashAndRefusesTheRest() {
        WebSession session = declarant();
        Map<String, byte[]> accepted = Map.of("certificat.pdf", RealFiles.pdf(), "scan.png", RealFiles.png(),
                "photo.jpg", RealFiles.jpeg(), "lots.xlsx", RealFiles.xlsx());
        Map<String, String> types = Map.of("certificat.pdf", "application/pdf", "scan.png", "image/png",
                "photo.jpg", "image/jpeg", "lots.xlsx", XLSX);
        accepted.forEach((name, content) -> {
            WebSession.Page answer = session.uploadAsWebapp(FORM_UPLOAD, "file", name, content, true);
            assertThat(answer.status()).as(name).isEqualTo(201);
            String reference = answer.body().replaceAll(".*\"reference\":\"(PJ-[A-Z0-9-]+)\".*", "$1");
            assertThat(answer.body()).contains("\"sha256\":\"" + sha256(content) + "\"");
            assertThat(stored(reference)).as(name + ", sent as application/octet-stream")
                    .containsEntry("content_type", types.get(name)).containsEntry("sha256", sha256(content));
        });

        long before = attachments();
        Map<String, byte[]> refused = Map.of("lettre.pdf", RealFiles.exe(), "outil.exe", RealFiles.exe(),
                "page.html", RealFiles.html(), "certificat.pdf", RealFiles.html(), "lots.xlsx", RealFiles.plainZip());
        refused.forEach((name, content) -> {
            WebSession.Page answer = session.uploadAsWebapp(FORM_UPLOAD, "file", name, content, true);
            assertThat(answer.status()).as(name).isEqualTo(400);
            assertThat(answer.body()).contains("\"code\":\"TYPE_REFUSED\"", "\"field\":\"Pièce jointe\"",
                    "le fichier « " + name + " » n'est pas accepté");
        });
        assertThat(attachments()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void aFileNameWithControlOrInvisibleCharactersIsStoredWithoutThem() {
        WebSession session = declarant();
        for (String[] names : new String[][] {{"facture\u202Etxt.pdf", "facture_txt.pdf"}, {"scan\u0007.pdf", "scan_.pdf"}}) {
            WebSession.Page answer = session.uploadAsWebapp(FORM_UPLOAD, "file", names[0], RealFiles.pdf(), true);

            assertThat(answer.status()).as(names[1] + " " + answer.body()).isEqualTo(201);
            assertThat(answer.body()).contains("\"fileName\":\"" + names[1] + "\"");
        }
        long before = attachments();
        // a NUL the container cannot read in a name: refused as any other file, not a server error
        WebSession.Page nul = session.uploadAsWebapp(FORM_UPLOAD, "file", "scan\u0000.pdf", RealFiles.pdf(), true);
        assertThat(nul.status()).as(nul.body()).isEqualTo(400);
        assertThat(nul.body()).contains("\"code\":\"NAME_REFUSED\"", "caractère interdit");
        // a name too long for the container's part headers: said so, not "over 20 MB"
        WebSession.Page longName = session.uploadAsWebapp(FORM_UPLOAD, "file", "a".repeat(600) + ".pdf", RealFiles.pdf(),
                true);
        assertThat(longName.status()).as(longName.body()).isEqualTo(400);
        assertThat(longName.body()).contains("\"code\":\"NAME_REFUSED\"", "trop long").doesNotContain("20 Mo");
        // not a multipart request: the client's error
        WebSession.Page json = session.webapp("POST", FORM_UPLOAD, "{}");
        assertThat(json.status()).as(json.body()).isEqualTo(400);
        assertThat(json.body()).contains("\"code\":\"UNREADABLE\"");
        assertThat(attachments()).isEqualTo(before);
    }

    @Test
    void aFileOverTwentyMegabytesIsRefusedOnTheFormsButtonAsAnyOtherFile() {
        WebSession session = declarant();
        long before = attachments();
        byte[] large = java.util.Arrays.copyOf(RealFiles.pdf(), (int) Attachments.MAX_SIZE + 1024 * 1024);

        WebSession.Page button = session.uploadAsWebapp(FORM_UPLOAD, "file", "scan-complet.pdf", large, true);

        assertThat(button.status()).isEqualTo(400);
        assertThat(button.body()).contains("\"code\":\"TOO_LARGE\"", "\"field\":\"Pièce jointe\"", "dépasse 20 Mo");
        assertThat(attachments()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void thePageRefusesAProgramNamedPdfNamingTheFieldAndListsAcceptedFilesWithTheirHash() {
        WebSession session = declarant();
        long before = attachments();
        session.upload("/pieces-jointes", "/pieces-jointes", Map.of(), "files", "certificat.pdf", RealFiles.exe());
        assertThat(session.get("/pieces-jointes").body())
                .contains("« Pièce jointe » : le fichier « certificat.pdf » n&#39;est pas accepté");
        assertThat(attachments()).isEqualTo(before);

        byte[] png = RealFiles.png();
        session.upload("/pieces-jointes", "/pieces-jointes", Map.of(), "files", "scan.png", png);
        assertThat(attachments()).isEqualTo(before + 1);
        assertThat(session.get("/pieces-jointes").body()).contains(sha256(png), "image/png");
    }

    @Test
    void aFileVariableAtTheStartIsCheckedByItsContentForItsFieldAndStoredWithTheDetectedType() {
        long declarations = count("export_declaration");
        long before = attachments();
        for (Object[] refused : List.of(
                new Object[] {"esbCertificate", "certificat.pdf", RealFiles.exe()},
                new Object[] {"esbCertificate", "certificat.xlsx", RealFiles.xlsx()},
                new Object[] {"otherDocuments", "lots.xlsx", RealFiles.plainZip()},
                new Object[] {"otherDocuments", "notice.pdf", RealFiles.html()})) {
            ResponseEntity<Map<String, Object>> answer = start(Map.of((String) refused[0],
                    file((String) refused[1], "application/pdf", (byte[]) refused[2])));
            assertThat(answer.getStatusCode()).as(refused[1].toString()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat((List<?>) answer.getBody().get("errors")).extracting("field").containsExactly(refused[0]);
            assertThat((String) answer.getBody().get("message")).contains((String) refused[1]);
        }
        assertThat(count("export_declaration")).isEqualTo(declarations);
        assertThat(attachments()).isEqualTo(before);

        byte[] png = RealFiles.png();
        byte[] xlsx = RealFiles.xlsx();
        ResponseEntity<Map<String, Object>> filed = start(Map.of(
                "esbCertificate", file("certificat.png", "application/pdf", png),
                "otherDocuments", file("lots.xlsx", "application/zip", xlsx)));
        assertThat(filed.getStatusCode()).as(String.valueOf(filed.getBody())).isEqualTo(HttpStatus.OK);
        String number = (String) filed.getBody().get("businessKey");
        List<Map<String, Object>> files = jdbc.queryForList("SELECT a.file_name, a.content_type, a.sha256 "
                + "FROM attachment a JOIN case_file d ON a.declaration_id = d.id "
                + "WHERE d.case_number = ? ORDER BY a.file_name", number);
        assertThat(files).extracting(f -> f.get("content_type"))
                .containsExactly("image/png", XLSX);
        assertThat(files).extracting(f -> f.get("sha256"))
                .containsExactly(sha256(png), sha256(xlsx));
    }

    @Test
    void aFilingCarriesFilesInItsFileFieldsOnlyAndNoOtherBinaryNorTheCasePage() {
        long declarations = count("export_declaration");
        long processes = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("export-declaration").count();
        List<Map<String, Object>> refused = List.of(
                Map.of("notes", file("notes.html", "text/html", RealFiles.html())),
                Map.of("notes", file("notes.pdf", "application/pdf", RealFiles.pdf())),
                Map.of("blob", Map.of("type", "Bytes", "value", Base64.getEncoder().encodeToString(new byte[1024]))),
                Map.of("casePage", Map.of("value", "http://evil.example/")),
                Map.of("notes", Map.of("value", "x".repeat(5 * 1024 * 1024))));
        for (Map<String, Object> extra : refused) {
            String name = extra.keySet().iterator().next();
            ResponseEntity<Map<String, Object>> answer = start(extra);

            assertThat(answer.getStatusCode()).as(name + " " + answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat((List<?>) answer.getBody().get("errors")).extracting("field").containsExactly(name);
            assertThat((String) answer.getBody().get("message")).contains(name).doesNotContain("ENGINE-");
        }
        assertThat(count("export_declaration")).isEqualTo(declarations);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("export-declaration")
                .count()).isEqualTo(processes);
    }

    @Test
    void aFileVariableAtATasksCompletionIsCheckedAndStoredAsTheAnswersFile() {
        ProcessInstance pi = Declarations.fileAs(engine, DECLARANT, Declarations.dei());
        Declarations.decide(engine, pi, "REQUEST_COMPLEMENT");
        String task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_ProvideComplement").singleResult().getId();
        long before = attachments();

        ResponseEntity<Map<String, Object>> refused = complete(task, file("analyse.pdf", "application/pdf",
                RealFiles.html()));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<?>) refused.getBody().get("errors")).extracting("field").containsExactly("complementFiles");
        assertThat((String) refused.getBody().get("message")).contains("analyse.pdf");
        assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult()).as("still open").isNotNull();
        assertThat(attachments()).isEqualTo(before);
        assertThat(count("ACT_GE_BYTEARRAY WHERE NAME_ = 'complementFiles'")).as("not even the engine's copy")
                .isZero();

        byte[] xlsx = RealFiles.xlsx();
        ResponseEntity<Map<String, Object>> answered = complete(task, file("analyses.xlsx", "text/html", xlsx));
        assertThat(answered.getStatusCode()).as(String.valueOf(answered.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
        Map<String, Object> stored = jdbc.queryForMap("SELECT a.content_type, a.sha256, a.kind FROM attachment a "
                + "JOIN case_file d ON a.declaration_id = d.id WHERE d.case_number = ? "
                + "AND a.file_name = 'analyses.xlsx'", pi.getBusinessKey());
        assertThat(stored.values()).containsExactly(XLSX, sha256(xlsx), "COMPLEMENT");
    }

    @Test
    void aFileSentWithAMailIntakeIsCheckedByItsContentAndJoinsTheDeclaration() {
        long before = attachments();
        assertThatThrownBy(() -> Declarations.startAs(engine, Declarations.SUPPORT, "export-declaration-mail-intake",
                mailIntake(Variables.fileValue("courriel.eml").file(RealFiles.exe()).mimeType("message/rfc822")
                        .create()))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).concerns("receivedFiles")).isTrue())
                .hasMessageContaining("courriel.eml");
        assertThat(attachments()).isEqualTo(before);

        byte[] mail = RealFiles.eml();
        ProcessInstance intake = Declarations.startAs(engine, Declarations.SUPPORT, "export-declaration-mail-intake",
                mailIntake(Variables.fileValue("courriel.eml").file(mail).mimeType("text/plain").create()));
        String number = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(intake.getId()).variableName("declarationNumber").singleResult().getValue();
        Map<String, Object> stored = jdbc.queryForMap("SELECT a.content_type, a.sha256 FROM attachment a "
                + "JOIN case_file d ON a.declaration_id = d.id WHERE d.case_number = ?", number);
        assertThat(stored.values()).containsExactly("message/rfc822", sha256(mail));
    }

    private Map<String, Object> mailIntake(Object files) {
        Map<String, Object> v = Declarations.with(Declarations.dei(), "medicineName", "Reçue par courriel",
                "senderEmail", "expediteur@labo.example", "mailReceivedOn", "25/11/2026");
        v.remove("declarantEmail");
        v.put("receivedFiles", files);
        return v;
    }

    private ResponseEntity<Map<String, Object>> start(Map<String, Object> files) {
        Map<String, Object> variables = new HashMap<>();
        Declarations.dei().forEach((name, value) -> variables.put(name, Map.of("value", value)));
        variables.putAll(files);
        return rest.withBasicAuth(API_CLIENT, PASSWORD).exchange(START, HttpMethod.POST,
                new HttpEntity<>(Map.of("variables", variables), json()), JSON);
    }

    private ResponseEntity<Map<String, Object>> complete(String task, Map<String, Object> file) {
        Map<String, Object> variables = Map.of("complementAnswer", Map.of("value", "Les analyses demandées."),
                "complementFiles", file);
        return rest.withBasicAuth(API_CLIENT, PASSWORD).exchange("/engine-rest/task/" + task + "/complete",
                HttpMethod.POST, new HttpEntity<>(Map.of("variables", variables), json()), JSON);
    }

    private static Map<String, Object> file(String name, String claimedType, byte[] content) {
        return Map.of("type", "File", "value", Base64.getEncoder().encodeToString(content),
                "valueInfo", Map.of("filename", name, "mimeType", claimedType));
    }

    private static HttpHeaders json() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    private WebSession declarant() {
        String email = TestAccounts.declarant(accounts, establishments, establishments.ofUser(DECLARANT).orElseThrow());
        WebSession session = new WebSession("http://localhost:" + port);
        session.logIn(email, TestAccounts.PASSWORD, TestAccounts.SECRET);
        return session;
    }

    /** Its columns by name, whatever their case. */
    private Map<String, Object> stored(String reference) {
        return jdbc.queryForMap("SELECT content_type, sha256 FROM attachment WHERE reference = ?", reference);
    }

    private long attachments() {
        return count("attachment");
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    /** Computed here, not by the code under test. */
    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
