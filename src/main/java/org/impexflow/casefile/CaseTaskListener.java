package org.impexflow.casefile;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The one listener of the case tasks of every procedure, configured by the procedure's {@link CaseTasks}:
 * on {@code create} it names the task after its case and gives the review task its group and due date; on
 * {@code assignment} of the review task it runs what taking the review changes; on {@code complete} of the
 * review task it checks the decision. The first task of a registered case puts the address of the case's
 * ANSM page on its process ({@link CasePages#VARIABLE}).
 */
@Component("caseTaskListener")
public record CaseTaskListener(List<CaseTasks> processes, CaseRegister register, CasePages pages)
        implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        CaseTasks rule = rule(task);
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> {
                create(rule, task);
                linkCasePage(task);
            }
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

    /** The address of the case's page on its process (Cockpit shows it), once the case is registered. */
    private void linkCasePage(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        if (execution == null || execution.getProcessInstance().hasVariable(CasePages.VARIABLE)) {
            return;
        }
        register.ofProcess(task.getProcessInstanceId()).ifPresent(c -> execution.getProcessInstance()
                .setVariable(CasePages.VARIABLE, pages.url(c.getId())));
    }

    private CaseTasks rule(DelegateTask task) {
        String processKey = task.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(task.getProcessDefinitionId()).getKey();
        return processes.stream().filter(p -> p.processKey().equals(processKey)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no CaseTasks bean for the process " + processKey));
    }
}
