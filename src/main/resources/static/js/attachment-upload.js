// The attachments' page: a file over the upload limit is refused here, naming it, before it is sent
// (the server refuses it too, but past the limit it answers before our pages can: the browser would show
// a bare 413).
(function () {
  var input = document.getElementById('files');
  if (!input) { return; }
  var max = Number(input.getAttribute('data-max-bytes'));
  // the refusal in the page's language, "{0}" standing for the file's name
  var tooLarge = input.getAttribute('data-too-large');
  function check() {
    var large = Array.prototype.filter.call(input.files || [], function (file) { return file.size > max; });
    input.setCustomValidity(large.length ? tooLarge.replace('{0}', large[0].name) : '');
  }
  input.addEventListener('change', check);
  check();
})();
