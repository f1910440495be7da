package org.impexflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/**
 * What a person typed or named a file stays text in the Markdown of the Tasklist forms, which form-js
 * renders as Markdown with HTML: no link, image, tag or autolink can come from it.
 */
class MarkdownTests {

    static final List<String> HOSTILE = List.of("<a href=\"https://evil.example\">x</a>", "[x](https://evil.example)",
            "![x](https://evil.example/p.png)", "<img src=x onerror=alert(1)>", "https://evil.example",
            "www.evil.example", "contact@evil.example", "<https://evil.example>", "&lt;b&gt;", "**gras** _it_ `code`",
            "# titre\n- liste\n1. un\n> cité\n---", "x\\](https://evil.example)", "[x]: https://evil.example");

    /** The text views of the forms show only these variables, or escaped copies ({@code …Markdown}). */
    private static final Set<String> SAFE_IN_TEXT_VIEWS = Set.of(
            // numbers, dates and labels the system writes
            "declarationNumber", "authorisationNumber", "attestationNumber", "declaredYear", "declarationStatusLabel",
            "authorisationStatusLabel", "complementDueText", "destinationCountryName", "destinationCountry",
            "provenanceCountryName",
            // the case's id in the register, which the registration writes (ANSM's case page)
            "declarationId", "authorisationId", "annualDeclarationId", "attestationId",
            // addresses the system builds from the public address and ids
            "validatedCopyUrl", "workbookUrl", "reportUrl", "prescriptionUrl",
            // Markdown built with Markdown.item/escape and AttachmentListing
            "declarationSummary", "requestSummary", "reportSummary", "attachmentList", "reviewRounds");
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");

    @Test
    void everyAsciiPunctuationOfUserTextIsEscapedSoNoMarkdownOrHtmlCanStart() {
        for (String text : HOSTILE) {
            String escaped = Markdown.escape(text);
            assertThat(unescape(escaped)).as(text).isEqualTo(text);
            for (int i = 0; i < escaped.length(); i++) {
                char c = escaped.charAt(i);
                if (c == '\\') {
                    i++;
                    continue;
                }
                assertThat(c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c))
                        .as("unescaped '%s' in %s", c, escaped).isFalse();
            }
        }
        assertThat(Markdown.escape("Artéméther 20 mg, comprimé")).isEqualTo("Artéméther 20 mg\\, comprimé");
        assertThat(Markdown.escape(null)).isEmpty();
    }

    /** An indented line after a blank one would be a code block, where "\\(" shows as typed. */
    @Test
    void indentedLinesOfUserTextStayTextNotACodeBlock() {
        assertThat(Markdown.escape("Précisez :\n\n    la présentation (boîte)\n\tet le dosage"))
                .isEqualTo("Précisez \\:\n\nla présentation \\(boîte\\)\net le dosage");
    }

    @Test
    void itemsEscapeTheirLabelAndTheirValue() {
        StringBuilder md = new StringBuilder();
        Markdown.item(md, "Feuille [x](https://evil.example)!B3", "<img src=x onerror=alert(1)>");
        assertThat(md.toString()).isEqualTo("- **Feuille \\[x\\]\\(https\\:\\/\\/evil\\.example\\)\\!B3 :** "
                + "\\<img src\\=x onerror\\=alert\\(1\\)\\>\n");
    }

    @Test
    void theTextViewsOfTheFormsShowNoVariableThatHoldsRawUserText() throws IOException {
        List<String> unsafe = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
                for (JsonNode text : json.readTree(form.toFile()).findParents("type")) {
                    if (text.path("type").asText().equals("text")) {
                        unsafe(form + ": ", text.path("text").asText(), unsafe);
                    }
                }
            }
        }
        json.readTree(Path.of("src/main/resources/i18n/forms_en.json").toFile()).fields()
                .forEachRemaining(e -> unsafe("forms_en.json: ", e.getValue().asText(), unsafe));
        assertThat(unsafe).isEmpty();
    }

    /**
     * form-js renders Markdown in text views only: a label, a description, a placeholder or an option's
     * label shows its characters as they are, so none holds Markdown, in French or in English.
     */
    @Test
    void labelsDescriptionsAndOptionsOfTheFormsHoldNoMarkdown() throws IOException {
        Pattern markdown = Pattern.compile("\\*\\*|__|\\[[^\\]]*\\]\\(|`|^#|\\\\[!-/:-@\\[-`{-~]");
        ObjectMapper json = new ObjectMapper();
        List<String> raw = new ArrayList<>();
        List<String> plainTexts = new ArrayList<>();
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
                JsonNode schema = json.readTree(form.toFile());
                for (String field : List.of("label", "description", "placeholder")) {
                    schema.findValues(field).forEach(v -> plainTexts.add(v.asText()));
                }
            }
        }
        JsonNode english = json.readTree(Path.of("src/main/resources/i18n/forms_en.json").toFile());
        plainTexts.stream().filter(t -> english.has(t)).map(t -> english.get(t).asText()).toList()
                .forEach(plainTexts::add);
        plainTexts.stream().filter(t -> markdown.matcher(t).find()).forEach(raw::add);
        assertThat(raw).isEmpty();
    }

    private static void unsafe(String where, String markdown, List<String> found) {
        Matcher variable = VARIABLE.matcher(markdown);
        while (variable.find()) {
            String name = variable.group(1);
            if (!SAFE_IN_TEXT_VIEWS.contains(name) && !name.endsWith(Markdown.SUFFIX)) {
                found.add(where + name);
            }
        }
    }

    private static String unescape(String escaped) {
        return escaped.replaceAll("\\\\(.)", "$1");
    }
}
