// impexflow: cockpit in French first (English selectable from the header of our pages), with our name.
import '/js/webapp-language.js';

export default {
  app: {
    name: 'Cockpit',
    vendor: 'impexflow'
  },
  locales: {
    availableLocales: ['fr', 'en'],
    fallbackLocale: 'en'
  },
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },
  // the key figures of the ANSM dashboard on Cockpit's home page
  customScripts: ['impexflow/dashboard-plugin.js']
};
