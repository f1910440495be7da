// impexflow: tasklist in French first (English selectable from the header of our pages), with our name.
import { webappConfig } from '/js/webapp-language.js';

export default webappConfig({ fr: 'Tâches', en: 'Tasks' }, {
  // "Joindre un fichier" next to the file-reference fields of the forms; French texts and the person's rights;
  // the number and link of a filing
  customScripts: ['impexflow/attachments.js', 'impexflow/webapp.js', 'impexflow/filed.js', 'impexflow/completed.js', 'impexflow/sorting.js'],
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'prendre en charge la tâche sélectionnée' },
    focusFilter: { key: 'ctrl+shift+f', description: 'aller au premier filtre' },
    focusList: { key: 'ctrl+alt+l', description: 'aller à la première tâche de la liste' },
    focusForm: { key: 'ctrl+alt+f', description: 'aller au premier champ du formulaire' },
    startProcess: { key: 'ctrl+alt+p', description: 'ouvrir la fenêtre « Démarrer un processus »' }
  }
});
