// Live pages. A page that declares topics (data-live-topics="project:1 change-request:12" on <body> or any element)
// gets ONE EventSource on /api/stream?topics=…. Every message is dispatched on document.body as two CustomEvents:
// "live:event" and "live:<prefix>", where prefix is the event type up to its first dot (change-request.decided →
// live:change-request, comment.posted → live:comment, inbox.notification → live:inbox, quote.line-answered →
// live:quote, order.booked → live:order); detail = the parsed data
// {id, position, type, topics, occurredAt, data}. A resync event (the stream could not resume without a gap)
// dispatches "live:resync": regions re-fetch themselves on it, so a gap is never silent.
//
// Two kinds of live elements, both fetched with htmx:
// - a live host (data-live-host) fetches several regions of its page in ONE request and swaps them out of band
//   (hx-swap="none" hx-select-oob="#region-a,#region-b"), e.g.
//   hx-trigger="live:change-request from:body delay:60ms, live:resync from:body, live:refresh": the delay coalesces a
//   burst of events (a vote, a decision and a transition) into one fetch. Its regions carry data-live-region and
//   data-live-from="<host id>".
// - a region that fetches itself (data-live-region with its own hx-get).
// A region is not redrawn while the reader is typing in it (focus in one of its fields, or one of its forms edited):
// a host's response skips it (htmx:oobBeforeSwap), a self-fetching region does not send its request. The region then
// says so in a small polite notice ("Updated elsewhere — not redrawn yet…", with a button that shows the update and
// drops the input) and is refreshed ("live:refresh" on its host or on itself) once focus leaves it, unless one of its
// forms holds unsaved input. A host or region whose refresh failed (offline, server busy) is fetched again when the
// stream (re)connects or the browser is online.
//
// The first stream starts after the position the page was read at (<body data-live-since>), so an event committed
// while the page loaded is not lost. The browser's EventSource resumes by itself with the Last-Event-ID header. When
// it gives up (closed after an error), a new one is opened after a back-off (1 s doubling to 30 s, with jitter) with
// lastEventId=<last id seen>, so that resuming works on any node. The navbar badge #live-indicator tells
// Live / Reconnecting… / Offline and holds the notice's texts (data-text-pending, data-text-pending-action).
(function () {
  'use strict';

  var MIN_DELAY = 1000;
  var MAX_DELAY = 30000;
  var FIELDS = 'input, textarea, select';

  var source = null;
  var lastId = null;
  var delay = MIN_DELAY;
  var timer = null;
  var topics = [];

  function declaredTopics() {
    var seen = {};
    var list = [];
    var holders = document.querySelectorAll('[data-live-topics]');
    for (var i = 0; i < holders.length; i++) {
      var parts = (holders[i].getAttribute('data-live-topics') || '').split(/[\s,]+/);
      for (var j = 0; j < parts.length; j++) {
        if (parts[j] && !seen[parts[j]]) {
          seen[parts[j]] = true;
          list.push(parts[j]);
        }
      }
    }
    return list;
  }

  function indicator() {
    return document.getElementById('live-indicator');
  }

  var STYLES = { live: 'text-bg-success', connecting: 'text-bg-warning', reconnecting: 'text-bg-warning',
    offline: 'text-bg-secondary' };

  function show(state) {
    var badge = indicator();
    document.body.setAttribute('data-live-state', state);
    if (!badge) {
      return;
    }
    badge.hidden = false;
    badge.setAttribute('data-state', state);
    for (var key in STYLES) {
      if (Object.prototype.hasOwnProperty.call(STYLES, key)) {
        badge.classList.remove(STYLES[key]);
      }
    }
    badge.classList.add(STYLES[state]);
    var text = badge.getAttribute('data-text-' + state) || state;
    var label = badge.querySelector('.live-text');
    if (label && label.textContent !== text) {
      label.textContent = text;
    }
  }

  function dispatch(name, detail) {
    document.body.dispatchEvent(new CustomEvent(name, { bubbles: true, detail: detail }));
  }

  function remember(event) {
    if (event.lastEventId) {
      lastId = event.lastEventId;
    }
  }

  function connect() {
    timer = null;
    if (source) {
      source.close();
    }
    var url = '/api/stream?topics=' + encodeURIComponent(topics.join(','));
    if (lastId) {
      url += '&lastEventId=' + encodeURIComponent(lastId);
    }
    var current = new EventSource(url);
    source = current;
    current.addEventListener('connected', function (event) {
      remember(event);
      delay = MIN_DELAY;
      show('live');
      refreshStale();
    });
    current.addEventListener('resync', function (event) {
      remember(event);
      delay = MIN_DELAY;
      show('live');
      dispatch('live:resync', { id: event.lastEventId });
    });
    current.onmessage = function (event) {
      remember(event);
      var data;
      try {
        data = JSON.parse(event.data);
      } catch (ignored) {
        return;
      }
      dispatch('live:event', data);
      var type = typeof data.type === 'string' ? data.type : '';
      var prefix = type.split('.')[0];
      if (prefix) {
        dispatch('live:' + prefix, data);
      }
    };
    current.onerror = function () {
      if (current !== source) {
        return;
      }
      if (current.readyState === EventSource.CLOSED) {
        current.close();
        source = null;
        schedule();
      } else {
        show(navigator.onLine === false ? 'offline' : 'reconnecting');
      }
    };
  }

  function schedule() {
    show(navigator.onLine === false ? 'offline' : 'reconnecting');
    if (timer) {
      return;
    }
    var wait = Math.round(delay / 2 + Math.random() * delay / 2);
    delay = Math.min(delay * 2, MAX_DELAY);
    timer = window.setTimeout(connect, wait);
  }

  function reconnectNow() {
    if (timer) {
      window.clearTimeout(timer);
      timer = null;
    }
    delay = MIN_DELAY;
    connect();
  }

  // ---- not redrawing what the reader is typing into -----------------------------------------------------------

  function busy(region) {
    if (region.hasAttribute('data-live-force')) {
      return false;
    }
    var active = document.activeElement;
    if (active && region.contains(active) && active.matches(FIELDS)) {
      return true;
    }
    return region.querySelector('form[data-live-dirty]') !== null;
  }

  /** The element whose fetch redraws the region: its host, or the region itself when it fetches itself. */
  function fetcherOf(region) {
    var host = region.getAttribute('data-live-from');
    return (host && document.getElementById(host)) || region;
  }

  function text(name, fallback) {
    var badge = indicator();
    return (badge && badge.getAttribute('data-text-' + name)) || fallback;
  }

  /** The region waits for the reader: it says so, politely, and offers to refresh now (dropping the input). */
  function defer(region) {
    region.setAttribute('data-live-pending', '');
    if (region.querySelector(':scope > [data-live-notice]')) {
      return;
    }
    var notice = document.createElement('div');
    notice.className = 'alert alert-info d-flex flex-wrap align-items-center gap-2 py-1 px-2 mb-2 small live-notice';
    notice.setAttribute('role', 'status');
    notice.setAttribute('aria-live', 'polite');
    notice.setAttribute('data-live-notice', '');
    notice.setAttribute('data-testid', 'live-pending');
    region.insertBefore(notice, region.firstChild);
    // Filled after insertion, so that screen readers announce the text of the (already present) live region.
    window.setTimeout(function () {
      var message = document.createElement('span');
      message.textContent = text('pending', 'Updated elsewhere — not redrawn yet, so that what you are typing is kept.');
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'btn btn-sm btn-primary'; // outline blue on alert-info fails contrast (3.85:1)
      button.setAttribute('data-live-refresh-now', '');
      button.textContent = text('pending-action', 'Show the update (discards your input)');
      notice.appendChild(message);
      notice.appendChild(button);
    }, 50);
  }

  function refreshRegion(region) {
    fetcherOf(region).dispatchEvent(new CustomEvent('live:refresh'));
  }

  document.addEventListener('input', function (event) {
    var form = event.target && event.target.form;
    if (form && form.closest('[data-live-region]')) {
      form.setAttribute('data-live-dirty', '');
    }
  });

  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-live-refresh-now]');
    var region = button && button.closest('[data-live-region]');
    if (region) {
      region.setAttribute('data-live-force', '');
      refreshRegion(region);
    }
  });

  // A self-fetching region: its own request is not sent while the reader is typing in it.
  document.addEventListener('htmx:confirm', function (event) {
    var region = event.target;
    var trigger = event.detail && event.detail.triggeringEvent;
    if (!region.hasAttribute || !region.hasAttribute('data-live-region') || !trigger
        || trigger.type.indexOf('live:') !== 0) {
      return;
    }
    if (busy(region)) {
      event.preventDefault();
      defer(region);
    } else {
      // The region stays in the page (its content is swapped): it is protected again from the next refresh on.
      region.removeAttribute('data-live-pending');
      region.removeAttribute('data-live-force');
    }
  });

  // A host's regions: the response is swapped region by region, except a region the reader is typing in.
  document.addEventListener('htmx:oobBeforeSwap', function (event) {
    var region = event.detail && event.detail.target;
    if (!region || !region.hasAttribute || !region.hasAttribute('data-live-region')) {
      return;
    }
    if (busy(region)) {
      event.detail.shouldSwap = false;
      defer(region);
    }
  });

  document.addEventListener('focusout', function (event) {
    var region = event.target.closest && event.target.closest('[data-live-pending]');
    if (!region || (event.relatedTarget && region.contains(event.relatedTarget))) {
      return;
    }
    window.setTimeout(function () {
      if (region.isConnected && region.hasAttribute('data-live-pending') && !busy(region)) {
        refreshRegion(region);
      }
    }, 0);
  });

  // ---- hosts and regions whose refresh failed (offline, server busy) are fetched again ---------------------------

  var staleTimer = null;

  function refreshStale() {
    staleTimer = null;
    var stale = document.querySelectorAll('[data-live-stale]');
    for (var i = 0; i < stale.length; i++) {
      stale[i].removeAttribute('data-live-stale');
      stale[i].dispatchEvent(new CustomEvent('live:refresh'));
    }
  }

  function failed(event) {
    var fetcher = event.detail && event.detail.elt;
    if (fetcher && fetcher.hasAttribute
        && (fetcher.hasAttribute('data-live-region') || fetcher.hasAttribute('data-live-host'))) {
      fetcher.setAttribute('data-live-stale', '');
      if (!staleTimer) {
        staleTimer = window.setTimeout(refreshStale, navigator.onLine === false ? MAX_DELAY : 5000);
      }
    }
  }

  document.addEventListener('htmx:sendError', failed);
  document.addEventListener('htmx:responseError', failed);

  // ---- start --------------------------------------------------------------------------------------------------

  function start() {
    topics = declaredTopics();
    if (topics.length === 0 || typeof window.EventSource !== 'function') {
      return;
    }
    // The stream position the page was read at: the stream starts right after it, so nothing falls in between.
    lastId = document.body.getAttribute('data-live-since') || null;
    show('connecting');
    window.addEventListener('offline', function () {
      show('offline');
    });
    window.addEventListener('online', function () {
      if (!source || source.readyState !== EventSource.OPEN) {
        reconnectNow();
      } else {
        show('live');
        refreshStale();
      }
    });
    window.addEventListener('pagehide', function () {
      if (source) {
        source.close();
      }
    });
    connect();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
