// A link into a webapp names its place after '#' (a task: #/?task=…, an instance in Cockpit), which the browser
// never sends to the server: the login, which the link led to, lost it on the way and the person landed on
// the webapp's first page. The login page keeps that place for this tab; once logged in, the webapp takes it
// back before it starts (webapp-language.js).
// a webapp's own place only: "#/" and a route or a query ("#/?task=…", "#/process-instance/…"), nothing else
// ("#//host/…" left AngularJS unable to start)
const PLACE = /^#\/(\?|[A-Za-z])/;

if (PLACE.test(location.hash)) {
  try {
    sessionStorage.setItem('impexflow.webappPlace', JSON.stringify({ hash: location.hash, at: Date.now() }));
  } catch (e) {
    // no storage: the person lands on the webapp's first page, as before
  }
}
