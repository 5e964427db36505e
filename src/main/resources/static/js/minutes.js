// Live minutes of a meeting (templates/meetings/meeting-minutes.html). The page follows meeting:<id>; live.js
// dispatches "live:meeting" on <body> for every meeting event. On meeting.minutes-updated with a revision newer than
// the one shown (and on live:resync) the minutes region is fetched again from its data-minutes-url:
// - the rendered Markdown (#minutes-rendered) and the revision line are replaced at once;
// - the textarea (#minutes-text) only when the reader has no unsaved edits (its value equals the text it was loaded
//   with); otherwise a polite notice says "Updated by X — revision n" with a button that loads the new text (dropping
//   the reader's edits). Saving on top of an older revision is refused by the server (409 minutes-changed), which is
//   the safety net: the region then shows the current minutes above the reader's text, to merge and save again.
// Any other change of the meeting (answers, agenda, decisions, action items, time, cancellation) fills the polite
// notice #meeting-changed with a link that reloads the page; nothing the reader typed is dropped without asking.
(function () {
  'use strict';

  function region() {
    return document.getElementById('minutes');
  }

  function dirty(section) {
    var text = section.querySelector('#minutes-text');
    return text !== null && (text.value !== text.defaultValue || text.hasAttribute('data-unsaved'));
  }

  function fetchRegion(section, onDone) {
    var url = section.getAttribute('data-minutes-url');
    if (!url) {
      return;
    }
    fetch(url, { headers: { 'HX-Request': 'true', 'Accept': 'text/html' }, credentials: 'same-origin' })
      .then(function (response) {
        return response.ok ? response.text() : null;
      })
      .then(function (html) {
        if (html === null) {
          return;
        }
        var doc = new DOMParser().parseFromString(html, 'text/html');
        var fresh = doc.getElementById('minutes');
        if (fresh) {
          onDone(fresh);
        }
      })
      .catch(function () {
        // offline: the next event or the resync after reconnecting fetches again
      });
  }

  function replaceWhole(section, fresh) {
    section.replaceWith(document.importNode(fresh, true));
    var placed = region();
    if (placed && window.htmx) {
      window.htmx.process(placed);
    }
  }

  function showNotice(section, fresh) {
    var rendered = section.querySelector('#minutes-rendered');
    var freshRendered = fresh.querySelector('#minutes-rendered');
    if (rendered && freshRendered) {
      rendered.replaceWith(document.importNode(freshRendered, true));
    }
    var line = section.querySelector('[data-testid="minutes-revision"]');
    var freshLine = fresh.querySelector('[data-testid="minutes-revision"]');
    if (line && freshLine) {
      line.textContent = freshLine.textContent;
    }
    section.setAttribute('data-pending-revision', fresh.getAttribute('data-revision'));
    var notice = section.querySelector('#minutes-notice');
    if (!notice) {
      return;
    }
    notice.textContent = '';
    var box = document.createElement('div');
    box.className = 'alert alert-info d-flex flex-wrap align-items-center gap-2 py-1 px-2 small';
    box.setAttribute('data-testid', 'minutes-updated');
    var message = document.createElement('span');
    message.textContent = (section.getAttribute('data-text-updated') || 'Updated by {by} — revision {revision}.')
      .replace('{by}', fresh.getAttribute('data-edited-by') || '')
      .replace('{revision}', fresh.getAttribute('data-revision') || '');
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'btn btn-sm btn-primary';
    button.setAttribute('data-minutes-load', '');
    button.setAttribute('data-testid', 'minutes-load');
    button.textContent = section.getAttribute('data-text-load') || 'Load it';
    box.appendChild(message);
    box.appendChild(button);
    notice.appendChild(box);
  }

  function refresh() {
    var section = region();
    if (!section) {
      return;
    }
    fetchRegion(section, function (fresh) {
      var current = region();
      if (!current) {
        return;
      }
      if (Number(fresh.getAttribute('data-revision')) <= Number(current.getAttribute('data-revision'))
          && !current.hasAttribute('data-pending-revision')) {
        return;
      }
      if (dirty(current)) {
        showNotice(current, fresh);
      } else {
        replaceWhole(current, fresh);
      }
    });
  }

  function changed(meetingId) {
    var notice = document.getElementById('meeting-changed');
    if (!notice || String(meetingId) !== notice.getAttribute('data-meeting-id') || notice.firstChild) {
      return;
    }
    var box = document.createElement('div');
    box.className = 'alert alert-info d-flex flex-wrap align-items-center gap-2 py-1 px-2 small';
    box.setAttribute('data-testid', 'meeting-changed');
    var message = document.createElement('span');
    message.textContent = notice.getAttribute('data-text-changed') || 'This meeting was changed.';
    var link = document.createElement('a');
    link.className = 'btn btn-sm btn-primary';
    link.href = window.location.pathname;
    link.textContent = notice.getAttribute('data-text-reload') || 'Reload';
    box.appendChild(message);
    box.appendChild(link);
    notice.appendChild(box);
  }

  document.body.addEventListener('live:action-item', function (event) {
    var data = (event.detail && event.detail.data) || {};
    changed(data.meetingId);
  });

  document.body.addEventListener('live:meeting', function (event) {
    var section = region();
    var detail = event.detail || {};
    var data = detail.data || {};
    if (detail.type !== 'meeting.minutes-updated') {
      changed(data.meetingId);
      return;
    }
    if (!section || String(data.meetingId) !== section.getAttribute('data-meeting-id')) {
      return;
    }
    var shown = Number(section.getAttribute('data-pending-revision') || section.getAttribute('data-revision'));
    if (Number(data.revision) > shown) {
      refresh();
    }
  });

  document.body.addEventListener('live:resync', refresh);

  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-minutes-load]');
    var section = region();
    if (!button || !section) {
      return;
    }
    fetchRegion(section, function (fresh) {
      var current = region();
      if (current) {
        replaceWhole(current, fresh);
        var text = document.getElementById('minutes-text');
        if (text) {
          text.focus();
        }
      }
    });
  });
}());
