package org.impexflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;

/**
 * Every process of {@code processes/} carries its diagram, as the Camunda Modeler saves it and as Cockpit
 * and Tasklist draw it: a shape with its bounds for every flow node, an edge with its waypoints for every
 * sequence flow. The files are edited in the Modeler only; nothing else writes them.
 */
class ProcessDiagramsTests {

    @Test
    void everyFlowNodeHasItsShapeAndEverySequenceFlowItsEdge() throws IOException {
        List<Path> processes = processes();
        assertThat(processes).hasSizeGreaterThan(5);
        List<String> missing = new ArrayList<>();
        for (Path file : processes) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            String name = file.getFileName().toString();
            if (model.getModelElementsByType(BpmnDiagram.class).isEmpty()) {
                missing.add(name + ": no BPMNDiagram");
            }
            Map<String, BpmnShape> shapes = new HashMap<>();
            for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
                BaseElement element = shape.getBpmnElement();
                if (element != null && shape.getBounds() != null) {
                    shapes.put(element.getId(), shape);
                }
            }
            Map<String, BpmnEdge> edges = new HashMap<>();
            for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
                BaseElement element = edge.getBpmnElement();
                if (element != null && edge.getWaypoints().size() >= 2) {
                    edges.put(element.getId(), edge);
                }
            }
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                if (!shapes.containsKey(node.getId())) {
                    missing.add(name + ": no shape for " + node.getElementType().getTypeName() + " " + node.getId());
                }
            }
            for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                if (!edges.containsKey(flow.getId())) {
                    missing.add(name + ": no edge for sequence flow " + flow.getId());
                }
            }
        }
        assertThat(missing).as("diagrams of processes/*.bpmn (open the process in the Camunda Modeler and save it)")
                .isEmpty();
    }

    static List<Path> processes() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            return files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
        }
    }
}
