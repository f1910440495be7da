package org.impexflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.impexflow.reference.Countries;
import org.impexflow.reference.Country;
import org.impexflow.support.ImpexflowSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Camunda Forms of {@code forms/}, edited in the Camunda Modeler and nowhere else: each one is a form
 * Tasklist 7.24 renders (form-js, schema version 16), has the id of its file and is used by a process;
 * every form a process names exists; the country lists are the country reference data; the form of a
 * declaration or an import request received by mail asks what the start form asks.
 */
@ImpexflowSpringTest
class CamundaFormsTests {

    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    /** The schema version of the form-js in Tasklist 7.24 (its deps.js), and the field types it renders. */
    private static final int SCHEMA_VERSION = 16;
    private static final Set<String> TYPES = Set.of("button", "checkbox", "checklist", "datetime", "dynamiclist",
            "expression", "group", "html", "image", "number", "radio", "select", "separator", "spacer", "table",
            "taglist", "text", "textarea", "textfield");
    /** An option of a country list: "French name (code)", its value the code. */
    private static final Pattern COUNTRY_OPTION = Pattern.compile(".+ \\(([A-Z]{2})\\)");
    /** The country lists of the forms; an import comes from abroad, so France is not a provenance. */
    private static final Map<String, List<String>> COUNTRY_FIELDS = Map.of(
            "export-declaration-start", List.of("releaseCountry", "destinationCountry", "manufacturerCountry"),
            "export-declaration-mail-intake", List.of("releaseCountry", "destinationCountry", "manufacturerCountry"),
            "import-authorisation-start", List.of("provenanceCountry", "originCountry"),
            "import-authorisation-mail-intake", List.of("provenanceCountry", "originCountry"),
            "account-information", List.of("country"), "account-information-correction", List.of("country"));
    private static final Map<String, String> COUNTRY_EXCLUDED = Map.of("provenanceCountry", "FR");

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    Countries countries;

    @Test
    void everyFormIsAFormTasklistRendersWithTheIdOfItsFile() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : forms().entrySet()) {
            String id = entry.getKey();
            JsonNode form = entry.getValue();
            if (!id.equals(form.path("id").asText())) {
                wrong.add(id + ": id " + form.path("id"));
            }
            if (!"default".equals(form.path("type").asText())) {
                wrong.add(id + ": type " + form.path("type"));
            }
            if (!"Camunda Platform".equals(form.path("executionPlatform").asText())
                    || !form.path("executionPlatformVersion").asText().startsWith("7.")) {
                wrong.add(id + ": execution platform " + form.path("executionPlatform") + " "
                        + form.path("executionPlatformVersion") + " (Camunda Platform 7 in the Modeler)");
            }
            if (!form.path("schemaVersion").isInt() || form.get("schemaVersion").asInt() > SCHEMA_VERSION) {
                wrong.add(id + ": schemaVersion " + form.path("schemaVersion") + " (Tasklist renders up to "
                        + SCHEMA_VERSION + ")");
            }
            if (!form.path("components").isArray() || form.get("components").isEmpty()) {
                wrong.add(id + ": no components");
            }
            Set<String> ids = new HashSet<>();
            Set<String> keys = new HashSet<>();
            for (JsonNode component : components(form)) {
                String type = component.path("type").asText();
                if (!TYPES.contains(type)) {
                    wrong.add(id + ": field type '" + type + "' unknown to Tasklist's form-js");
                }
                if (!component.path("id").isTextual() || !ids.add(component.get("id").asText())) {
                    wrong.add(id + ": field id " + component.path("id") + " missing or twice");
                }
                if (component.has("key") && !keys.add(component.get("key").asText())) {
                    wrong.add(id + ": field key " + component.get("key") + " twice");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyFormAProcessNamesExistsAndEveryFormIsNamedByAProcess() throws IOException {
        Set<String> named = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
                for (BaseElement element : Bpmn.readModelFromFile(file.toFile())
                        .getModelElementsByType(BaseElement.class)) {
                    String ref = element.getAttributeValueNs(CAMUNDA, "formRef");
                    if (ref == null) {
                        continue;
                    }
                    named.add(ref);
                    if (!Files.exists(Path.of("forms", ref + ".form"))) {
                        wrong.add(file.getFileName() + ": " + element.getId() + " names the form " + ref
                                + ", not in forms/");
                    }
                    // forms/ is deployed with processes/: a process version keeps the forms it was deployed with
                    if (!"deployment".equals(element.getAttributeValueNs(CAMUNDA, "formRefBinding"))) {
                        wrong.add(file.getFileName() + ": " + element.getId() + " binds its form by "
                                + element.getAttributeValueNs(CAMUNDA, "formRefBinding") + ", not deployment");
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(named).as("forms named by a process").containsExactlyInAnyOrderElementsOf(forms().keySet());
    }

    @Test
    void countryListsAreTheCountryReferenceDataInFrenchOrder() throws IOException {
        Map<String, JsonNode> forms = forms();
        for (Map.Entry<String, List<String>> entry : COUNTRY_FIELDS.entrySet()) {
            for (String key : entry.getValue()) {
                String excluded = COUNTRY_EXCLUDED.get(key);
                List<String> expected = countries.all().stream().filter(c -> !c.getCode().equals(excluded))
                        .map(CamundaFormsTests::option).toList();
                List<String> options = new ArrayList<>();
                component(forms.get(entry.getKey()), key).get("values")
                        .forEach(v -> options.add(v.path("label").asText() + " = " + v.path("value").asText()));
                assertThat(options).as(entry.getKey() + ": " + key).containsExactlyElementsOf(expected);
            }
        }
        // no country list elsewhere that this test would not know
        for (Map.Entry<String, JsonNode> form : forms.entrySet()) {
            for (JsonNode component : components(form.getValue())) {
                JsonNode values = component.path("values");
                if (values.isArray() && !values.isEmpty() && COUNTRY_OPTION.matcher(values.get(0).path("label")
                        .asText()).matches()) {
                    assertThat(COUNTRY_FIELDS.getOrDefault(form.getKey(), List.of()))
                            .as(form.getKey() + ": a country list").contains(component.path("key").asText());
                }
            }
        }
    }

    @Test
    void theMailIntakeFormsAskWhatTheStartFormsAsk() throws IOException {
        Map<String, JsonNode> forms = forms();
        for (String procedure : List.of("export-declaration", "import-authorisation")) {
            Map<String, JsonNode> intake = fields(forms.get(procedure + "-mail-intake"));
            Map<String, JsonNode> start = fields(forms.get(procedure + "-start"));
            // who declares is given by the account on line, by ANSM support for a mail
            start.remove("establishmentSiret");
            start.remove("declarantEmail");
            assertThat(start).as(procedure).isNotEmpty();
            for (Map.Entry<String, JsonNode> field : start.entrySet()) {
                assertThat(intake.get(field.getKey())).as(procedure + " mail intake: " + field.getKey())
                        .isEqualTo(field.getValue());
            }
        }
    }

    private static String option(Country country) {
        return country.getNameFr() + " (" + country.getCode() + ") = " + country.getCode();
    }

    /** The forms of forms/ by file name (without .form), each read as JSON. */
    private Map<String, JsonNode> forms() throws IOException {
        Map<String, JsonNode> forms = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
                forms.put(file.getFileName().toString().replaceFirst("\\.form$", ""), json.readTree(file.toFile()));
            }
        }
        assertThat(forms).hasSizeGreaterThan(5);
        return forms;
    }

    /** Every component of a form, those of groups and lists included. */
    private static List<JsonNode> components(JsonNode form) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode component : form.path("components")) {
            all.add(component);
            all.addAll(components(component));
        }
        return all;
    }

    /** The fields of a form by key, without their ids (the Modeler makes its own). */
    private static Map<String, JsonNode> fields(JsonNode form) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        for (JsonNode component : components(form)) {
            if (component.has("key")) {
                ObjectNode copy = component.deepCopy();
                copy.remove("id");
                fields.put(component.get("key").asText(), copy);
            }
        }
        return fields;
    }

    private static JsonNode component(JsonNode form, String key) {
        for (JsonNode component : components(form)) {
            if (key.equals(component.path("key").asText())) {
                return component;
            }
        }
        throw new AssertionError("no field " + key + " in " + form.path("id"));
    }
}
