// Cockpit plugin: on a process instance's page, a button to ANSM's page of its case (timeline, documents,
// mails); /ansm/dossiers/processus/<id> finds the case of the process and sends the browser there.
import { language } from '/js/webapp-language.js';

const TITLE = language === 'en' ? "Case page: history, documents, mails"
  : 'Page du dossier : historique, documents, courriels';

export default {
  id: 'impexflow.casePage',
  pluginPoint: 'cockpit.processInstance.runtime.action',
  priority: 50,
  render: (node, { processInstanceId }) => {
    const link = document.createElement('a');
    link.id = 'impexflow-case-page';
    link.className = 'btn btn-default action-button';
    link.href = '/ansm/dossiers/processus/' + encodeURIComponent(processInstanceId);
    link.title = TITLE;
    link.setAttribute('aria-label', TITLE);
    const icon = document.createElement('span');
    icon.className = 'glyphicon glyphicon-folder-open';
    link.appendChild(icon);
    node.appendChild(link);
  }
};
