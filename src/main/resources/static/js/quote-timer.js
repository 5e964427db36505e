// The quote page's answer timers: every [data-quote-timer] with data-asked-at (epoch milliseconds) and data-template
// ("asked {0} ago") shows, once a second, how long the project's answer has been awaited. Works after live redraws,
// since it looks the timers up on each tick. The server's clock is the reference: the first render's text is
// compared with the browser's clock once, so a skewed device clock does not show a wrong time.
(function () {
  'use strict';

  function format(ms) {
    var s = Math.max(0, Math.floor(ms / 1000));
    if (s < 60) {
      return s + ' s';
    }
    if (s < 3600) {
      return Math.floor(s / 60) + ' min ' + (s % 60) + ' s';
    }
    if (s < 86400) {
      return Math.floor(s / 3600) + ' h ' + Math.floor((s % 3600) / 60) + ' min';
    }
    return Math.floor(s / 86400) + ' d ' + Math.floor((s % 86400) / 3600) + ' h';
  }

  var skew = null;

  function tick() {
    var timers = document.querySelectorAll('[data-quote-timer][data-asked-at]');
    for (var i = 0; i < timers.length; i++) {
      var timer = timers[i];
      var asked = Number(timer.getAttribute('data-asked-at'));
      var template = timer.getAttribute('data-template') || '{0}';
      if (!asked) {
        continue;
      }
      if (skew === null) {
        var holder = document.querySelector('[data-server-now]');
        var since = holder && holder.getAttribute('data-server-now');
        skew = since ? Date.now() - Number(since) : 0;
      }
      timer.textContent = template.replace('{0}', format(Date.now() - skew - asked));
    }
  }

  function start() {
    setInterval(tick, 1000);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
