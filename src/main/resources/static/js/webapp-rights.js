// What the person may do in the webapps, asked once as the webapp starts (GET /webapps/droits): for each
// right they lack, <body> gets the class impexflow-no-<right> and /css/webapps.css hides the buttons and
// links of it (an analyst in Cockpit, who only reads; a declarant in Tasklist, who does not change a task's
// dates or groups); values that open an editor when clicked (a task's due date, its groups, its assignee, a time to live)
// stay readable and can no longer be used (inert). The server refuses these actions anyway (engine
// authorizations, EngineApiGuard): this only spares people buttons that fail. Imported by each webapp's
// impexflow/webapp.js; the webapp starts once this module has its answer (top-level await), so no button
// shows for a moment.

const RIGHTS = '/webapps/droits';

/** Per right lacking: what stays visible but unusable. */
const INERT = {
  manageTasks: ['.task-card .due-date[cam-widget-inline-field]', '.task-card li.groups > span[ng-click]',
    '.task-card li.assignee > [cam-widget-inline-field]'],
  changeProcesses: ['[ng-click="showDialog()"]'],
  tasklist: ['td.task-id a[href*="/tasklist/"]']
};

const kebab = name => name.replace(/[A-Z]/g, c => '-' + c.toLowerCase());

async function rightsOf() {
  try {
    // the webapp waits for this answer before it starts: a server slow to give it must not hold it forever
    const answer = await fetch(RIGHTS, { credentials: 'same-origin', headers: { Accept: 'application/json' },
      signal: AbortSignal.timeout(10000) });
    return answer.ok ? await answer.json() : {};
  } catch (e) {
    // no answer (or none within 10 s): everything stays offered; the server still refuses what the person may not do
    return {};
  }
}

const rights = await rightsOf();
const lacking = Object.keys(rights).filter(right => rights[right] === false);
document.body.classList.add('impexflow-rights', ...lacking.map(right => 'impexflow-no-' + kebab(right)));

const inert = lacking.flatMap(right => INERT[right] || []).join(', ');
if (inert) {
  const apply = () => document.querySelectorAll(inert).forEach(element => {
    if (!element.inert) {
      element.inert = true;
      element.classList.add('impexflow-inert');
    }
  });
  apply();
  new MutationObserver(apply).observe(document.documentElement, { childList: true, subtree: true });
}
