// impexflow: once a task is completed in Tasklist, the person sees that it was, and no longer reads the error
// of an earlier try as if it were the outcome (Tasklist keeps a refusal's red notification on screen after
// the corrected form went through, and shows nothing else). A banner says the task is done and, when the
// form linked to its case's page, links there; it goes when closed or when another task is opened.

const COMPLETE = /\/api\/engine\/engine\/[^/]+\/task\/[^/]+\/(?:submit-form|complete)$/;
const CASE_PAGE = '.fjs-form a[href*="/ansm/dossiers/"], .fjs-form a[href*="/mes-declarations/"]';

const TEXTS = {
  fr: {
    title: 'Tâche terminée.',
    detail: 'Ce que vous avez saisi est enregistré et la tâche a quitté votre liste.',
    link: 'Page du dossier',
    close: 'Fermer'
  },
  en: {
    title: 'Task completed.',
    detail: 'What you entered is saved and the task has left your list.',
    link: 'Case page',
    close: 'Close'
  }
};

function text(name) {
  const language = (navigator.language || 'fr').toLowerCase().startsWith('en') ? 'en' : 'fr';
  return TEXTS[language][name];
}

/** Tasklist's own notifications service: its refusals (type "danger") are cleared as Tasklist clears them. */
function clearRefusals() {
  const angular = window.angular;
  const injector = angular && angular.element(document.body).injector();
  if (injector && injector.has('Notifications')) {
    const root = injector.get('$rootScope');
    root.$applyAsync(() => injector.get('Notifications').clear({ type: 'danger' }));
  } else {
    document.querySelectorAll('.notifications .alert-danger').forEach(alert => alert.remove());
  }
}

function show(casePage) {
  document.querySelectorAll('.impexflow-completed').forEach(old => old.remove());
  const banner = document.createElement('div');
  banner.className = 'impexflow-completed impexflow-filed alert alert-success';
  banner.setAttribute('role', 'status');
  const title = document.createElement('strong');
  title.textContent = text('title');
  const detail = document.createElement('span');
  detail.textContent = ' ' + text('detail') + ' ';
  banner.append(title, detail);
  if (casePage) {
    const link = document.createElement('a');
    link.href = casePage;
    link.textContent = text('link');
    banner.append(link);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.setAttribute('aria-label', text('close'));
  close.textContent = '×';
  close.addEventListener('click', () => banner.remove());
  banner.prepend(close);
  document.body.append(banner);
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  if (String(method).toUpperCase() === 'POST' && COMPLETE.test(String(url).split('?')[0])) {
    const link = document.querySelector(CASE_PAGE);
    const casePage = link ? link.getAttribute('href') : null;
    this.addEventListener('load', () => {
      if (this.status >= 200 && this.status < 300) {
        clearRefusals();
        show(casePage);
      }
    });
  }
  return open.call(this, method, url, ...rest);
};

// a banner of a completed task goes once another task is opened
window.addEventListener('hashchange', () => {
  if (/[?&]task=/.test(window.location.hash)) {
    document.querySelectorAll('.impexflow-completed').forEach(old => old.remove());
  }
});

export default [];
