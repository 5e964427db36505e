// Confirms destructive actions declared with data-confirm="message" (CSP forbids inline handlers).
document.addEventListener('submit', function (event) {
  var message = event.target.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});
