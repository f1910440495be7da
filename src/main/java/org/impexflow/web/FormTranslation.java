package org.impexflow.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.impexflow.reference.Countries;
import org.impexflow.reference.Country;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The Camunda Forms of {@code forms/} are written in French; their English texts are in
 * {@code i18n/forms_en.json} (French text → English text), and the country lists take the countries'
 * English names from the reference data. form-js has no translation of its own, so the form's schema is
 * translated before Tasklist renders it ({@link FormTranslationConfiguration}).
 */
@Component
public class FormTranslation {

    static final String DICTIONARY = "i18n/forms_en.json";
    private static final Pattern COUNTRY = Pattern.compile("(.+) \\(([A-Z]{2})\\)");
    private static final String[] TEXTS = {"label", "description", "text", "placeholder", "dateLabel"};

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, String> english;
    private final Countries countries;
    /** Code → "English name (code)": the country lists of the forms, read once (reference data). */
    private volatile Map<String, String> englishCountries;

    FormTranslation(Countries countries) {
        this.countries = countries;
        try (InputStream in = new ClassPathResource(DICTIONARY).getInputStream()) {
            english = Map.copyOf(json.readValue(in, new TypeReference<Map<String, String>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DICTIONARY, e);
        }
    }

    /** A form schema (JSON) with its texts in English; texts with no translation stay as they are. */
    public byte[] toEnglish(byte[] schema) throws IOException {
        JsonNode form = json.readTree(schema);
        translate(form);
        return json.writeValueAsBytes(form);
    }

    /** The English of one text of a form, or null when there is none (the test of every form uses it). */
    public String english(String french, String value) {
        String translated = english.get(french);
        if (translated != null) {
            return translated;
        }
        Matcher country = COUNTRY.matcher(french);
        if (country.matches() && country.group(2).equals(value)) {
            return englishCountries().get(value);
        }
        return null;
    }

    private Map<String, String> englishCountries() {
        Map<String, String> names = englishCountries;
        if (names == null) {
            names = countries.all().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                    Country::getCode, c -> c.getNameEn() + " (" + c.getCode() + ")"));
            englishCountries = names;
        }
        return names;
    }

    private void translate(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String field : TEXTS) {
                JsonNode text = object.get(field);
                if (text != null && text.isTextual()) {
                    String translated = english(text.asText(), null);
                    if (translated != null) {
                        object.put(field, translated);
                    }
                }
            }
            JsonNode values = object.get("values");
            if (values != null && values.isArray()) {
                for (JsonNode option : values) {
                    if (option instanceof ObjectNode choice && choice.hasNonNull("label")) {
                        String translated = english(choice.get("label").asText(),
                                choice.hasNonNull("value") ? choice.get("value").asText() : null);
                        if (translated != null) {
                            choice.put("label", translated);
                        }
                    }
                }
            }
        }
        // the options were translated above, with their values: not again as plain labels
        node.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("values") && field.getValue().isContainerNode()) {
                translate(field.getValue());
            }
        });
        if (node.isArray()) {
            node.forEach(this::translate);
        }
    }
}
