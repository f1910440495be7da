// The webapps follow the language chosen in impexflow (French unless the person chose English):
// Camunda's webapps take the browser's first language, so it is set before they start.
(function () {
  var language = window.localStorage.getItem('impexflow.language') || 'fr';
  try {
    Object.defineProperty(window.navigator, 'languages', { get: function () { return [language]; } });
    Object.defineProperty(window.navigator, 'language', { get: function () { return language; } });
  } catch (e) {
    // an older browser keeps its own language
  }
})();
