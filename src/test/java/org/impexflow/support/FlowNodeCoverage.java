package org.impexflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;

/** Remembers the instances a test class started, then checks that together they walked every flow node. */
public final class FlowNodeCoverage {

    private final String processKey;
    private final Set<String> instances = ConcurrentHashMap.newKeySet();
    private ProcessEngine engine;

    public FlowNodeCoverage(String processKey) {
        this.processKey = processKey;
    }

    public void track(ProcessEngine engine, String processInstanceId) {
        this.engine = engine;
        instances.add(processInstanceId);
    }

    public void assertEveryFlowNodeWalked() {
        assertThat(engine).as("no instance of " + processKey + " was started").isNotNull();
        String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(processKey).latestVersion().singleResult().getId();
        BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definitionId);
        Set<String> nodes = model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId)
                .collect(Collectors.toSet());
        Set<String> walked = new HashSet<>();
        for (String id : instances) {
            engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(id).list().stream()
                    .map(HistoricActivityInstance::getActivityId).forEach(walked::add);
        }
        assertThat(nodes).isNotEmpty();
        assertThat(walked).as("flow nodes of " + processKey + " walked by the tests").containsAll(nodes);
    }
}
