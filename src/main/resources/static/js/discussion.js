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
