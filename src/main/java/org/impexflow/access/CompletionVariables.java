package org.impexflow.access;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.rest.sub.task.TaskResource;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.model.Invocable;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.impexflow.validation.DeployedFormLabels;
import org.impexflow.validation.FieldErrors;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Whoever is not in ANSM's working groups completes a task ({@code …/complete}, {@code …/submit-form};
 * {@code …/resolve} is refused to everybody by {@link EngineApiGuard}, and checked here too) with the variables of
 * the task's own Camunda Form and nothing else: a completion carrying any other variable (the case's SIRET, its status,
 * a review decision) is refused with 400 naming it, before the engine stores anything. Nobody, ANSM included,
 * changes what a read-only field of the form shows (the account whose complementary information is completed): sent
 * back as shown it passes, otherwise the completion is refused naming it. A text longer than the engine keeps, or a
 * value other than a text for a text field, is refused naming it too (both failed with a raw 500). Known by the
 * engine API's resource method, not by the path (which may end with a slash), on /engine-rest and on the webapps'
 * engine API alike (one instance registered on both: it holds no per-application injection).
 */
final class CompletionVariables implements ContainerRequestFilter {

    /** The methods of {@link TaskResource} that complete a task with variables. */
    private static final Set<String> COMPLETIONS = Set.of("complete", "submit", "resolve");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The longest text the engine keeps in a variable: longer, the completion failed as it was stored (500). */
    private static final int MAX_TEXT = 4000;

    static final String REFUSED = "Tâche non terminée, rien n'est enregistré : une tâche se termine avec les seules "
            + "variables de son formulaire.";

    private final DeployedFormLabels forms;

    CompletionVariables(DeployedFormLabels forms) {
        this.forms = forms;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        ResourceMethod matched = ((ExtendedUriInfo) request.getUriInfo()).getMatchedResourceMethod();
        Invocable method = matched == null ? null : matched.getInvocable();
        if (method == null || !TaskResource.class.isAssignableFrom(method.getHandler().getHandlerClass())
                || !COMPLETIONS.contains(method.getHandlingMethod().getName())) {
            return;
        }
        boolean ansm = EngineApiGuard.isAnsm(SecurityContextHolder.getContext().getAuthentication());
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        JsonNode variables;
        try {
            variables = body.length == 0 ? null : JSON.readTree(body).path("variables");
        } catch (IOException unreadable) {
            // the engine answers 400 for it
            return;
        }
        if (variables == null || !variables.isObject() || variables.isEmpty()) {
            return;
        }
        Optional<DeployedFormLabels.TaskForm> form = forms.formOfTask(
                request.getUriInfo().getPathParameters().getFirst("id"));
        if (form.isEmpty()) {
            // no such task: the engine answers 404
            return;
        }
        FieldErrors errors = new FieldErrors();
        for (Iterator<Map.Entry<String, JsonNode>> sent = variables.fields(); sent.hasNext();) {
            Map.Entry<String, JsonNode> variable = sent.next();
            String name = variable.getKey();
            if (!ansm && !form.get().keys().contains(name)) {
                errors.add(name, "la variable « " + name + " » n'est pas un champ du formulaire de cette tâche");
            } else if (form.get().readOnly().containsKey(name)
                    && !shown(form.get().readOnly().get(name), variable.getValue())) {
                errors.add(name, "le champ « " + name + " » est en lecture seule : sa valeur ne change pas");
            } else if (isText(variable.getValue()) && variable.getValue().path("value").asText().length() > MAX_TEXT) {
                errors.add(name, "texte trop long : " + MAX_TEXT + " caractères au plus");
            } else if (form.get().texts().contains(name) && isTyped(variable.getValue())) {
                errors.add(name, "un texte est attendu");
            }
        }
        errors.throwIfAny(REFUSED);
    }

    /**
     * A value other than a text for a text field (a number, a boolean, a typed value other than String): the
     * task's steps read a text there, and failed with a raw 500 (a ClassCastException). A File is left to the
     * steps, which refuse it naming the field.
     */
    private static boolean isTyped(JsonNode sent) {
        JsonNode value = sent.path("value");
        String type = sent.path("type").asText("");
        if (type.equalsIgnoreCase("File") || type.equalsIgnoreCase("Null") || value.isNull() || value.isMissingNode()) {
            return false;
        }
        return !value.isTextual() || !(type.isEmpty() || type.equalsIgnoreCase("String"));
    }

    /** A text sent as such: a String (a File's content also travels as text, in base 64). */
    private static boolean isText(JsonNode sent) {
        String type = sent.path("type").asText("");
        return sent.path("value").isTextual() && (type.isEmpty() || type.equalsIgnoreCase("String"));
    }

    /** Whether a variable sent ({@code {"value": …}}) is the value the read-only field shows. */
    private static boolean shown(Object current, JsonNode sent) {
        JsonNode value = sent.path("value");
        if (current == null || value.isNull() || value.isMissingNode()) {
            return current == null && (value.isNull() || value.isMissingNode());
        }
        return value.isValueNode() && value.asText().equals(String.valueOf(current));
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** Also registered on the webapps' engine API, as every request filter bean is. */
        @Bean
        CompletionVariables completionVariables(DeployedFormLabels forms) {
            return new CompletionVariables(forms);
        }

        @Bean
        ResourceConfigCustomizer completionVariablesOnEngineRest(CompletionVariables check) {
            return config -> config.register(check);
        }
    }
}
