// A link into a webapp names its place after '#' (a task: #/?task=…, an instance in Cockpit), which the browser
// never sends to the server: the login, which the link led to, lost it on the way and the person landed on
// the webapp's first page. The login page keeps that place for this tab; once logged in, the webapp takes it
// back before it starts (webapp-language.js, which also keeps the place of a webapp whose session ended).

/**
 * A webapp's own place only: "#/" and a route or a query ("#/?task=…", "#/process-instance/…"), nothing else
 * ("#//host/…" left AngularJS unable to start).
 */
export const PLACE = /^#\/(\?|[A-Za-z])/;

/** Keeps a webapp's place for this tab, for after the login (nothing kept for any other text). */
export function keepPlace(hash) {
  if (!PLACE.test(String(hash))) {
    return;
  }
  try {
    sessionStorage.setItem('impexflow.webappPlace', JSON.stringify({ hash, at: Date.now() }));
  } catch (e) {
    // no storage: the person lands on the webapp's first page, as before
  }
}

// the login page loads this module to keep the place of the link that led to it; the webapps import it
if (location.pathname.endsWith('/login')) {
  keepPlace(location.hash);
}
