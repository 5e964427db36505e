// A discussion that someone is writing in is not replaced by a live refresh: while an edit form is open or the new
// comment box holds a draft, the refresh is skipped and a notice offers to show the new comments instead.
document.addEventListener('htmx:beforeRequest', function (event) {
  var host = event.detail.elt;
  if (!host || !host.querySelector) {
    return;
  }
  var thread = host.querySelector(':scope > .discussion');
  if (!thread) {
    return;
  }
  var editing = thread.querySelector('form[data-comment-edit]');
  var draft = thread.querySelector('textarea[data-comment-draft]');
  if (editing || (draft && draft.value.trim() !== '')) {
    event.preventDefault();
    var notice = thread.querySelector('[data-discussion-stale]');
    if (notice) {
      notice.hidden = false;
    }
  }
});

// A refused post or edit is shown in its form, never silently dropped (htmx does not swap error answers). A refusal
// the controller answers as the form with the message inline (403 with HX-Reswap) is swapped in like a success; any
// other failed answer (a comment that is gone, an expired session, a server error) or no answer at all leaves the
// text as typed and shows the problem's message above the form (role="alert").
(function () {
  'use strict';

  function formOf(elt) {
    return elt && elt.closest ? elt.closest('#discussion form, .discussion form, form[data-comment-edit]') : null;
  }

  function texts() {
    return document.querySelector('#discussion') || document.body;
  }

  function showProblem(form, message) {
    var box = form.querySelector(':scope > [data-discussion-problem]');
    if (!box) {
      box = document.createElement('div');
      box.className = 'alert alert-danger';
      box.setAttribute('role', 'alert');
      box.setAttribute('data-discussion-problem', '');
      box.setAttribute('data-testid', 'discussion-problem');
      form.insertBefore(box, form.firstChild);
    }
    box.textContent = message;
  }

  /** The message of an error page (its main paragraph), if the answer is one. */
  function messageIn(xhr) {
    try {
      var type = xhr.getResponseHeader('Content-Type') || '';
      if (type.indexOf('json') >= 0) {
        var problem = JSON.parse(xhr.responseText);
        return problem.detail || problem.title || null;
      }
      var page = new DOMParser().parseFromString(xhr.responseText || '', 'text/html');
      var paragraph = page.querySelector('main p');
      return paragraph ? paragraph.textContent.trim() : null;
    } catch (ignored) {
      return null;
    }
  }

  document.addEventListener('htmx:beforeSwap', function (event) {
    var xhr = event.detail.xhr;
    if (xhr && xhr.status >= 400 && xhr.getResponseHeader('HX-Reswap') && formOf(event.detail.elt)) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  document.addEventListener('htmx:responseError', function (event) {
    var form = formOf(event.detail.elt);
    if (!form) {
      return;
    }
    var xhr = event.detail.xhr;
    var fallback = texts().getAttribute('data-text-failed') || 'Your comment was not saved.';
    showProblem(form, (messageIn(xhr) || fallback) + ' (' + xhr.status + ')');
  });

  document.addEventListener('htmx:sendError', function (event) {
    var form = formOf(event.detail.elt);
    if (form) {
      showProblem(form, texts().getAttribute('data-text-unreachable')
          || 'The server could not be reached. Your text is kept; try again.');
    }
  });
}());
