/*
 * Samarbeidsplattformen pages: CSRF header for htmx, countdowns from the server's end time (a warning in the last
 * minute, a time-up text at zero), live connected counts,
 * a polite announcement of new notes, drag and drop between zones (SortableJS, the select is the keyboard way), a queue that keeps
 * notes written while offline and sends them when the connection is back (or tells the user), and what is being
 * typed kept across live refreshes, and register entries offered while a partner's name is typed (sheet 5); a newly
 * opened sheet scrolls the board to its top.
 */
(function () {
  'use strict';
  var QUEUE = 'samarbeid.unsent';

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }

  function csrfHeaders() {
    var headers = { 'Content-Type': 'application/x-www-form-urlencoded', 'HX-Request': 'true' };
    var header = meta('_csrf_header');
    if (header) { headers[header] = meta('_csrf'); }
    return headers;
  }

  document.addEventListener('htmx:configRequest', function (event) {
    var header = meta('_csrf_header');
    if (header) { event.detail.headers[header] = meta('_csrf'); }
  });

  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function format(seconds) {
    seconds = Math.max(0, Math.round(seconds));
    return Math.floor(seconds / 60) + ':' + pad(seconds % 60);
  }
  function tick() {
    document.querySelectorAll('[data-ends-at]').forEach(function (element) {
      var left = (Date.parse(element.getAttribute('data-ends-at')) - Date.now()) / 1000;
      var up = element.getAttribute('data-time-up');
      element.textContent = left <= 0 && up ? up : format(left);
      element.classList.toggle('timer-warning', left > 0 && left <= 60);
      element.classList.toggle('timer-up', left <= 0);
    });
    document.querySelectorAll('[data-paused-seconds]').forEach(function (element) {
      element.textContent = format(Number(element.getAttribute('data-paused-seconds'))) + ' ⏸';
    });
  }
  setInterval(tick, 1000);

  function announce(text) {
    var region = document.getElementById('announcer');
    if (region && text) {
      region.textContent = '';
      setTimeout(function () { region.textContent = text; }, 50);
    }
  }
  document.addEventListener('htmx:sseMessage', function (event) {
    var type = event.detail && event.detail.type;
    if (type === 'NotePosted' || type === 'note-written') {
      var board = document.querySelector('[data-announce-new]');
      announce(board ? board.getAttribute('data-announce-new') : '');
    }
  });

  /* How many follow a table: the presence event updates that table's count in place (the text comes from the page). */
  document.addEventListener('htmx:sseBeforeMessage', function (event) {
    var element = event.target;
    if (event.detail.type !== 'presence' || !element.hasAttribute('data-connected')) { return; }
    event.preventDefault();
    var presence = JSON.parse(event.detail.data);
    if (presence.tableId === element.getAttribute('data-table')) {
      element.textContent = element.getAttribute('data-connected').replace('{0}', presence.connected);
    }
  });

  function status(key) {
    var element = document.getElementById('offline-status');
    if (!element) { return; }
    element.textContent = element.getAttribute('data-' + key) || '';
    element.hidden = !element.textContent;
  }
  function queued() {
    try { return JSON.parse(localStorage.getItem(QUEUE) || '[]'); } catch (e) { return []; }
  }
  function keep(items) { localStorage.setItem(QUEUE, JSON.stringify(items)); }
  function enqueue(form) {
    var items = queued();
    items.push({ url: form.getAttribute('action'), body: new URLSearchParams(new FormData(form)).toString() });
    keep(items);
    form.reset();
    status('queued');
  }
  function flush() {
    var items = queued();
    if (!items.length || !navigator.onLine) { return; }
    keep([]);
    Promise.all(items.map(function (item) {
      return fetch(item.url, { method: 'POST', headers: csrfHeaders(), body: item.body, credentials: 'same-origin' })
        .then(function (response) { return response.ok; }, function () { return false; });
    })).then(function (results) {
      status(results.every(Boolean) ? 'sent' : 'lost');
      document.body.dispatchEvent(new Event('refresh'));
    });
  }
  document.addEventListener('htmx:beforeRequest', function (event) {
    var form = event.detail.elt;
    if (form && form.hasAttribute && form.hasAttribute('data-offline-queue') && !navigator.onLine) {
      event.preventDefault();
      enqueue(form);
    }
  });
  document.addEventListener('htmx:sendError', function (event) {
    var form = event.detail.elt;
    if (form && form.hasAttribute && form.hasAttribute('data-offline-queue')) { enqueue(form); }
  });
  document.addEventListener('htmx:afterRequest', function (event) {
    var form = event.detail.elt;
    if (event.detail.successful && form && form.hasAttribute && form.hasAttribute('data-offline-queue')) { form.reset(); }
  });
  window.addEventListener('online', flush);

  /* A live refresh re-renders part of a page while someone may be typing in it: what they changed and have not
     sent yet, and where the cursor was, is put back into the fresh content (fields are matched by id). */
  var unsent = new WeakMap();
  function edits(root) {
    var fields = {};
    root.querySelectorAll('input[id], textarea[id], select[id]').forEach(function (field) {
      var choice = field.type === 'checkbox' || field.type === 'radio';
      var changed = choice ? field.checked !== field.defaultChecked
        : field.tagName === 'SELECT'
          ? Array.prototype.some.call(field.options, function (o) { return o.selected !== o.defaultSelected; })
          : field.type !== 'hidden' && field.type !== 'file' && field.value !== field.defaultValue;
      if (changed) { fields[field.id] = choice ? field.checked : field.value; }
    });
    return fields;
  }
  document.addEventListener('htmx:beforeSwap', function (event) {
    var request = event.detail.requestConfig;
    if (!request || request.verb !== 'get') { return; }
    var focused = document.activeElement;
    unsent.set(event.detail.target, {
      fields: edits(event.detail.target),
      focus: focused && event.detail.target.contains(focused) ? focused.id : null,
      caret: focused && typeof focused.selectionStart === 'number' ? [focused.selectionStart, focused.selectionEnd] : null
    });
  });
  document.addEventListener('htmx:afterSwap', function (event) {
    var target = event.detail.target;
    var kept = unsent.get(target);
    if (!kept) { return; }
    unsent.delete(target);
    Object.keys(kept.fields).forEach(function (id) {
      var field = document.getElementById(id);
      if (!field || !target.contains(field)) { return; }
      if (field.type === 'checkbox' || field.type === 'radio') { field.checked = kept.fields[id]; } else { field.value = kept.fields[id]; }
    });
    var focus = kept.focus && document.getElementById(kept.focus);
    if (focus && target.contains(focus)) {
      focus.focus();
      if (kept.caret && typeof focus.setSelectionRange === 'function') { focus.setSelectionRange(kept.caret[0], kept.caret[1]); }
    }
  });

  /* A swap of a region marked data-keep-scroll (the console's body) leaves the window where it was scrolled to,
     whatever gets focus in the fresh content. */
  var scrolled = null;
  document.addEventListener('htmx:beforeSwap', function (event) {
    if (event.detail.target && event.detail.target.hasAttribute && event.detail.target.hasAttribute('data-keep-scroll')) {
      scrolled = window.scrollY;
    }
  });
  document.addEventListener('htmx:afterSettle', function () {
    if (scrolled === null) { return; }
    var y = scrolled;
    scrolled = null;
    window.scrollTo(0, y);
    setTimeout(function () { window.scrollTo(0, y); }, 0);
  });

  /* A newly opened sheet shows from its top: the board's refresh after a SheetOpened event scrolls the window up
     (a phone may be far down the previous sheet); focus stays where it is, e.g. in the note box. */
  var sheetOpened = false;
  document.addEventListener('htmx:sseMessage', function (event) {
    if (event.detail && event.detail.type === 'SheetOpened' && document.getElementById('board-live')) {
      sheetOpened = true;
    }
  });
  document.addEventListener('htmx:afterSettle', function (event) {
    if (!sheetOpened || !event.detail.target || event.detail.target.id !== 'board-live') { return; }
    sheetOpened = false;
    window.scrollTo(0, 0);
  });

  function sortable(root) {
    if (typeof Sortable === 'undefined') { return; }
    root.querySelectorAll('.zone-list').forEach(function (list) {
      if (list.dataset.sortable) { return; }
      list.dataset.sortable = 'on';
      Sortable.create(list, {
        group: 'notes-' + (list.closest('.board-live') ? list.closest('.board-live').id || 'board' : 'board'),
        animation: 150,
        onEnd: function (event) {
          if (event.from === event.to) { return; }
          var note = event.item;
          fetch(note.getAttribute('data-move-url'), {
            method: 'POST', headers: csrfHeaders(), credentials: 'same-origin',
            body: new URLSearchParams({ zoneKey: event.to.getAttribute('data-zone') }).toString()
          }).finally(function () { document.body.dispatchEvent(new Event('refresh')); });
        }
      });
    });
  }

  // Sheet 5: while a partner's name is typed, offer entries of the register (its public search API); picking one
  // fills in the name and the entry's organisation number, typing again forgets it.
  var registryTimer = null;
  function registryField(input) {
    return input.closest('[data-registry]');
  }
  function offer(container, hits) {
    var list = container.querySelector('[data-registry-offers]');
    list.textContent = '';
    hits.forEach(function (hit) {
      var item = document.createElement('li');
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'small secondary';
      button.setAttribute('data-registry-pick', hit.organisationNumber);
      button.setAttribute('data-registry-name', hit.name);
      button.textContent = container.getAttribute('data-registry-pick-label') + ' ' + hit.name + ' (' + hit.organisationNumber + ')';
      item.appendChild(button);
      list.appendChild(item);
    });
    container.querySelector('[data-registry-status]').textContent =
        hits.length ? container.getAttribute('data-registry-found').replace('{0}', hits.length) : '';
  }
  document.addEventListener('input', function (event) {
    var input = event.target;
    if (!input.matches || !input.matches('[data-registry] input[name="name"]')) { return; }
    var container = registryField(input);
    container.querySelector('input[name="organisationNumber"]').value = '';
    container.querySelector('[data-registry-picked]').textContent = '';
    clearTimeout(registryTimer);
    var text = input.value.trim();
    if (text.length < 3) { offer(container, []); return; }
    registryTimer = setTimeout(function () {
      fetch('/api/registry/entrepreneurs?size=5&q=' + encodeURIComponent(text), { headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : { hits: [] }; })
        .then(function (result) { if (input.value.trim() === text) { offer(container, result.hits || []); } })
        .catch(function () { offer(container, []); });
    }, 250);
  });
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-registry-pick]');
    if (!button) { return; }
    var container = registryField(button);
    var name = container.querySelector('input[name="name"]');
    name.value = button.getAttribute('data-registry-name');
    container.querySelector('input[name="organisationNumber"]').value = button.getAttribute('data-registry-pick');
    container.querySelector('[data-registry-picked]').textContent =
        container.getAttribute('data-registry-picked-label').replace('{0}', button.getAttribute('data-registry-name'));
    offer(container, []);
    name.focus();
  });
  document.addEventListener('htmx:afterSettle', function (event) { sortable(event.target); });
  document.addEventListener('DOMContentLoaded', function () { tick(); sortable(document); flush(); });
})();
