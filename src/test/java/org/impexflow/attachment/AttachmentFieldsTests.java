package org.impexflow.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/**
 * Every field of file references in the forms (its label ends with "(référence)" or "(références)") has
 * the button "Joindre un fichier" of Tasklist's script, and the script names no field that the forms lack.
 */
class AttachmentFieldsTests {

    private static final Path SCRIPT = Path.of(
            "src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/impexflow/attachments.js");
    private static final Pattern FIELDS = Pattern.compile("export const FIELDS = \\[([^\\]]*)\\]");
    private static final Pattern KEY = Pattern.compile("'([A-Za-z]+)'");

    @Test
    void theScriptEquipsExactlyTheFormsFieldsOfFileReferences() throws IOException {
        assertThat(scriptFields()).isNotEmpty().isEqualTo(referenceFieldsOfTheForms());
    }

    private static Set<String> scriptFields() throws IOException {
        Matcher list = FIELDS.matcher(Files.readString(SCRIPT));
        assertThat(list.find()).as("FIELDS in " + SCRIPT).isTrue();
        Set<String> keys = new TreeSet<>();
        Matcher key = KEY.matcher(list.group(1));
        while (key.find()) {
            keys.add(key.group(1));
        }
        return keys;
    }

    private static Set<String> referenceFieldsOfTheForms() throws IOException {
        Set<String> keys = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
                collect(json.readTree(form.toFile()), keys);
            }
        }
        return keys;
    }

    private static void collect(JsonNode node, Set<String> keys) {
        for (JsonNode component : node.path("components")) {
            String label = component.path("label").asText();
            if (component.has("key") && (label.endsWith("(référence)") || label.endsWith("(références)"))) {
                keys.add(component.get("key").asText());
            }
            collect(component, keys);
        }
    }
}
