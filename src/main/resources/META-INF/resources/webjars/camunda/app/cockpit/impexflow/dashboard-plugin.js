// Cockpit plugin: the key figures of the ANSM dashboard on Cockpit's home page, with a link to the
// whole dashboard (/tableau-de-bord), in the language of the webapps (webapp-language.js set the browser's).
// The figures come from the case register and the engine, computed by impexflow.
const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const TEXTS = {
  fr: {
    title: 'Tableau de bord ANSM', loading: 'Chargement…', filed: 'Dossiers déposés', decided: 'Dossiers décidés',
    pending: 'Dossiers en cours', median: 'Délai médian dépôt → décision', overdue: 'Instructions en retard',
    incidents: 'Incidents ouverts', days: ' j', all: 'Tableau de bord complet (par type et par mois, délais, incidents)',
    open: 'Ouvrir le tableau de bord'
  },
  en: {
    title: 'ANSM dashboard', loading: 'Loading…', filed: 'Cases filed', decided: 'Cases decided',
    pending: 'Cases in progress', median: 'Median time filing → decision', overdue: 'Overdue reviews',
    incidents: 'Open incidents', days: ' d', all: 'Whole dashboard (by type and month, times, incidents)',
    open: 'Open the dashboard'
  }
};

function texts() {
  return (navigator.language || 'fr').toLowerCase().startsWith('en') ? TEXTS.en : TEXTS.fr;
}

function days(value, t) {
  if (value === null || value === undefined) {
    return '–';
  }
  return value.toLocaleString(t === TEXTS.en ? 'en-GB' : 'fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
    + t.days;
}

export default {
  id: 'impexflow.dashboard',
  pluginPoint: 'cockpit.dashboard',
  priority: 100,
  render: (node) => {
    const t = texts();
    node.innerHTML = `<section class="impexflow-dashboard"><h3>${t.title}</h3><p>${t.loading}</p></section>`;
    fetch('/tableau-de-bord/chiffres', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .then((figures) => {
        node.innerHTML = `<section class="impexflow-dashboard" id="impexflow-dashboard">
          <h3>${t.title}</h3>
          <table class="table cam-table">
            <tbody>
              <tr><th>${t.filed}</th><td data-figure="filed">${escape(figures.filed)}</td></tr>
              <tr><th>${t.decided}</th><td data-figure="decided">${escape(figures.decided)}</td></tr>
              <tr><th>${t.pending}</th><td data-figure="pending">${escape(figures.pending)}</td></tr>
              <tr><th>${t.median}</th><td data-figure="median">${escape(days(figures.medianDays, t))}</td></tr>
              <tr><th>${t.overdue}</th><td data-figure="overdue">${escape(figures.overdueReviews)}</td></tr>
              <tr><th>${t.incidents}</th><td data-figure="incidents">${escape(figures.openIncidents)}</td></tr>
            </tbody>
          </table>
          <p><a href="/tableau-de-bord">${t.all}</a></p>
        </section>`;
      })
      .catch(() => {
        node.innerHTML = `<section class="impexflow-dashboard"><h3>${t.title}</h3>`
          + `<p><a href="/tableau-de-bord">${t.open}</a></p></section>`;
      });
  }
};
