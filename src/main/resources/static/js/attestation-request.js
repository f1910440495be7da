// The attestation request: a traveller who does not reside in France is answered at once by the server,
// so the browser does not ask for the other fields first (the server still checks every field otherwise).
(function () {
  var form = document.getElementById('request');
  if (!form) { return; }
  function follow() {
    var notResident = form.querySelector('input[name="residesInFrance"][value="false"]');
    form.noValidate = !!(notResident && notResident.checked);
  }
  form.querySelectorAll('input[name="residesInFrance"]').forEach(function (radio) {
    radio.addEventListener('change', follow);
  });
  follow();
})();
