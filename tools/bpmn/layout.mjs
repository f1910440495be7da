// Draws the diagram (BPMN DI) of a process written without one, so that Cockpit and the Modeler show it:
//   node layout.mjs export-declaration.semantic.bpmn ../../processes/export-declaration.bpmn
// bpmn-auto-layout places the elements; boundary events of one task are then spread along its lower
// edge so that they do not overlap.
import { layoutProcess } from 'bpmn-auto-layout';
import { readFileSync, writeFileSync } from 'node:fs';

const [, , input, output] = process.argv;
let xml = await layoutProcess(readFileSync(input, 'utf8'));

const hosts = {};
for (const match of xml.matchAll(/<bpmn:boundaryEvent id="([^"]+)"[^>]*attachedToRef="([^"]+)"/g)) {
  (hosts[match[2]] ??= []).push(match[1]);
}
const bounds = (id) => {
  const m = xml.match(new RegExp(`bpmnElement="${id}"[^>]*>\\s*<dc:Bounds x="([\\d.]+)" y="([\\d.]+)" width="([\\d.]+)" height="([\\d.]+)"`));
  return m && { x: +m[1], y: +m[2], width: +m[3], height: +m[4] };
};
for (const [host, events] of Object.entries(hosts)) {
  const h = bounds(host);
  events.forEach((id, i) => {
    const x = Math.round(h.x + (h.width * (i + 0.5)) / events.length - 18);
    const y = Math.round(h.y + h.height - 18);
    xml = xml.replace(new RegExp(`(bpmnElement="${id}"[^>]*>\\s*<dc:Bounds) x="[\\d.]+" y="[\\d.]+"`),
      `$1 x="${x}" y="${y}"`);
    const flow = xml.match(new RegExp(`<bpmn:boundaryEvent id="${id}"[\\s\\S]*?<bpmn:outgoing>([^<]+)</bpmn:outgoing>`))[1];
    xml = xml.replace(new RegExp(`(bpmnElement="${flow}"[^>]*>\\s*<di:waypoint) x="[\\d.]+" y="[\\d.]+"`),
      `$1 x="${x + 18}" y="${y + 36}"`);
  });
}
writeFileSync(output, xml);
