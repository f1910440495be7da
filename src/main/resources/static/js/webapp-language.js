// The webapps follow the language chosen in impexflow (French unless the person chose English):
// Camunda's webapps take the browser's first language, so it is set before they start.
(function () {
  // the cookie our pages set (FR | EN, ?lang=) decides; local storage for a browser that has no cookie yet
  var cookie = document.cookie.split('; ').filter(function (c) { return c.indexOf('impexflow.language=') === 0; })[0];
  var language = (cookie && cookie.split('=')[1]) || window.localStorage.getItem('impexflow.language') || 'fr';
  try {
    Object.defineProperty(window.navigator, 'languages', { get: function () { return [language]; } });
    Object.defineProperty(window.navigator, 'language', { get: function () { return language; } });
  } catch (e) {
    // an older browser keeps its own language
  }
})();
