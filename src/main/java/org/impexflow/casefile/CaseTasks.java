package org.impexflow.casefile;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a process tells the one case-task listener ({@link CaseTaskListener}, {@code ${caseTaskListener}}
 * in its BPMN) about its user tasks: how each task is named after its case, and its review task's group,
 * due date, decision check and what taking it changes. A procedure declares one as a bean:
 *
 * <pre>
 * CaseTasks.of("export-declaration", "declarationNumber")
 *         .named("Task_ReviewDeclaration", "Instruire {declarationNumber} – {medicineName}")
 *         .review("Task_ReviewDeclaration", "ansm-reviewers", "reviewDueDate", decision)
 *         .whenTaken("declarationStatus", FILED, task -&gt; ...)
 * </pre>
 */
public final class CaseTasks {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    private final String processKey;
    private final String numberVariable;
    private final Map<String, String> names = new HashMap<>();
    private String reviewTask;
    private String reviewGroup;
    private String reviewDueDate;
    private ReviewDecisionRule<?> decision;
    private Consumer<DelegateTask> whenTaken = task -> {
    };

    private CaseTasks(String processKey, String numberVariable) {
        this.processKey = processKey;
        this.numberVariable = numberVariable;
    }

    /**
     * The tasks of a process; with a {@code numberVariable}, each task not {@link #named named} otherwise is
     * called "&lt;its diagram name&gt; – &lt;case number&gt;"; without one, tasks keep their diagram names.
     */
    public static CaseTasks of(String processKey, String numberVariable) {
        return new CaseTasks(processKey, numberVariable);
    }

    /** The name of a task, with {@code {variable}} replaced by the variable's value (empty if unset). */
    public CaseTasks named(String taskKey, String pattern) {
        names.put(taskKey, pattern);
        return this;
    }

    /**
     * The review task: offered to {@code group}, due at the date in the variable {@code dueDateVariable},
     * completed only with a decision that {@code decision} accepts.
     */
    public CaseTasks review(String taskKey, String group, String dueDateVariable, ReviewDecisionRule<?> decision) {
        this.reviewTask = taskKey;
        this.reviewGroup = group;
        this.reviewDueDate = dueDateVariable;
        this.decision = decision;
        return this;
    }

    /**
     * What happens when a reviewer takes the review task while the case's {@code statusVariable} is still
     * {@code status} (e.g. a filed case becomes "En cours d'instruction"); taken again later, nothing.
     */
    public CaseTasks whenTaken(String statusVariable, Enum<?> status, Consumer<DelegateTask> action) {
        this.whenTaken = task -> {
            if (status.name().equals(task.getExecution().getVariable(statusVariable))) {
                action.accept(task);
            }
        };
        return this;
    }

    public String processKey() {
        return processKey;
    }

    /** The name the task gets on creation, if the process names its tasks. */
    Optional<String> name(DelegateTask task) {
        String pattern = names.get(task.getTaskDefinitionKey());
        if (pattern == null) {
            if (numberVariable == null) {
                return Optional.empty();
            }
            return Optional.of(task.getName() + " – " + task.getVariable(numberVariable));
        }
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder name = new StringBuilder();
        while (m.find()) {
            Object value = task.getVariable(m.group(1));
            m.appendReplacement(name, Matcher.quoteReplacement(value == null ? "" : value.toString()));
        }
        m.appendTail(name);
        return Optional.of(name.toString());
    }

    boolean isReview(DelegateTask task) {
        return task.getTaskDefinitionKey().equals(reviewTask);
    }

    String reviewGroup() {
        return reviewGroup;
    }

    String reviewDueDate() {
        return reviewDueDate;
    }

    ReviewDecisionRule<?> decision() {
        return decision;
    }

    Consumer<DelegateTask> whenTaken() {
        return whenTaken;
    }
}
