// The English texts that Camunda's webapps write themselves, outside their locale files, in French when the
// person reads French: those of the Camunda Forms (form-js: "Select", "Search", its validation messages) and
// a few fixed in the templates of Cockpit's plugins ("Toggle this section", "zoom in"…). Texts and the
// attributes a browser shows (placeholder, title, aria-label) are replaced as they appear; a tooltip is
// replaced when it opens. Imported by each webapp's impexflow/webapp.js.
import { language } from '/js/webapp-language.js';

/** Whole texts (trimmed) of the Camunda Forms (form-js, in Tasklist). */
const FORMS = new Map([
  ['Select', 'Sélectionner'],
  ['Search', 'Rechercher'],
  ['No results', 'Aucun résultat'],
  ['All values selected', 'Toutes les valeurs sont sélectionnées'],
  ['Remove tag', 'Retirer'],
  ['Skip to search', 'Aller à la recherche'],
  ['Increment', 'Augmenter'],
  ['Decrement', 'Diminuer'],
  ['Field is required.', 'Ce champ est obligatoire.'],
  ['Field must be a valid email.', 'Saisissez une adresse électronique valide.'],
  ['Field must be a valid  international phone number. (e.g. +4930664040900)',
    'Saisissez un numéro de téléphone international valide (par exemple +33123456789).'],
  ['Date and time must both be entered.', 'Saisissez la date et l\'heure.'],
  // the placeholder of a date field, in the order of the browser's locale
  ['dd/mm/yyyy', 'jj/mm/aaaa'],
  ['mm/dd/yyyy', 'mm/jj/aaaa']
]);

/** The validation messages of the Camunda Forms that hold a value. */
const FORM_PATTERNS = [
  [/^Field must have minimum length of (\d+)\.$/, 'Saisissez au moins $1 caractères.'],
  [/^Field must have maximum length of (\d+)\.$/, 'Saisissez au plus $1 caractères.'],
  [/^Field must have minimum value of (.+)\.$/, 'La valeur doit être au moins $1.'],
  [/^Field must have maximum value of (.+)\.$/, 'La valeur doit être au plus $1.'],
  // a whole number's field (an increment of 1): a decimal typed is shown and refused, not made ten times larger
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    'Saisissez un nombre entier, par exemple $1 ou $2.'],
  // the forms' patterns said in words (a pattern itself means nothing to a declarant)
  [/^Field must match pattern \^\\d\{14\}\$\.$/, 'Saisissez 14 chiffres, sans espace (N° SIRET).'],
  [/^Field must match pattern \^\[0-9 \]\{14,17\}\$\.$/, 'Saisissez les 14 chiffres du N° SIRET.'],
  [/^Field must match pattern \^\\d\{5\}\$\.$/, 'Saisissez 5 chiffres (code postal).'],
  [/^Field must match pattern \^\\\+\?.*$/, 'Saisissez un numéro de téléphone (chiffres, espaces, + au début).'],
  [/^Field must match pattern .*\\d\{4\}-\\d\{2\}-\\d\{4\}.*$/,
    'Saisissez des numéros de déclaration au format AAAA-MM-NNNN, séparés par des virgules.'],
  [/^Field must match pattern (.+)\.$/, 'La valeur ne respecte pas le format indiqué sous le champ.']
];

/** Whole texts fixed in the templates of Cockpit's and Tasklist's plugins, anywhere (tooltips open in <body>). */
const TEMPLATES = new Map([
  ['Toggle this section', 'Afficher ou masquer cette section'],
  ['zoom in', 'Zoom avant'],
  ['zoom out', 'Zoom arrière'],
  ['reset zoom', 'Réinitialiser le zoom'],
  ['Select all', 'Tout sélectionner'],
  ['Suspended Job Definition', 'Définition de job suspendue'],
  ['Loading diagram', 'Chargement du diagramme'],
  ['Message is null.', 'Aucun message.'],
  ['Failed Job', 'Job en échec']
]);

/** The calendar of the forms' date fields (flatpickr, in English whatever the page's language). */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
const MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
  'novembre', 'décembre'];
const CALENDAR = new Map([
  ...MONTHS.map((month, i) => [month, MOIS[i]]),
  ['Sun', 'dim.'], ['Mon', 'lun.'], ['Tue', 'mar.'], ['Wed', 'mer.'], ['Thu', 'jeu.'], ['Fri', 'ven.'], ['Sat', 'sam.'],
  ['Hour', 'Heure'], ['Minute', 'Minute'], ['Scroll to increment', 'Faire défiler pour changer'],
  ['Click to toggle', 'Cliquer pour changer']
]);
/** A day's label for screen readers: "December 4, 2026" → "4 décembre 2026". */
const CALENDAR_PATTERNS = [
  [new RegExp('^(' + MONTHS.join('|') + ') (\\d{1,2}), (\\d{4})$'),
    (whole, month, day, year) => day + ' ' + MOIS[MONTHS.indexOf(month)] + ' ' + year]
];

/** The engine's own words in the webapps' notifications (the title above them is Camunda's, in French). */
const NOTIFICATION_PATTERNS = [
  // a link to a task already completed, or mistyped
  [/^(?:<task> <- )?No matching task with id (.+)$/,
    'Aucune tâche ouverte ne porte l\'identifiant $1 : elle a été terminée, ou le lien est incomplet.']
];

const ATTRIBUTES = ['placeholder', 'title', 'aria-label', 'uib-tooltip'];

/** Where a text is translated only inside an element: [selector, whole texts, texts with a value]. */
const SCOPES = [
  ['.fjs-form', FORMS, FORM_PATTERNS],
  ['.flatpickr-calendar', CALENDAR, CALENDAR_PATTERNS],
  // a value that is not set, in Cockpit's side panel
  ['.null-value', new Map([['null', '—']]), []],
  ['.notifications', new Map(), NOTIFICATION_PATTERNS]
];

/** The French of an English text of the webapps shown in element, or null when it is not one. */
function french(text, element) {
  const trimmed = text.trim();
  if (!trimmed) {
    return null;
  }
  let translated = TEMPLATES.get(trimmed);
  for (const [selector, whole, patterns] of SCOPES) {
    if (!translated && element && element.closest(selector)) {
      translated = whole.get(trimmed);
      const pattern = translated ? null : patterns.find(([english]) => english.test(trimmed));
      translated = translated || (pattern && trimmed.replace(pattern[0], pattern[1]));
    }
  }
  return translated ? text.replace(trimmed, translated) : null;
}

function translateText(node) {
  const replaced = french(node.nodeValue, node.parentElement);
  if (replaced !== null) {
    node.nodeValue = replaced;
  }
}

function translateAttributes(element) {
  for (const name of ATTRIBUTES) {
    const value = element.getAttribute(name);
    const replaced = value && french(value, element);
    if (replaced) {
      element.setAttribute(name, replaced);
    }
  }
}

function translateTree(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    translateText(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  translateAttributes(root);
  root.querySelectorAll('[placeholder], [title], [aria-label], [uib-tooltip]').forEach(translateAttributes);
  const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let text = texts.nextNode(); text; text = texts.nextNode()) {
    translateText(text);
  }
}

if (language === 'fr') {
  translateTree(document.body);
  new MutationObserver(mutations => {
    for (const mutation of mutations) {
      if (mutation.type === 'childList') {
        mutation.addedNodes.forEach(translateTree);
      } else if (mutation.type === 'characterData') {
        translateText(mutation.target);
      } else {
        translateAttributes(mutation.target);
      }
    }
  }).observe(document.documentElement, {
    childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES
  });
}
