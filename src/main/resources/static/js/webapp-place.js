// A link into a webapp names its place after '#' (a task: #/?task=…, an instance in Cockpit), which the browser
// never sends to the server: the login, which the link led to, lost it on the way and the person landed on
// the webapp's first page. The login page keeps that place for this tab; once logged in, the webapp takes it
// back before it starts (webapp-language.js, which also keeps the place of a webapp whose session ended).

/**
 * A webapp's own place only: "#/" and a route or a query ("#/?task=…", "#/process-instance/…"), nothing else
 * ("#//host/…" left AngularJS unable to start).
 */
const PLACE = /^#\/(\?|[A-Za-z])/;

const KEY = 'impexflow.webappPlace';
/** How long a place is kept: a quarter of an hour. */
const KEPT_FOR = 15 * 60 * 1000;

/** Keeps a webapp's place for this tab, for after the login (nothing kept for any other text). */
export function keepPlace(hash) {
  if (!PLACE.test(String(hash))) {
    return;
  }
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ hash, at: Date.now() }));
  } catch (e) {
    // no storage: the person lands on the webapp's first page, as before
  }
}

/** The place kept for this tab, once (it is forgotten when taken), if it was kept less than KEPT_FOR ago. */
export function takePlace() {
  const kept = sessionStorage.getItem(KEY);
  if (!kept) {
    return null;
  }
  sessionStorage.removeItem(KEY);
  try {
    const place = JSON.parse(kept);
    return Date.now() - place.at < KEPT_FOR && PLACE.test(String(place.hash)) ? String(place.hash) : null;
  } catch (e) {
    // a value of another kind: the webapp's first page
    return null;
  }
}

// the login page loads this module to keep the place of the link that led to it; the webapps import it
if (location.pathname.endsWith('/login')) {
  keepPlace(location.hash);
}
