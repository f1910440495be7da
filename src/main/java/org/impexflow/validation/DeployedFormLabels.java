package org.impexflow.validation;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.springframework.stereotype.Component;

import org.impexflow.engine.EngineIdentity;

/**
 * The labels of the fields of the Camunda Form that a call of the webapps' engine API submitted, as
 * the person read them in Tasklist (component key → label): the form of the task, or the start form
 * of the process definition. None when the call is about no form, or the form cannot be read. Also the
 * keys of a task's form: the variables that completing the task through its form carries.
 */
@Component
public final class DeployedFormLabels {

    /** After {@code /camunda/api/engine}: the task, or the process definition by id or by key. */
    private static final Pattern TASK = Pattern.compile("^/engine/[^/]+/task/([^/]+)/[^/]+$");
    private static final Pattern DEFINITION = Pattern.compile(
            "^/engine/[^/]+/process-definition/(?:key/([^/]+)(?:/tenant-id/([^/]+))?|([^/]+))/[^/]+$");

    private final ProcessEngine engine;
    private final ObjectMapper json = new ObjectMapper();
    /** The form-js components whose value is a text typed by a person. */
    private static final Set<String> TEXTS = Set.of("textfield", "textarea");
    private final Map<String, Optional<Set<String>>> startForms = new java.util.concurrent.ConcurrentHashMap<>();

    public DeployedFormLabels(ProcessEngine engine) {
        this.engine = engine;
    }

    /** @param pathInfo the request's path after the engine API's servlet path, e.g. {@code /engine/default/task/…/submit-form} */
    Map<String, String> of(String pathInfo) {
        if (pathInfo == null) {
            return Map.of();
        }
        try {
            Matcher task = TASK.matcher(pathInfo);
            if (task.matches()) {
                return labels(engine.getFormService().getDeployedTaskForm(task.group(1)));
            }
            Matcher definition = DEFINITION.matcher(pathInfo);
            if (definition.matches()) {
                String id = definition.group(3) != null ? definition.group(3)
                        : latest(definition.group(1), definition.group(2));
                return id == null ? Map.of() : labels(engine.getFormService().getDeployedStartForm(id));
            }
        } catch (ProcessEngineException | IOException noForm) {
            // no Camunda Form there (or none readable): the sentence names no label
        }
        return Map.of();
    }

    private String latest(String key, String tenant) {
        ProcessDefinitionQuery query = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(key).latestVersion();
        ProcessDefinition definition = (tenant == null ? query.withoutTenantId() : query.tenantIdIn(tenant))
                .singleResult();
        return definition == null ? null : definition.getId();
    }

    /**
     * The component keys of the Camunda Form deployed for a task, whoever asks (the engine's checks of the
     * current user's rights on the task come with the call that follows), with the values its read-only
     * fields show; none when the task has no such form or cannot be read; empty when there is no such task.
     */
    public Optional<TaskForm> formOfTask(String taskId) {
        return EngineIdentity.asApplication(engine.getIdentityService(), () -> readFormOfTask(taskId));
    }

    private Optional<TaskForm> readFormOfTask(String taskId) {
        try {
            if (engine.getTaskService().createTaskQuery().taskId(taskId).count() == 0) {
                return Optional.empty();
            }
            Set<String> keys = new HashSet<>();
            Set<String> readOnly = new HashSet<>();
            Set<String> texts = new HashSet<>();
            read(engine.getFormService().getDeployedTaskForm(taskId), component -> {
                keys.add(component.get("key").asText());
                if (TEXTS.contains(component.path("type").asText())) {
                    texts.add(component.get("key").asText());
                }
                if (component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false)) {
                    readOnly.add(component.get("key").asText());
                }
            });
            Map<String, Object> shown = readOnly.isEmpty() ? Map.of()
                    : engine.getTaskService().getVariables(taskId, readOnly);
            return Optional.of(new TaskForm(keys, shown, texts));
        } catch (ProcessEngineException | IOException noForm) {
            return Optional.of(new TaskForm(Set.of(), Map.of(), Set.of()));
        }
    }

    /**
     * The component keys of the Camunda Form deployed as a process definition's start form, read once per
     * definition (a deployed definition's form never changes); none when it has no such form.
     */
    public Optional<Set<String>> startFormKeys(String processDefinitionId) {
        return startForms.computeIfAbsent(processDefinitionId, id -> {
            Set<String> keys = new HashSet<>();
            try {
                read(engine.getFormService().getDeployedStartForm(id), component -> keys.add(component.get("key").asText()));
            } catch (ProcessEngineException | IOException noForm) {
                return Optional.empty();
            }
            return Optional.of(Set.copyOf(keys));
        });
    }

    /**
     * A task's form: its keys, and its read-only (or disabled) fields with the values they show. A read-only
     * field only shows a value (the account's e-mail on its complementary information): whoever completes the
     * task may send it back as shown, never change it. {@code texts}: the keys of its text fields (a line or
     * an area), which take a text only.
     */
    public record TaskForm(Set<String> keys, Map<String, Object> readOnly, Set<String> texts) {
    }

    private Map<String, String> labels(InputStream form) throws IOException {
        Map<String, String> labels = new HashMap<>();
        read(form, component -> {
            if (component.hasNonNull("label")) {
                labels.putIfAbsent(component.get("key").asText(), component.get("label").asText());
            }
        });
        return labels;
    }

    /** Hands each component of the form that has a key, at any depth, to {@code keyed}. */
    private void read(InputStream form, Consumer<JsonNode> keyed) throws IOException {
        try (form) {
            walk(json.readTree(form).path("components"), keyed);
        }
    }

    private static void walk(JsonNode components, Consumer<JsonNode> keyed) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key")) {
                keyed.accept(component);
            }
            walk(component.path("components"), keyed);
        }
    }
}
