// impexflow: files are attached inside the Camunda Forms. The form-js of Tasklist 7.24 has no file picker,
// so next to each reference field (FIELDS, by the form component's key) this adds a button that uploads the
// chosen file to /pieces-jointes/formulaire (the session's login, the webapps' XSRF token) and writes the
// file's reference into the field as typing would (form-js keeps it and submits it as the variable). A
// reference typed or pasted by hand is looked up and shown with its file's name and size. The process
// checks every reference at filing, as for any other caller.

import { afterPageChanges } from '/js/page-changes.js';

/** The keys of the fields that hold file references (PJ-XXXX-XXXX, separated by commas). */
export const FIELDS = ['esbCertificate', 'gmpCertificate', 'earlierDeclarationCopies', 'otherDocuments', 'coverLetter',
  'complementFiles', 'receivedFiles'];

const UPLOAD = '/pieces-jointes/formulaire';
const MAX_BYTES = 20 * 1024 * 1024;
const EXTENSIONS = ['pdf', 'png', 'jpg', 'jpeg', 'xlsx', 'eml'];
/** The fields that take a PDF or an image only (a certificate, a letter, copies of declarations). */
const PDF_OR_IMAGE = ['esbCertificate', 'gmpCertificate', 'earlierDeclarationCopies', 'coverLetter'];
const PDF_OR_IMAGE_EXTENSIONS = ['pdf', 'png', 'jpg', 'jpeg'];

function extensionsOf(input) {
  return PDF_OR_IMAGE.includes(keyOf(input)) ? PDF_OR_IMAGE_EXTENSIONS : EXTENSIONS;
}

function pdfOrImage(input) {
  return PDF_OR_IMAGE.includes(keyOf(input));
}
const REFERENCE = /PJ-[A-Z0-9]{4}-[A-Z0-9]{4}/gi;

const TEXTS = {
  fr: {
    attach: 'Joindre un fichier',
    hint: 'PDF, image PNG ou JPEG, classeur Excel .xlsx ou courriel .eml ; 20 Mo au plus',
    hintPdfOrImage: 'PDF, image PNG ou JPEG ; 20 Mo au plus',
    typeRefusedPdfOrImage: 'Le fichier « {0} » n\'est pas d\'un type accepté ici (PDF, image PNG ou JPEG) : il n\'a pas '
      + 'été joint.',
    uploading: 'Envoi de « {0} »…',
    attached: 'joint',
    tooLarge: 'Le fichier « {0} » dépasse 20 Mo : il n\'a pas été joint.',
    typeRefused: 'Le fichier « {0} » n\'est pas d\'un type accepté, à en juger par son contenu (PDF, image PNG '
      + 'ou JPEG, classeur Excel .xlsx ou courriel .eml) : il n\'a pas été joint.',
    empty: 'Le fichier « {0} » est vide : il n\'a pas été joint.',
    refused: 'Le serveur a refusé le fichier « {0} » : {1}',
    forbidden: 'Le serveur a refusé le fichier « {0} » : votre session a expiré ou n\'est plus valable ; '
      + 'rechargez la page.',
    failed: 'Le fichier « {0} » n\'a pas pu être envoyé (connexion interrompue) : réessayez.',
    notAllowed: 'Le fichier « {0} » n\'a pas été joint : {1}',
    quota: '{1}',
    unknown: 'Référence {0} : aucune pièce jointe à joindre sous ce numéro (inconnue, déjà jointe à un dossier, '
      + 'ou déposée par un autre établissement)'
  },
  en: {
    attach: 'Attach a file',
    hint: 'PDF, PNG or JPEG image, Excel .xlsx workbook or .eml e-mail; 20 MB at most',
    hintPdfOrImage: 'PDF, PNG or JPEG image; 20 MB at most',
    typeRefusedPdfOrImage: 'The file "{0}" is not of a type accepted here (PDF, PNG or JPEG image): it was not attached.',
    uploading: 'Uploading "{0}"…',
    attached: 'attached',
    tooLarge: 'The file "{0}" is larger than 20 MB: it was not attached.',
    typeRefused: 'The file "{0}" is not of an accepted type, judging by its content (PDF, PNG or JPEG image, '
      + 'Excel .xlsx workbook or .eml e-mail): it was not attached.',
    empty: 'The file "{0}" is empty: it was not attached.',
    refused: 'The server refused the file "{0}": {1}',
    forbidden: 'The server refused the file "{0}": your session has expired or is no longer valid; reload the page.',
    failed: 'The file "{0}" could not be sent (connection lost): try again.',
    notAllowed: 'The file "{0}" was not attached: your account cannot upload files; only the accounts of an '
      + 'establishment (once accepted into it) do, for its cases, and ANSM support for requests received by e-mail.',
    quota: 'The file "{0}" was not attached: you have reached the limit of files uploaded and not yet joined to a '
      + 'case; join them to a case or delete some on the Attachments page.',
    unknown: 'Reference {0}: no attachment to join under this number (unknown, already joined to a case, or '
      + 'uploaded by another establishment)'
  }
};

function text(name, ...values) {
  const language = (navigator.language || 'fr').toLowerCase().startsWith('en') ? 'en' : 'fr';
  return TEXTS[language][name].replace(/\{(\d)\}/g, (all, i) => values[Number(i)]);
}

function size(bytes) {
  const english = text('attach') === TEXTS.en.attach;
  if (bytes < 1024) {
    return bytes + (english ? ' B' : ' o');
  }
  if (bytes < 1024 * 1024) {
    return Math.ceil(bytes / 1024) + (english ? ' KB' : ' Ko');
  }
  return (bytes / (1024 * 1024)).toFixed(1).replace('.', english ? '.' : ',') + (english ? ' MB' : ' Mo');
}

function xsrfToken() {
  const cookie = document.cookie.split('; ').find(c => c.indexOf('XSRF-TOKEN=') === 0);
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

/** The field's key from form-js's id of its input: "fjs-form-<form>-Field_<key>_<index>". */
function keyOf(input) {
  const match = /-Field_([A-Za-z0-9]+)_\d+$/.exec(input.id || '');
  return match ? match[1] : null;
}

/**
 * As typing does: the field takes the focus, form-js hears "input" (it waits 300 ms before applying it) and
 * applies it at once when the field loses the focus, so a click on "Démarrer" or "Terminer" right after the
 * upload sends the reference.
 */
function setValue(input, value) {
  const prototype = input.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  input.focus({ preventScroll: true });
  Object.getOwnPropertyDescriptor(prototype, 'value').set.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.blur();
}

/** What each field shows, kept across form-js's re-renders: id of the input → { files, error }. */
const states = new Map();

function stateOf(input) {
  if (!states.has(input.id)) {
    states.set(input.id, { files: new Map(), error: '', busy: '' });
  }
  return states.get(input.id);
}

function render(input, widget) {
  const state = stateOf(input);
  const list = widget.querySelector('.impexflow-attach-files');
  list.textContent = '';
  const references = (input.value.match(REFERENCE) || []).map(r => r.toUpperCase());
  references.forEach(reference => {
    const file = state.files.get(reference);
    if (!file) {
      return;
    }
    const item = document.createElement('li');
    item.textContent = file.fileName + ' (' + size(file.sizeBytes) + ') – ' + reference + ' – ' + text('attached')
      + (file.sha256 ? ' – SHA-256 ' + file.sha256 : '');
    list.appendChild(item);
  });
  const error = widget.querySelector('.impexflow-attach-error');
  error.textContent = state.error;
  error.style.display = state.error ? '' : 'none';
  const progress = widget.querySelector('progress');
  progress.style.display = state.busy ? '' : 'none';
  widget.querySelector('.impexflow-attach-status').textContent = state.busy;
  widget.querySelector('button').disabled = !!state.busy;
}

function upload(input, widget, file) {
  const state = stateOf(input);
  const extension = file.name.includes('.') ? file.name.split('.').pop().toLowerCase() : '';
  state.error = '';
  if (file.size === 0) {
    state.error = text('empty', file.name);
  } else if (file.size > MAX_BYTES) {
    state.error = text('tooLarge', file.name);
  } else if (!extensionsOf(input).includes(extension)) {
    state.error = text(pdfOrImage(input) ? 'typeRefusedPdfOrImage' : 'typeRefused', file.name);
  }
  if (state.error) {
    render(input, widget);
    return;
  }
  const body = new FormData();
  body.append('file', file, file.name);
  const request = new XMLHttpRequest();
  request.open('POST', UPLOAD);
  request.setRequestHeader('X-XSRF-TOKEN', xsrfToken());
  request.setRequestHeader('Accept', 'application/json');
  const progress = widget.querySelector('progress');
  progress.value = 0;
  request.upload.onprogress = event => {
    if (event.lengthComputable) {
      progress.value = Math.round(100 * event.loaded / event.total);
    }
  };
  request.onload = () => {
    state.busy = '';
    let answer = {};
    try {
      answer = JSON.parse(request.responseText);
    } catch (e) {
      answer = {};
    }
    if (request.status === 201 && answer.reference) {
      state.files.set(answer.reference, answer);
      const current = input.value.trim();
      setValue(input, current ? current.replace(/[\s,;]+$/, '') + ', ' + answer.reference : answer.reference);
    } else if (answer.code === 'TOO_LARGE' || request.status === 413) {
      state.error = text('tooLarge', file.name);
    } else if (answer.code === 'TYPE_REFUSED') {
      state.error = text(pdfOrImage(input) ? 'typeRefusedPdfOrImage' : 'typeRefused', file.name);
    } else if (answer.code === 'EMPTY') {
      state.error = text('empty', file.name);
    } else if (answer.code === 'NOT_ALLOWED') {
      state.error = text('notAllowed', file.name, answer.message);
    } else if (answer.code === 'QUOTA_EXCEEDED') {
      state.error = text('quota', file.name, answer.message);
    } else if (request.status === 401 || request.status === 403) {
      state.error = text('forbidden', file.name);
    } else {
      state.error = text('refused', file.name, answer.message || ('HTTP ' + request.status));
    }
    render(input, widget);
  };
  request.onerror = () => {
    state.busy = '';
    state.error = text('failed', file.name);
    render(input, widget);
  };
  state.busy = text('uploading', file.name);
  render(input, widget);
  request.send(body);
}

/** A reference typed or pasted by hand: its file's name and size, or a clear word when it cannot be used. */
function lookUp(input, widget) {
  const state = stateOf(input);
  const references = (input.value.match(REFERENCE) || []).map(r => r.toUpperCase());
  const unknown = references.filter(r => !state.files.has(r));
  if (!unknown.length) {
    render(input, widget);
    return;
  }
  Promise.all(unknown.map(reference => fetch(UPLOAD + '/' + encodeURIComponent(reference),
    { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(answer => answer.ok ? answer.json() : null)
    .then(file => {
      if (file) {
        state.files.set(reference, file);
        return null;
      }
      return reference;
    })
    .catch(() => null)))
    .then(refused => {
      const first = refused.find(r => r);
      state.error = first ? text('unknown', first) : '';
      render(input, widget);
    });
}

function widgetFor(input) {
  const widget = document.createElement('div');
  widget.className = 'impexflow-attach';
  widget.dataset.for = input.id;
  widget.style.margin = '4px 0 8px';
  const chooser = document.createElement('input');
  chooser.type = 'file';
  chooser.accept = extensionsOf(input).map(e => '.' + e).join(',');
  chooser.style.display = 'none';
  chooser.className = 'impexflow-attach-input';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'btn btn-default btn-sm impexflow-attach-button';
  button.textContent = text('attach');
  button.addEventListener('click', () => chooser.click());
  chooser.addEventListener('change', () => {
    if (chooser.files.length) {
      upload(input, widget, chooser.files[0]);
    }
    chooser.value = '';
  });
  const hint = document.createElement('span');
  hint.className = 'impexflow-attach-hint text-muted';
  hint.style.marginLeft = '8px';
  hint.textContent = text(pdfOrImage(input) ? 'hintPdfOrImage' : 'hint');
  const status = document.createElement('span');
  status.className = 'impexflow-attach-status';
  status.style.marginLeft = '8px';
  const progress = document.createElement('progress');
  progress.max = 100;
  progress.style.marginLeft = '8px';
  const files = document.createElement('ul');
  files.className = 'impexflow-attach-files';
  files.style.margin = '4px 0 0';
  const error = document.createElement('div');
  error.className = 'impexflow-attach-error text-danger';
  error.setAttribute('role', 'alert');
  widget.append(chooser, button, hint, status, progress, files, error);
  return widget;
}

function equip() {
  document.querySelectorAll('.fjs-form input.fjs-input[id], .fjs-form textarea.fjs-textarea[id]').forEach(input => {
    if (!FIELDS.includes(keyOf(input)) || input.readOnly || input.disabled) {
      return;
    }
    const field = input.closest('.fjs-form-field') || input.parentElement;
    let widget = field.querySelector(':scope > .impexflow-attach');
    if (!widget || widget.dataset.for !== input.id) {
      if (widget) {
        widget.remove();
      }
      widget = widgetFor(input);
      field.appendChild(widget);
      render(input, widget);
    }
    if (input.dataset.impexflowAttach !== 'on') {
      input.dataset.impexflowAttach = 'on';
      input.addEventListener('change', () => lookUp(input, field.querySelector(':scope > .impexflow-attach')));
      input.addEventListener('blur', () => {
        const current = field.querySelector(':scope > .impexflow-attach');
        if (current) {
          lookUp(input, current);
        }
      });
    }
  });
}

afterPageChanges(equip);

export default [];
