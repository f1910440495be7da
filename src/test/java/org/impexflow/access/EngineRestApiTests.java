package org.impexflow.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impexflow.support.Declarations.API_CLIENT;
import static org.impexflow.support.Declarations.PASSWORD;

import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The process contract of docs/api.md, through /engine-rest, as an establishment's system uses it. */
@ImpexflowSpringTest
class EngineRestApiTests {

    private static final String START = "/engine-rest/process-definition/key/export-declaration/start";
    private static final String IMPORT_START = "/engine-rest/process-definition/key/import-authorisation/start";
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anonymousCallsAreRefused() {
        ResponseEntity<String> answer = rest.getForEntity("/engine-rest/process-definition", String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        assertThat(rest.withBasicAuth(API_CLIENT, "wrong password")
                .getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void apiClientFilesADeclarationWithAnAttachedFileAndGetsItsNumber() {
        Map<String, Object> body = Map.of("withVariablesInReturn", true, "variables", variables(Declarations.dei(),
                "otherDocuments", Map.of("type", "File",
                        "value", Base64.getEncoder().encodeToString(org.impexflow.support.RealFiles.pdf()),
                        "valueInfo", Map.of("filename", "lettre.pdf", "mimeType", "text/plain"))));

        ResponseEntity<Map<String, Object>> answer = post(API_CLIENT, body);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        String number = (String) answer.getBody().get("businessKey");
        assertThat(number).matches("\\d{4}-\\d{2}-\\d{4}");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> returned = (Map<String, Map<String, Object>>) answer.getBody().get("variables");
        assertThat(returned.get("declarationNumber").get("value")).isEqualTo(number);
        assertThat(returned.get("declarationStatus").get("value")).isEqualTo("FILED");
        assertThat(jdbc.queryForObject("SELECT a.file_name FROM attachment a JOIN case_file d "
                + "ON a.declaration_id = d.id WHERE d.case_number = ?", String.class, number))
                .isEqualTo("lettre.pdf");
        assertThat(jdbc.queryForObject("SELECT a.content_type FROM attachment a JOIN case_file d "
                + "ON a.declaration_id = d.id WHERE d.case_number = ?", String.class, number))
                .as("the type of its content, not the one claimed").isEqualTo("application/pdf");

        ResponseEntity<List<Map<String, Object>>> instances = rest.withBasicAuth(API_CLIENT, PASSWORD).exchange(
                "/engine-rest/process-instance?businessKey=" + number, HttpMethod.GET, null,
                new ParameterizedTypeReference<>() {
                });
        assertThat(instances.getBody()).as("the establishment reads its own case").hasSize(1);
    }

    @Test
    void refusedFilingAnswers400NamingTheFields() {
        Map<String, Object> filing = new HashMap<>(Declarations.dei());
        filing.remove("medicineName");
        filing.put("destinationCountry", "XX");
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM export_declaration", Long.class);

        ResponseEntity<Map<String, Object>> answer = post(API_CLIENT, Map.of("variables", variables(filing)));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) answer.getBody().get("message")).contains("medicineName", "destinationCountry");
        assertThat((List<?>) answer.getBody().get("errors")).extracting("field")
                .containsExactlyInAnyOrder("medicineName", "destinationCountry");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM export_declaration", Long.class)).isEqualTo(before);
    }

    /**
     * The planned date of the first export may come as the API's type Date (read in Paris time); one already
     * past is refused naming it, without explanation, and nothing is stored.
     */
    @Test
    void theFirstExportDateMayBeADateAndAPastOneIsRefusedNamingIt() {
        Map<String, Object> filing = new HashMap<>(Declarations.dei());
        filing.remove("firstExportDate");
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM export_declaration", Long.class);
        ResponseEntity<Map<String, Object>> past = post(API_CLIENT, Map.of("variables", variables(filing,
                "firstExportDate", Map.of("value", "2020-01-15T10:00:00.000+0100", "type", "Date"))));
        assertThat(past.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<?>) past.getBody().get("errors")).extracting("field").containsExactly("firstExportDate");
        assertThat((String) past.getBody().get("message")).contains("15/01/2020", "est passée");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM export_declaration", Long.class)).isEqualTo(before);

        java.time.LocalDate planned = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusMonths(3);
        ResponseEntity<Map<String, Object>> filed = post(API_CLIENT, Map.of("variables", variables(filing,
                "firstExportDate", Map.of("value", planned + "T00:30:00.000+0100", "type", "Date"))));
        assertThat(filed.getStatusCode()).as(String.valueOf(filed.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForObject("SELECT d.first_export_date FROM export_declaration d JOIN case_file c "
                + "ON c.id = d.id WHERE c.case_number = ?", java.sql.Date.class, filed.getBody().get("businessKey"))
                .toLocalDate()).as("the day in Paris").isEqualTo(planned);
    }

    @Test
    void anotherEstablishmentsSiretIsRefused() {
        ResponseEntity<Map<String, Object>> answer = post(API_CLIENT, Map.of("variables", variables(
                Declarations.with(Declarations.dei(), "establishmentSiret", "73282932000074"))));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<?>) answer.getBody().get("errors")).extracting("field").containsExactly("establishmentSiret");
    }

    /** A task listener's refusal reaches the caller unwrapped, not as the engine's ENGINE-03051 with a 500. */
    @Test
    void aComplementRefusedByItsTaskListenerAnswers400NamingTheField() {
        org.camunda.bpm.engine.runtime.ProcessInstance pi = Declarations.fileAs(engine, Declarations.DECLARANT,
                Declarations.dei());
        Declarations.decide(engine, pi, "REQUEST_COMPLEMENT");
        String task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_ProvideComplement").singleResult().getId();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<Map<String, Object>> answer = rest.withBasicAuth(API_CLIENT, PASSWORD).exchange(
                "/engine-rest/task/" + task + "/complete", HttpMethod.POST,
                new HttpEntity<>("{\"variables\":{\"complementAnswer\":{\"value\":\"\"}}}", headers), JSON);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) answer.getBody().get("message")).startsWith("Le complément ne peut pas être envoyé.")
                .doesNotContain("ENGINE-", "TaskListener");
        assertThat((List<?>) answer.getBody().get("errors")).extracting("field").containsExactly("complementAnswer");
        assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult()).as("still open").isNotNull();
    }

    @Test
    void apiClientRequestsAnImportAuthorisationWithItsCoverLetter() {
        Map<String, Object> request = new HashMap<>(Declarations.importRequest());
        request.remove("establishmentSiret");
        request.remove("declarantEmail");
        request.remove("coverLetter");
        Map<String, Object> body = Map.of("withVariablesInReturn", true, "variables", variables(request,
                "declarantEmail", Map.of("value", Declarations.DECLARANT),
                "quantity", Map.of("value", 15, "type", "Long"),
                "coverLetter", Map.of("type", "File",
                        "value", Base64.getEncoder().encodeToString("%PDF-1.4 lettre signée".getBytes()),
                        "valueInfo", Map.of("filename", "lettre-signee.pdf", "mimeType", "application/pdf"))));

        ResponseEntity<Map<String, Object>> answer = post(API_CLIENT, IMPORT_START, body);

        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
        String number = (String) answer.getBody().get("businessKey");
        assertThat(number).matches("AI-\\d{4}-\\d{2}-\\d{4}");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> returned = (Map<String, Map<String, Object>>) answer.getBody().get("variables");
        assertThat(returned.get("authorisationNumber").get("value")).isEqualTo(number);
        assertThat(returned.get("authorisationStatus").get("value")).isEqualTo("FILED");
        assertThat(jdbc.queryForObject("SELECT a.file_name FROM attachment a JOIN case_file i "
                + "ON a.import_authorisation_id = i.id WHERE i.case_number = ?", String.class, number))
                .isEqualTo("lettre-signee.pdf");
        assertThat(jdbc.queryForObject("SELECT declarant_email FROM import_authorisation a JOIN case_file c ON c.id = a.id WHERE c.case_number = ?",
                String.class, number)).isEqualTo(Declarations.DECLARANT);
    }

    @Test
    void refusedImportRequestAnswers400NamingTheFields() {
        Map<String, Object> request = new HashMap<>(Declarations.importRequest());
        request.remove("coverLetter");
        request.put("quantityMode", "SERIES");
        request.put("purpose", "OTHER");
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM import_authorisation", Long.class);

        ResponseEntity<Map<String, Object>> answer = post(API_CLIENT, IMPORT_START, Map.of("variables",
                variables(request)));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<?>) answer.getBody().get("errors")).extracting("field")
                .containsExactlyInAnyOrder("plannedOperations", "purposeDetails", "coverLetter");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM import_authorisation", Long.class)).isEqualTo(before);
    }

    @Test
    void aPersonsPasswordAloneOpensNothingOnTheRestApi() {
        for (String person : List.of("declarant@labo.example", "analyst@ansm.example", "reviewer@ansm.example",
                "admin@ansm.example")) {
            assertThat(rest.withBasicAuth(person, PASSWORD).getForEntity("/engine-rest/process-definition",
                    String.class).getStatusCode()).as(person).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(post(person, Map.of("variables", variables(Declarations.dei()))).getStatusCode()).as(person)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void anObjectVariableIsRefusedNamingItRatherThanWithTheEnginesError() {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM export_declaration", Long.class);
        for (String format : List.of("application/x-java-serialized-object", "application/json")) {
            ResponseEntity<Map<String, Object>> answer = post(API_CLIENT, Map.of("variables", variables(
                    Declarations.dei(), "medicineName", Map.of("type", "Object", "value", "\"Doliprane\"",
                            "valueInfo", Map.of("objectTypeName", "java.lang.String",
                                    "serializationDataFormat", format)))));

            assertThat(answer.getStatusCode()).as(format).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(((List<?>) answer.getBody().get("errors")).stream().map(e -> (Object) ((Map<?, ?>) e).get("field")))
                    .containsExactly("medicineName");
            assertThat(String.valueOf(answer.getBody().get("message"))).contains("type « Object » refusé")
                    .doesNotContain("ENGINE-", "serializ");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM export_declaration", Long.class)).isEqualTo(before);
    }

    @Test
    void aFilingCarriesItsFormsFieldsOnlyNotExtraVariables() {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM export_declaration", Long.class);
        long variablesBefore = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_VARIABLE", Long.class);

        ResponseEntity<Map<String, Object>> one = post(API_CLIENT, Map.of("variables", variables(Declarations.dei(),
                "notes", Map.of("value", "<script>alert(1)</script>"))));
        assertThat(one.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(((List<?>) one.getBody().get("errors")).stream().map(e -> (Object) ((Map<?, ?>) e).get("field")))
                .containsExactly("notes");
        assertThat(String.valueOf(one.getBody().get("message"))).contains("variable inconnue : « notes »");

        Map<String, Object> many = new HashMap<>();
        for (int i = 0; i < 1000; i++) {
            many.put("v%04d".formatted(i), Map.of("value", "B".repeat(3999)));
        }
        ResponseEntity<Map<String, Object>> flood = post(API_CLIENT, Map.of("variables",
                variables(Declarations.dei(), many.entrySet().stream()
                        .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray())));
        assertThat(flood.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(String.valueOf(flood.getBody().get("message"))).contains("variables envoyées : le dépôt en prend");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM export_declaration", Long.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_VARIABLE", Long.class))
                .as("nothing stored by the engine").isLessThan(variablesBefore + 100);
    }

    @Test
    void aTextFieldTakesATextNotANumberADateOrABoolean() {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM export_declaration", Long.class);
        for (Map<String, Object> typed : List.<Map<String, Object>>of(
                Map.of("value", "2027-01-01T00:00:00.000+0000", "type", "Date"), Map.of("value", 5, "type", "Integer"),
                Map.of("value", 5.5, "type", "Double"), Map.of("value", true, "type", "Boolean"))) {
            ResponseEntity<Map<String, Object>> answer = post(API_CLIENT, Map.of("variables", variables(Declarations.dei(),
                    "medicineName", typed)));

            assertThat(answer.getStatusCode()).as(typed.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(((List<?>) answer.getBody().get("errors")).stream().map(e -> (Object) ((Map<?, ?>) e).get("field")))
                    .containsExactly("medicineName");
            assertThat(String.valueOf(answer.getBody().get("message"))).contains("un texte est attendu");
        }
        for (String type : List.of("", "OBJECT", "Json", "Xml", "Foo")) {
            ResponseEntity<Map<String, Object>> answer = post(API_CLIENT, Map.of("variables", variables(
                    Declarations.dei(), "medicineName", Map.of("type", type, "value", "Doliprane"))));
            assertThat(answer.getStatusCode()).as("type '" + type + "'").isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(String.valueOf(answer.getBody().get("message"))).contains("medicineName")
                    .doesNotContain("Exception", "Unsupported", "Cannot");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM export_declaration", Long.class)).isEqualTo(before);
    }

    @Test
    void aBodyLargerThanAFilingsFilesIsRefusedBeforeItIsRead() throws Exception {
        String credentials = "Basic " + Base64.getEncoder().encodeToString((API_CLIENT + ":" + PASSWORD)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        long limit = 60L * 1024 * 1024;
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM export_declaration", Long.class);

        // a declared length: answered from the request's headers, before any of its body is read
        String declared;
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("POST " + START + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                    + credentials + "\r\nContent-Type: application/json\r\nContent-Length: " + (limit + 1)
                    + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.setSoTimeout(30_000);
            java.io.Reader in = new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8);
            StringBuilder answer = new StringBuilder();
            for (int c = in.read(); c >= 0; c = in.read()) {
                answer.append((char) c);
                if (c == '}') {
                    break;
                }
            }
            declared = answer.toString();
        }
        assertThat(declared).startsWith("HTTP/1.1 413")
                .contains("Requête refusée, rien n'a été enregistré : son contenu dépasse 60 Mo");
        // no length (chunked): read up to the limit, then refused the same way
        java.net.http.HttpResponse<String> chunked = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(rest.getRootUri() + START)).header("Authorization", credentials)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> body(limit + 1024))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).contains("Requête refusée, rien n'a été enregistré : son contenu dépasse 60 Mo");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM export_declaration", Long.class)).isEqualTo(before);
    }
    /** A JSON filing whose medicine name makes it {@code size} bytes long, written as it is read. */
    private static java.io.InputStream body(long size) {
        byte[] head = "{\"variables\":{\"medicineName\":{\"value\":\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] tail = "\"}}}".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return new java.io.InputStream() {
            private long position;

            @Override
            public int read() {
                if (position >= size) {
                    return -1;
                }
                long at = position++;
                if (at < head.length) {
                    return head[(int) at];
                }
                long fromEnd = size - at;
                return fromEnd <= tail.length ? tail[(int) (tail.length - fromEnd)] : 'a';
            }
        };
    }

    private ResponseEntity<Map<String, Object>> post(String user, Map<String, Object> body) {
        return post(user, START, body);
    }

    private ResponseEntity<Map<String, Object>> post(String user, String path, Map<String, Object> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, PASSWORD).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
                JSON);
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
