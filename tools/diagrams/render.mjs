// Draws each processes/*.bpmn as docs/processes/<name>.svg with bpmn-js (the Modeler's renderer).
//   cd tools/diagrams && npm ci && npm run render
// Needs Debian's chromium (/usr/bin/chromium); downloads no browser.
import { chromium } from 'playwright-core';
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const viewer = join(root, 'tools/diagrams/node_modules/bpmn-js/dist/bpmn-viewer.production.min.js');
const out = join(root, 'docs/processes');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage();
await page.setContent('<div id="canvas" style="width:1600px;height:900px"></div>');
await page.addScriptTag({ path: viewer });
for (const file of readdirSync(join(root, 'processes')).filter((f) => f.endsWith('.bpmn'))) {
  const xml = readFileSync(join(root, 'processes', file), 'utf8');
  const svg = await page.evaluate(async (diagram) => {
    const container = document.getElementById('canvas');
    container.innerHTML = '';
    const bpmnViewer = new BpmnJS({ container });
    await bpmnViewer.importXML(diagram);
    const { svg } = await bpmnViewer.saveSVG();
    return svg;
  }, xml);
  writeFileSync(join(out, file.replace('.bpmn', '.svg')), svg);
  console.log('wrote', join('docs/processes', file.replace('.bpmn', '.svg')));
}
await browser.close();
