// Shows the password rules live: each keystroke asks the server (the only place the rules live).
// « Continuer » stays disabled until the last answer says that the password meets every rule; the
// server checks them again when the form is sent.
(function () {
  var form = document.getElementById('register-form');
  if (!form) { return; }
  var csrf = form.querySelector('input[name="_csrf"]');
  var fields = ['firstName', 'lastName', 'email', 'password'].map(function (id) { return document.getElementById(id); });
  var rules = document.querySelectorAll('#rules li');
  var strength = document.getElementById('strength');
  // the page's language: « Force » and the five levels of zxcvbn's score, from the page
  var label = strength.dataset.label || 'Force :';
  var levels = (strength.dataset.levels || '').split('|');
  var button = document.getElementById('continue');
  var pending;
  var asked = 0;
  button.disabled = true;
  function check() {
    var body = {};
    fields.forEach(function (f) { body[f.id] = f.value; });
    var question = ++asked;
    button.disabled = true;
    fetch(form.getAttribute('action') + '/password-check', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': csrf ? csrf.value : '' },
      body: JSON.stringify(body)
    }).then(function (r) { return r.json(); }).then(function (result) {
      if (question !== asked) { return; } // an answer to an earlier keystroke
      var failed = result.failures.map(function (f) { return f.rule; });
      rules.forEach(function (li) {
        li.classList.toggle('ok', body.password.length > 0 && failed.indexOf(li.dataset.rule) < 0);
      });
      strength.textContent = label + ' ' + (body.password.length ? levels[result.strengthScore] || result.strengthLabel : '–');
      strength.dataset.valid = result.valid;
      button.disabled = !result.valid;
    });
  }
  fields.forEach(function (f) {
    f.addEventListener('input', function () { clearTimeout(pending); pending = setTimeout(check, 150); });
  });
  form.addEventListener('submit', function (e) {
    if (button.disabled) { e.preventDefault(); }
  });
})();
