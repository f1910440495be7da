package org.impexflow.validation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A variable of type {@code Object} sent to the engine's APIs can never be stored here: Java serialization is
 * prohibited and no other object format is installed. The engine found it only when storing the variable
 * and answered 500 with its own English message ("ENGINE-17007 … Java serialization format is prohibited",
 * "Cannot find serializer for value …"). A JSON body carrying one, at any depth (a start's, a completion's or
 * a message's variables, a variable's update), now answers 400 naming it, before the engine is called; so does
 * a type the engine does not know (an empty one failed with a raw 500, others with its English words).
 * Registered on {@code /engine-rest} and on the webapps' engine API.
 */
final class VariableTypes implements ContainerRequestFilter {

    static final String REFUSED = "Requête refusée, rien n'a été enregistré : une variable est un texte (String), "
            + "un nombre (Integer, Long, Double), une date (Date), un booléen (Boolean) ou un fichier (File).";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] OBJECT = "bject\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TYPE = "\"type\"".getBytes(StandardCharsets.US_ASCII);
    /** Bodies up to this size are read for their types; larger ones carry files. */
    private static final int MAX_CHECKED = 2 * 1024 * 1024;
    /** The engine's value types that a variable sent here may name. */
    private static final java.util.Set<String> KNOWN = java.util.Set.of("string", "boolean", "bytes", "short",
            "integer", "long", "double", "date", "null", "file");

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity() || !MediaType.APPLICATION_JSON_TYPE.isCompatible(request.getMediaType())) {
            return;
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        if (indexOf(body, OBJECT) < 0 && (body.length > MAX_CHECKED || indexOf(body, TYPE) < 0)) {
            // a body of files (in base 64) is left to the engine, unless it names an Object
            return;
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (IOException unreadable) {
            // the engine answers 400 for it
            return;
        }
        FieldErrors errors = new FieldErrors();
        // a variable's update names it in the path (…/variables/{varName}), the body is its value
        collect(request.getUriInfo().getPathParameters().getFirst("varName"), tree, errors);
        errors.throwIfAny(REFUSED);
    }

    private static void collect(String name, JsonNode node, FieldErrors errors) {
        if (node.isObject()) {
            JsonNode type = node.get("type");
            if (name != null && type != null && type.isTextual() && (node.has("value") || node.has("valueInfo"))) {
                String named = type.asText();
                if ("object".equals(named.toLowerCase(Locale.ROOT))) {
                    errors.add(name, "type « " + named + " » refusé : seuls les textes, nombres, dates, "
                            + "booléens et fichiers sont acceptés");
                    return;
                }
                // the engine lowers the first letter only ("String", "string"); an empty type failed with a raw 500
                if (named.isEmpty() || !KNOWN.contains(named.substring(0, 1).toLowerCase(Locale.ROOT) + named.substring(1))) {
                    errors.add(name, "type « " + named + " » inconnu : String, Boolean, Integer, Long, Double, Date "
                            + "ou File (ou aucun type pour un texte, un nombre ou un booléen)");
                    return;
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                collect(field.getKey(), field.getValue(), errors);
            }
        } else if (node.isArray()) {
            node.forEach(element -> collect(name, element, errors));
        }
    }

    private static int indexOf(byte[] body, byte[] part) {
        outer:
        for (int i = 0; i <= body.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (body[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** Also registered on the webapps' engine API, as every request filter bean is. */
        @Bean
        VariableTypes variableTypes() {
            return new VariableTypes();
        }

        @Bean
        ResourceConfigCustomizer variableTypesOnEngineRest(VariableTypes check) {
            return config -> config.register(check);
        }
    }
}
