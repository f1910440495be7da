#!/usr/bin/env python3
"""Draws a process diagram (BPMN DI) on a grid, so that it reads well in Cockpit and the Modeler.

    python3 tools/bpmn/grid_layout.py tools/bpmn/export-declaration.semantic.bpmn \
        tools/bpmn/export-declaration.grid.json processes/export-declaration.bpmn

The grid file gives each flow node a cell [column, row]; sequence flows are drawn straight or with one
bend, boundary events sit on the lower edge of their task, and a flow may list "via" cells (fractions
allowed) for loops that go back. Element ids and the process are copied unchanged.
"""
import json
import sys
import xml.etree.ElementTree as ET

BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL"
NS = {"bpmn": BPMN}
COL, ROW, X0, Y0 = 160, 130, 60, 70
SIZES = {"task": (100, 80), "event": (36, 36), "gateway": (50, 50)}


def kind(tag):
    local = tag.split("}")[1]
    if local.endswith("Gateway"):
        return "gateway"
    if local.endswith("Event"):
        return "event"
    return "task"


def main(semantic, grid_file, output):
    raw = open(semantic, encoding="utf-8").read()
    tree = ET.fromstring(raw)
    process = tree.find("bpmn:process", NS)
    grid = json.load(open(grid_file, encoding="utf-8"))
    cells, vias = grid["cells"], grid.get("via", {})

    boxes = {}
    boundary = {}
    for element in process:
        element_id = element.get("id")
        if element_id is None or element.tag.endswith("sequenceFlow") or element.tag.endswith("documentation"):
            continue
        if element.tag.endswith("boundaryEvent"):
            boundary.setdefault(element.get("attachedToRef"), []).append(element_id)
            continue
        if element_id not in cells:
            sys.exit(f"no grid cell for {element_id}")
        col, row = cells[element_id]
        w, h = SIZES[kind(element.tag)]
        cx, cy = X0 + col * COL, Y0 + row * ROW
        boxes[element_id] = (cx - w / 2, cy - h / 2, w, h)
    for host, events in boundary.items():
        hx, hy, hw, hh = boxes[host]
        for i, event_id in enumerate(events):
            cx = hx + hw * (i + 0.5) / len(events)
            boxes[event_id] = (cx - 18, hy + hh - 18, 36, 36)

    # labels of boundary events: the first to the left of its task, the others to the right
    labels = {}
    for events in boundary.values():
        for i, event_id in enumerate(events):
            x, y, w, h = boxes[event_id]
            labels[event_id] = (x - 95, y + 38) if i == 0 else (x + 41, y + 38)

    def center(b):
        return (b[0] + b[2] / 2, b[1] + b[3] / 2)

    def anchor(b, towards):
        cx, cy = center(b)
        tx, ty = towards
        if abs(tx - cx) >= abs(ty - cy):
            return (b[0] + b[2], cy) if tx > cx else (b[0], cy)
        return (cx, b[1] + b[3]) if ty > cy else (cx, b[1])

    edges = {}
    for flow in process.findall("bpmn:sequenceFlow", NS):
        fid, source, target = flow.get("id"), flow.get("sourceRef"), flow.get("targetRef")
        sb, tb = boxes[source], boxes[target]
        (sx, sy), (tx, ty) = center(sb), center(tb)
        if fid in vias:
            points = [(X0 + c * COL, Y0 + r * ROW) for c, r in vias[fid]]
            start = anchor(sb, points[0])
            # keep the first and last legs straight
            points[0] = (start[0], points[0][1]) if start[1] != sy else (points[0][0], start[1])
            end = anchor(tb, points[-1])
            points[-1] = (end[0], points[-1][1]) if end[1] != ty else (points[-1][0], end[1])
            waypoints = [start] + points + [end]
        elif source in sum(boundary.values(), []):
            start = (sx, sb[1] + sb[3])
            waypoints = [start, (sx, ty), (tb[0], ty)] if abs(sx - tx) > 1 else [start, (tx, tb[1])]
        elif abs(sy - ty) < 1:
            waypoints = [anchor(sb, (tx, ty)), anchor(tb, (sx, sy))]
        elif abs(sx - tx) < 1:
            waypoints = [anchor(sb, (tx, ty)), anchor(tb, (sx, sy))]
        elif kind(process.find(f"*[@id='{source}']").tag) == "gateway":
            start = (sx, sb[1] + sb[3]) if ty > sy else (sx, sb[1])
            waypoints = [start, (sx, ty), (tb[0], ty) if tx > sx else (tb[0] + tb[2], ty)]
        else:
            start = (sb[0] + sb[2], sy) if tx > sx else (sb[0], sy)
            waypoints = [start, (tx, sy), (tx, tb[1]) if ty > sy else (tx, tb[1] + tb[3])]
        edges[fid] = waypoints

    di = ['  <bpmndi:BPMNDiagram id="BPMNDiagram_%s">' % process.get("id"),
          '    <bpmndi:BPMNPlane id="BPMNPlane_%s" bpmnElement="%s">' % (process.get("id"), process.get("id"))]
    for element_id, (x, y, w, h) in boxes.items():
        extra = ' isMarkerVisible="true"' if kind(process.find(f"*[@id='{element_id}']").tag) == "gateway" \
            and process.find(f"*[@id='{element_id}']").tag.endswith("exclusiveGateway") else ""
        di.append(f'      <bpmndi:BPMNShape id="{element_id}_di" bpmnElement="{element_id}"{extra}>')
        di.append(f'        <dc:Bounds x="{x:.0f}" y="{y:.0f}" width="{w}" height="{h}" />')
        if element_id in labels:
            lx, ly = labels[element_id]
            di.append(f'        <bpmndi:BPMNLabel><dc:Bounds x="{lx:.0f}" y="{ly:.0f}" width="90" height="27" />'
                      '</bpmndi:BPMNLabel>')
        di.append('      </bpmndi:BPMNShape>')
    for fid, points in edges.items():
        di.append(f'      <bpmndi:BPMNEdge id="{fid}_di" bpmnElement="{fid}">')
        for px, py in points:
            di.append(f'        <di:waypoint x="{px:.0f}" y="{py:.0f}" />')
        di.append('      </bpmndi:BPMNEdge>')
    di += ['    </bpmndi:BPMNPlane>', '  </bpmndi:BPMNDiagram>']

    head, tail = raw.rsplit("</bpmn:definitions>", 1)
    head = head.replace('xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"',
                        'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
                        'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" '
                        'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" '
                        'xmlns:di="http://www.omg.org/spec/DD/20100524/DI"', 1)
    with open(output, "w", encoding="utf-8") as out:
        out.write(head.rstrip() + "\n" + "\n".join(di) + "\n</bpmn:definitions>\n")


if __name__ == "__main__":
    main(*sys.argv[1:4])
