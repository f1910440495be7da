package org.impexflow.access;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The groups that read every task of a process through their grant on its definition (the reader groups of
 * its {@link ProcessAccess}: READ_TASK and READ_HISTORY). When such a group is a candidate of a task, the
 * engine needs no row of its own for that task: members read it through the definition, and work it (claim,
 * assign, complete, set its variables) because their group is one of its candidates. The rule is the
 * one the engine's per-task grant gave them, without one row per open task.
 */
final class TaskReaders {

    private final ObjectProvider<ProcessAccess> processes;
    private volatile Map<String, Set<String>> byProcess;

    TaskReaders(ObjectProvider<ProcessAccess> processes) {
        this.processes = processes;
    }

    /** Whether {@code group} reads every task of the task's process (so the task needs no row for it). */
    boolean readsEveryTask(Task task, String group) {
        String key = processKey(task);
        return key != null && readers(key).contains(group);
    }

    /**
     * Whether the authenticated person works on the task as a member of one of its candidate groups that reads
     * every task of its process.
     */
    boolean worksAsCandidate(TaskEntity task, Authentication who) {
        if (who == null || who.getGroupIds() == null || who.getGroupIds().isEmpty()) {
            return false;
        }
        String key = processKey(task);
        if (key == null) {
            return false;
        }
        Set<String> readers = readers(key);
        for (IdentityLink link : task.getIdentityLinks()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
                    && readers.contains(link.getGroupId()) && who.getGroupIds().contains(link.getGroupId())) {
                return true;
            }
        }
        return false;
    }

    private static String processKey(Task task) {
        if (!(task instanceof TaskEntity entity) || entity.getExecutionId() == null) {
            return null;
        }
        ProcessDefinitionEntity definition = entity.getProcessDefinition();
        return definition == null ? null : definition.getKey();
    }

    private Set<String> readers(String processKey) {
        Map<String, Set<String>> map = byProcess;
        if (map == null) {
            map = new HashMap<>();
            for (ProcessAccess process : processes) {
                map.computeIfAbsent(process.processKey(), k -> new HashSet<>()).addAll(process.readerGroups());
            }
            byProcess = map;
        }
        return map.getOrDefault(processKey, Set.of());
    }
}
