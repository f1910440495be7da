package org.impexflow.casefile;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The one listener of the case tasks of every procedure, configured by the procedure's {@link CaseTasks}:
 * on {@code create} it names the task after its case and gives the review task its group and due date; on
 * {@code assignment} of the review task it runs what taking the review changes; on {@code complete} of the
 * review task it checks the decision.
 */
@Component("caseTaskListener")
public class CaseTaskListener implements TaskListener {

    private final List<CaseTasks> processes;

    CaseTaskListener(List<CaseTasks> processes) {
        this.processes = processes;
    }

    @Override
    public void notify(DelegateTask task) {
        CaseTasks rule = rule(task);
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> create(rule, task);
            case EVENTNAME_ASSIGNMENT -> {
                if (rule.isReview(task) && task.getAssignee() != null) {
                    rule.whenTaken().accept(task);
                }
            }
            case EVENTNAME_COMPLETE -> {
                if (rule.isReview(task)) {
                    rule.decision().check(task);
                }
            }
            default -> {
            }
        }
    }

    private static void create(CaseTasks rule, DelegateTask task) {
        rule.name(task).ifPresent(task::setName);
        if (rule.isReview(task)) {
            task.addCandidateGroup(rule.reviewGroup());
            task.setDueDate((Date) task.getVariable(rule.reviewDueDate()));
        }
    }

    private CaseTasks rule(DelegateTask task) {
        String processKey = task.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(task.getProcessDefinitionId()).getKey();
        return processes.stream().filter(p -> p.processKey().equals(processKey)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no CaseTasks bean for the process " + processKey));
    }
}
