// FR | EN in the header: the language of our pages (cookie read by the server) and of the Camunda
// webapps (local storage read by webapp-language.js) in this browser. The language of a person's mails
// and documents, kept on their account, is chosen on "Mes données" (a POST), not here.
(function () {
  // the page's own language (the server's, ?lang= included), else the one this browser chose last
  var current = (document.documentElement.lang || window.localStorage.getItem('impexflow.language') || 'fr')
    .slice(0, 2).toLowerCase();
  document.querySelectorAll('[data-language]').forEach(function (link) {
    if (link.dataset.language === current) {
      link.setAttribute('aria-current', 'true');
      link.style.fontWeight = '700';
    }
    link.addEventListener('click', function (event) {
      event.preventDefault();
      window.localStorage.setItem('impexflow.language', link.dataset.language);
      document.cookie = 'impexflow.language=' + link.dataset.language + '; path=/; max-age=31536000; SameSite=Lax';
      var url = new URL(window.location.href);
      url.searchParams.set('lang', link.dataset.language);
      window.location.replace(url.toString());
    });
  });
})();
