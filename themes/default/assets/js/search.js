/* Offline search. The index (search-index.js) is loaded with a <script> tag, so search works when the
   handbook is opened straight from a folder (file://) as well as from a web server. No outside library. */
(function () {
  var pages = window.FLIPSIDE_SEARCH || [];
  var input = document.getElementById('search-query');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  if (!input || !status || !list) return;

  // Lower case without accents, one character for one character, so that positions found in the folded
  // text are positions in the original (for highlighting).
  function normalise(s) {
    var out = '';
    for (var i = 0; i < s.length; i++) {
      var c = s.charAt(i);
      var folded = c.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      out += folded.length === 1 ? folded : c.toLowerCase().charAt(0);
    }
    return out;
  }

  function terms(q) {
    return normalise(q).split(/[^\p{L}\p{N}]+/u).filter(function (t) { return t.length > 1; });
  }

  function snippet(text, term) {
    var at = normalise(text).indexOf(term);
    if (at < 0) return text.slice(0, 160);
    var start = Math.max(0, at - 70);
    return (start > 0 ? '… ' : '') + text.slice(start, at + 110) + ' …';
  }

  function appendMarked(parent, text, term) {
    var lower = normalise(text);
    var from = 0, at;
    while (term && (at = lower.indexOf(term, from)) >= 0) {
      parent.appendChild(document.createTextNode(text.slice(from, at)));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(at, at + term.length);
      parent.appendChild(mark);
      from = at + term.length;
    }
    parent.appendChild(document.createTextNode(text.slice(from)));
  }

  function search(q) {
    var words = terms(q);
    list.textContent = '';
    if (!words.length) {
      status.textContent = 'Type a word or two, for example "confidential" or "first meeting".';
      return;
    }
    var results = [];
    pages.forEach(function (page) {
      var title = normalise(page.t), text = normalise(page.x), score = 0, all = true;
      words.forEach(function (w) {
        var inTitle = title.indexOf(w) >= 0, count = text.split(w).length - 1;
        if (!inTitle && !count) all = false;
        score += (inTitle ? 10 : 0) + Math.min(count, 10);
      });
      if (all) {
        var section = null;
        page.s.forEach(function (h) { if (!section && normalise(h.h).indexOf(words[0]) >= 0) section = h; });
        results.push({page: page, score: score, section: section});
      }
    });
    results.sort(function (a, b) { return b.score - a.score; });
    status.textContent = results.length === 0 ? 'No pages match "' + q + '".'
      : results.length + (results.length === 1 ? ' page matches' : ' pages match') + ' "' + q + '".';
    results.forEach(function (r) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = r.page.u + (r.section ? '#' + r.section.a : '');
      a.textContent = r.page.t + (r.section ? ': ' + r.section.h : '');
      var p = document.createElement('p');
      appendMarked(p, snippet(r.page.x, words[0]), words[0]);
      li.appendChild(a);
      li.appendChild(p);
      list.appendChild(li);
    });
  }

  var params = new URLSearchParams(window.location.search);
  var initial = params.get('q') || '';
  input.value = initial;
  search(initial);
  input.addEventListener('input', function () { search(input.value); });
  input.form.addEventListener('submit', function (e) {
    e.preventDefault();
    search(input.value);
    if (window.history && window.history.replaceState) {
      try { window.history.replaceState(null, '', '?q=' + encodeURIComponent(input.value)); } catch (ignored) { /* file:// may refuse */ }
    }
  });
})();
