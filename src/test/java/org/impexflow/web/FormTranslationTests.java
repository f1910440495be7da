package org.impexflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.impexflow.support.Declarations;
import org.impexflow.support.ImpexflowSpringTest;
import org.impexflow.support.TotpCodes;
import org.impexflow.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Camunda Forms in English: every text has its translation, and the forms are served translated. */
@ImpexflowSpringTest
class FormTranslationTests {

    @LocalServerPort
    int port;
    @Autowired
    FormTranslation translation;
    private WebSession tasklist;

    /** A text with nothing to translate: only {{variables}}. */
    private static boolean onlyVariables(String text) {
        return text.replaceAll("\\{\\{\\w+}}", "").isBlank();
    }

    @Test
    void everyTextOfEveryFormHasItsEnglish() throws IOException {
        List<String> missing = new ArrayList<>();
        List<Path> forms;
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            forms = files.filter(p -> p.toString().endsWith(".form")).sorted().toList();
        }
        assertThat(forms).hasSizeGreaterThan(5);
        for (Path form : forms) {
            collect(new ObjectMapper().readTree(form.toFile()), form.getFileName().toString(), missing);
        }
        assertThat(missing).as("texts of the forms without English in " + FormTranslation.DICTIONARY).isEmpty();
    }

    @Test
    void tasklistInEnglishGetsTheStartFormInEnglish() throws Exception {
        String english = startForm("en");
        assertThat(english).contains("Name or code of the medicine", "Country of destination", "Senegal (SN)",
                "Initial export declaration (DEI)").doesNotContain("Nom ou code du médicament", "Sénégal (SN)");
        assertThat(new ObjectMapper().readTree(english).get("components")).as("still a form schema").isNotEmpty();

        String french = startForm("fr");
        assertThat(french).contains("Nom ou code du médicament", "Sénégal (SN)").doesNotContain("Country of destination");
        assertThat(french).isEqualTo(startForm(null));
    }

    /** The start form as Tasklist loads it: through the webapps' API, logged in, in a language chosen on our pages. */
    private String startForm(String language) {
        if (tasklist == null) {
            // one login: a TOTP code is accepted once
            tasklist = new WebSession("http://127.0.0.1:" + port);
            tasklist.logIn(Declarations.DECLARANT, Declarations.PASSWORD, TotpCodes.DECLARANT);
        }
        if (language != null) {
            assertThat(tasklist.get("/mes-declarations?lang=" + language).status()).isEqualTo(200);
        }
        WebSession.Page form = tasklist.webapp("GET",
                "/camunda/api/engine/engine/default/process-definition/key/export-declaration/deployed-start-form",
                null);
        assertThat(form.status()).as(form.body()).isEqualTo(200);
        return form.body();
    }

    private void collect(JsonNode node, String form, List<String> missing) {
        for (String field : List.of("label", "description", "text", "placeholder", "dateLabel")) {
            JsonNode text = node.get(field);
            if (text != null && text.isTextual() && !text.asText().isBlank() && !onlyVariables(text.asText())
                    && translation.english(text.asText(), null) == null) {
                missing.add(form + ": " + text.asText());
            }
        }
        JsonNode values = node.get("values");
        if (values != null && values.isArray()) {
            for (JsonNode option : values) {
                String label = option.path("label").asText();
                if (translation.english(label, option.path("value").asText()) == null
                        && !label.equals(option.path("value").asText())) {
                    missing.add(form + ": option " + label);
                }
            }
        }
        node.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("values") && field.getValue().isContainerNode()) {
                collect(field.getValue(), form, missing);
            }
        });
        if (node.isArray()) {
            node.forEach(child -> collect(child, form, missing));
        }
    }
}
