package org.impexflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** What the process tests do alike: run a job or a timer as the job executor would, and find the one mail expected. */
public final class ProcessTestSupport {

    private ProcessTestSupport() {
    }

    public static void execute(ProcessEngine engine, Job job) {
        engine.getManagementService().executeJob(job.getId());
    }

    /** The timer of an activity of the instance, or null. */
    public static Job timer(ProcessEngine engine, ProcessInstance pi, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId(activityId).singleResult();
    }

    /**
     * A person takes the task (unless someone already has) and completes it with these variables, as
     * Tasklist does: the one who has it completes it.
     */
    public static void claimAndComplete(ProcessEngine engine, org.camunda.bpm.engine.task.Task task, String person,
            java.util.Map<String, Object> variables) {
        String worker = task.getAssignee() != null ? task.getAssignee() : person;
        Declarations.as(engine, worker, () -> {
            if (task.getAssignee() == null) {
                engine.getTaskService().claim(task.getId(), worker);
            }
            engine.getTaskService().complete(task.getId(), variables);
        });
    }

    /**
     * The values a task's form opens with (what Tasklist loads for it), without the empty ones: a field
     * that starts empty is absent.
     */
    public static java.util.Map<String, Object> formValues(ProcessEngine engine, org.camunda.bpm.engine.task.Task task) {
        java.util.Map<String, Object> values = new java.util.HashMap<>();
        engine.getFormService().getTaskFormVariables(task.getId()).forEach((name, value) -> {
            if (value != null) {
                values.put(name, value);
            }
        });
        return values;
    }

    /** The one mail a recipient received whose subject contains the given words. */
    public static MimeMessage mail(String recipient, String subjectPart) {
        return single(TestMailServer.to(recipient).stream().filter(m -> Mails.subject(m).contains(subjectPart))
                .toList());
    }

    public static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }
}
