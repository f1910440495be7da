// impexflow: cockpit in French first (English selectable from the header of our pages), with our name.
import { webappConfig } from '/js/webapp-language.js';

export default webappConfig('Cockpit', {
  // the key figures of the ANSM dashboard on Cockpit's home page, the link to a case's page; French texts and the person's rights
  customScripts: ['impexflow/dashboard-plugin.js', 'impexflow/case-page-plugin.js', 'impexflow/webapp.js']
});
