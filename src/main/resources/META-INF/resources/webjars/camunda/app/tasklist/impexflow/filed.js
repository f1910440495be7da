// impexflow: once a start form is submitted in Tasklist, the person sees what became of it. Tasklist only
// learns the new process instance's id; this asks /mes-declarations/depot/{id} for the case's number and the
// link to its page (or why nothing was registered) and shows it in a banner until closed; for a case received
// by e-mail, the support agent who entered it gets ANSM's page of the case. Requests of other people's
// filings, or of processes that are not a case (support's interventions on accounts), answer 404 and show
// nothing.

const SUBMIT = /\/api\/engine\/engine\/[^/]+\/process-definition\/(?:key\/[^/]+|[^/]+)\/submit-form$/;
const OUTCOME = '/mes-declarations/depot/';

const CLOSE = { fr: 'Fermer', en: 'Close' };

function language() {
  return (navigator.language || 'fr').toLowerCase().startsWith('en') ? 'en' : 'fr';
}

function show(outcome) {
  document.querySelectorAll('.impexflow-filed').forEach((old) => old.remove());
  const banner = document.createElement('div');
  banner.className = 'impexflow-filed alert ' + (outcome.registered ? 'alert-success' : 'alert-info');
  banner.setAttribute('role', 'status');
  const title = document.createElement('strong');
  title.textContent = outcome.title;
  const detail = document.createElement('span');
  detail.textContent = ' ' + outcome.detail + ' ';
  banner.append(title, detail);
  if (outcome.url) {
    const link = document.createElement('a');
    link.href = outcome.url;
    link.textContent = outcome.link;
    banner.append(link);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.setAttribute('aria-label', CLOSE[language()]);
  close.textContent = '×';
  close.addEventListener('click', () => banner.remove());
  banner.prepend(close);
  document.body.append(banner);
}

function followUp(responseText) {
  let instance;
  try {
    instance = JSON.parse(responseText);
  } catch (e) {
    return;
  }
  if (!instance || typeof instance.id !== 'string') {
    return;
  }
  fetch(OUTCOME + encodeURIComponent(instance.id), {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' }
  }).then((answer) => (answer.ok ? answer.json() : null))
    .then((outcome) => outcome && show(outcome))
    .catch(() => { /* the case stays listed in Mes déclarations */ });
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  if (String(method).toUpperCase() === 'POST' && SUBMIT.test(String(url).split('?')[0])) {
    this.addEventListener('load', () => {
      if (this.status === 200) {
        followUp(this.responseText);
      }
    });
  }
  return open.call(this, method, url, ...rest);
};

export default [];
