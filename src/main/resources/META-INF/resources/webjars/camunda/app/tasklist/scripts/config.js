// impexflow: tasklist in French first (English selectable from the header of our pages), with our name.
import { language } from '/js/webapp-language.js';

export default {
  app: {
    name: 'Tâches',
    vendor: 'impexflow'
  },
  locales: {
    availableLocales: ['fr', 'en'],
    // the chosen language alone: with another one as fallback, the locale file that arrives last set the
    // language of the dates (moment.js), and French pages showed "2 minutes ago" or "5 December"
    fallbackLocale: language
  },
  // "Joindre un fichier" next to the file-reference fields of the forms; French texts and the person's rights;
  // the number and link of a filing
  customScripts: ['impexflow/attachments.js', 'impexflow/webapp.js', 'impexflow/filed.js'],
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'prendre en charge la tâche sélectionnée' },
    focusFilter: { key: 'ctrl+shift+f', description: 'aller au premier filtre' },
    focusList: { key: 'ctrl+alt+l', description: 'aller à la première tâche de la liste' },
    focusForm: { key: 'ctrl+alt+f', description: 'aller au premier champ du formulaire' },
    startProcess: { key: 'ctrl+alt+p', description: 'ouvrir la fenêtre « Démarrer un processus »' }
  }
};
