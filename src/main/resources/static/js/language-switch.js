// FR | EN in the header: the language of the Camunda webapps (our pages are in French).
(function () {
  var current = window.localStorage.getItem('impexflow.language') || 'fr';
  document.querySelectorAll('[data-language]').forEach(function (link) {
    if (link.dataset.language === current) {
      link.setAttribute('aria-current', 'true');
      link.style.fontWeight = '700';
    }
    link.addEventListener('click', function (event) {
      event.preventDefault();
      window.localStorage.setItem('impexflow.language', link.dataset.language);
      window.location.reload();
    });
  });
})();
