package org.impexflow.exportdeclaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.impexflow.reference.Countries;
import org.impexflow.reference.Country;
import org.impexflow.support.ImpexflowSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Camunda Forms of forms/ match the process: ids, field keys of the contract, country lists. */
@ImpexflowSpringTest
class ExportDeclarationFormsTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Countries countries;

    @Test
    void everyFormReferencedByTheProcessExistsWithThatIdAndTheSchemaVersionTasklistRenders() throws IOException {
        String bpmn = Files.readString(Path.of("processes/export-declaration.bpmn"));
        Matcher refs = Pattern.compile("camunda:formRef=\"([^\"]+)\"").matcher(bpmn);
        List<String> referenced = new ArrayList<>();
        while (refs.find()) {
            referenced.add(refs.group(1));
        }
        assertThat(referenced).containsExactlyInAnyOrder("export-declaration-start", "export-declaration-review",
                "export-declaration-complement", "export-declaration-transmission");
        for (String id : referenced) {
            JsonNode form = form(id);
            assertThat(form.get("id").asText()).isEqualTo(id);
            assertThat(form.get("schemaVersion").asInt()).isEqualTo(16);
            assertThat(form.get("executionPlatform").asText()).isEqualTo("Camunda Platform");
        }
    }

    @Test
    void startFormFieldKeysAreTheVariablesOfTheProcessContract() throws IOException {
        Set<String> keys = keys(form("export-declaration-start"));
        assertThat(keys).containsExactlyInAnyOrder("declarationType", "amendedDeclarationNumbers",
                "establishmentSiret", "declarantEmail", "medicineName", "activeSubstances", "strength",
                "pharmaceuticalForm", "presentation", "routeOfAdministration", "therapeuticIndications",
                "hasFrenchMarketingAuthorisation", "releaseCountry", "destinationCountry", "importerName",
                "importerAddress", "noMarketingAuthorisationReason", "noMarketingAuthorisationDetails",
                "containsAnimalOriginSubstances", "esbCertificate", "earlierDeclarationCopies", "otherDocuments",
                "firstExportDate", "firstExportExplanation", "manufacturerName", "manufacturerAddress",
                "manufacturerCountry", "releaseSiteName", "releaseSiteAddress", "gmpReference", "gmpCertificate");
    }

    @Test
    void taskFormsSubmitWhatTheirListenersCheck() throws IOException {
        assertThat(keys(form("export-declaration-review"))).containsExactlyInAnyOrder("reviewDecision",
                "reviewComment");
        assertThat(keys(form("export-declaration-complement"))).containsExactlyInAnyOrder("complementAnswer",
                "complementFiles");
        assertThat(keys(form("export-declaration-transmission"))).containsExactlyInAnyOrder(
                "transmissionRecipient", "transmissionNote");
        JsonNode decision = component(form("export-declaration-review"), "reviewDecision");
        assertThat(decision.get("values").findValuesAsText("value"))
                .containsExactlyInAnyOrder("VALIDATE", "REQUEST_COMPLEMENT", "PROHIBIT");
    }

    @Test
    void countryListsOfTheStartFormAreTheCountryReferenceData() throws IOException {
        Set<String> reference = countries.all().stream().map(Country::getCode).collect(Collectors.toSet());
        JsonNode start = form("export-declaration-start");
        for (String field : List.of("releaseCountry", "destinationCountry", "manufacturerCountry")) {
            assertThat(component(start, field).get("values").findValuesAsText("value"))
                    .containsExactlyInAnyOrderElementsOf(reference);
        }
        assertThat(component(start, "noMarketingAuthorisationReason").get("values").findValuesAsText("value"))
                .containsExactlyInAnyOrder(Stream.of(NoMarketingAuthorisationReason.values()).map(Enum::name)
                        .toArray(String[]::new));
    }

    /** What the server requires once shown is marked required (its star) where the form shows it. */
    @org.junit.jupiter.api.Test
    void theReasonForNoMarketingAuthorisationAndItsDetailsAreMarkedRequiredWhenShown() throws IOException {
        for (String id : List.of("export-declaration-start", "export-declaration-mail-intake")) {
            JsonNode form = form(id);
            assertThat(component(form, "noMarketingAuthorisationReason").at("/validate/required").asBoolean()).as(id)
                    .isTrue();
            assertThat(component(form, "noMarketingAuthorisationReason").at("/conditional/hide").asText()).as(id)
                    .isEqualTo("=hasFrenchMarketingAuthorisation");
            assertThat(component(form, "noMarketingAuthorisationDetails").at("/validate/required").asBoolean()).as(id)
                    .isTrue();
        }
    }

    private static JsonNode form(String id) throws IOException {
        return JSON.readTree(Path.of("forms", id + ".form").toFile());
    }

    private static Set<String> keys(JsonNode form) {
        Set<String> keys = new java.util.HashSet<>();
        form.get("components").forEach(c -> {
            if (c.has("key")) {
                keys.add(c.get("key").asText());
            }
        });
        return keys;
    }

    private static JsonNode component(JsonNode form, String key) {
        for (JsonNode c : form.get("components")) {
            if (key.equals(c.path("key").asText())) {
                return c;
            }
        }
        throw new AssertionError("no field " + key);
    }
}
