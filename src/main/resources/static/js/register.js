// Shows the password rules live: each keystroke asks the server (the only place the rules live).
(function () {
  var form = document.getElementById('register-form');
  if (!form) { return; }
  var csrf = form.querySelector('input[name="_csrf"]');
  var fields = ['firstName', 'lastName', 'email', 'password'].map(function (id) { return document.getElementById(id); });
  var rules = document.querySelectorAll('#rules li');
  var strength = document.getElementById('strength');
  var pending;
  function check() {
    var body = {};
    fields.forEach(function (f) { body[f.id] = f.value; });
    fetch(form.getAttribute('action') + '/password-check', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': csrf ? csrf.value : '' },
      body: JSON.stringify(body)
    }).then(function (r) { return r.json(); }).then(function (result) {
      var failed = result.failures.map(function (f) { return f.rule; });
      rules.forEach(function (li) {
        li.classList.toggle('ok', body.password.length > 0 && failed.indexOf(li.dataset.rule) < 0);
      });
      strength.textContent = 'Force : ' + (body.password.length ? result.strengthLabel : '–');
      strength.dataset.valid = result.valid;
    });
  }
  fields.forEach(function (f) {
    f.addEventListener('input', function () { clearTimeout(pending); pending = setTimeout(check, 150); });
  });
})();
