// Cockpit plugin: the key figures of the ANSM dashboard on Cockpit's home page, with a link to the
// whole dashboard (/tableau-de-bord). The figures come from the engine's history, computed by impexflow.
const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export default {
  id: 'impexflow.dashboard',
  pluginPoint: 'cockpit.dashboard',
  priority: 100,
  render: (node) => {
    node.innerHTML = '<section class="impexflow-dashboard"><h3>Tableau de bord ANSM</h3><p>Chargement…</p></section>';
    fetch('/tableau-de-bord/chiffres', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .then((figures) => {
        node.innerHTML = `<section class="impexflow-dashboard" id="impexflow-dashboard">
          <h3>Tableau de bord ANSM</h3>
          <table class="table cam-table">
            <tbody>
              <tr><th>Dossiers déposés</th><td data-figure="filed">${escape(figures.filed)}</td></tr>
              <tr><th>Dossiers décidés</th><td data-figure="decided">${escape(figures.decided)}</td></tr>
              <tr><th>Dossiers en cours</th><td data-figure="pending">${escape(figures.pending)}</td></tr>
              <tr><th>Délai médian dépôt → décision</th><td data-figure="median">${escape(figures.medianDaysText)}</td></tr>
              <tr><th>Instructions en retard</th><td data-figure="overdue">${escape(figures.overdueReviews)}</td></tr>
              <tr><th>Incidents ouverts</th><td data-figure="incidents">${escape(figures.openIncidents)}</td></tr>
            </tbody>
          </table>
          <p><a href="/tableau-de-bord">Tableau de bord complet (par type et par mois, délais, incidents)</a></p>
        </section>`;
      })
      .catch(() => {
        node.innerHTML = '<section class="impexflow-dashboard"><h3>Tableau de bord ANSM</h3>'
          + '<p><a href="/tableau-de-bord">Ouvrir le tableau de bord</a></p></section>';
      });
  }
};
