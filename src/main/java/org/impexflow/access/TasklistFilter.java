package org.impexflow.access;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * A Tasklist filter shared with a group, created (or updated, by its name) at every start. Each
 * process module declares the filters of its tasks; {@code columns} are the process variables shown
 * in the list, each {@code {name, label}}.
 */
public record TasklistFilter(String name, String group, int priority, String description,
        List<Map<String, String>> columns, Function<TaskService, TaskQuery> query) {

    public static Map<String, String> column(String variable, String label) {
        return Map.of("name", variable, "label", label);
    }
}
