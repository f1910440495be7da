package org.impexflow.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Opens a round of a decision or an answer (listener on a user task's {@code create}): every field the
 * task's form fills starts empty, whatever an earlier round (or anyone who set a variable of the same name)
 * left in the case, and the task holds the earlier rounds of its case ({@link #ROUNDS}, read-only text of
 * its form) when the case's module tells them ({@link ReviewRoundHistory}).
 *
 * <p>The fields are read from the task's form as deployed with its process (components with a key, except
 * texts and read-only fields), so a field added to a form is covered without being listed here.
 */
@Component("roundStartListener")
public class RoundStartListener implements TaskListener {

    /** The task-local variable with the Markdown of the earlier rounds, shown by the review forms. */
    public static final String ROUNDS = "reviewRounds";

    private static final Set<String> NOT_FILLED = Set.of("text", "html", "image", "button", "spacer", "separator");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, List<String>> fieldsByForm = new ConcurrentHashMap<>();
    private final List<ReviewRoundHistory> histories;

    RoundStartListener(List<ReviewRoundHistory> histories) {
        this.histories = histories;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        for (String field : fields(task)) {
            // a variable may exist in several scopes: each removal takes the nearest one
            for (int scope = 0; scope < 8 && execution.hasVariable(field); scope++) {
                execution.removeVariable(field);
            }
            task.removeVariableLocal(field);
        }
        String processKey = execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(task.getProcessDefinitionId()).getKey();
        histories.stream().filter(h -> h.processKey().equals(processKey)).findFirst()
                .ifPresent(history -> task.setVariableLocal(ROUNDS, history.earlierRounds(execution)));
    }

    /** The keys of the fields that the task's form fills. */
    List<String> fields(DelegateTask task) {
        UserTask element = task.getBpmnModelElementInstance();
        if (element == null || element.getCamundaFormRef() == null) {
            return List.of();
        }
        RepositoryService repository = task.getProcessEngineServices().getRepositoryService();
        String deploymentId = repository.getProcessDefinition(task.getProcessDefinitionId()).getDeploymentId();
        String formRef = element.getCamundaFormRef();
        return fieldsByForm.computeIfAbsent(deploymentId + "/" + formRef, key -> read(repository, deploymentId, formRef));
    }

    private static List<String> read(RepositoryService repository, String deploymentId, String formRef) {
        String name = repository.getDeploymentResources(deploymentId).stream().map(Resource::getName)
                .filter(n -> n.equals(formRef + ".form") || n.endsWith("/" + formRef + ".form")).findFirst()
                .orElseThrow(() -> new IllegalStateException("form " + formRef + " not in deployment " + deploymentId));
        try (InputStream in = repository.getResourceAsStream(deploymentId, name)) {
            List<String> keys = new ArrayList<>();
            collect(JSON.readTree(in).path("components"), keys);
            return List.copyOf(keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode components, List<String> keys) {
        for (JsonNode c : components) {
            if (c.hasNonNull("key") && !NOT_FILLED.contains(c.path("type").asText())
                    && !c.path("readonly").asBoolean(false) && !c.path("disabled").asBoolean(false)) {
                keys.add(c.get("key").asText());
            }
            collect(c.path("components"), keys);
        }
    }
}
