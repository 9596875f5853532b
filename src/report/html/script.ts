// The report's only script, inlined. It never builds HTML from data: details are server-rendered
// (escaped) <template>s that it clones.
export const SCRIPT = `
(function () {
  var panel = document.getElementById('detail');
  var body = document.getElementById('detail-body');
  var pinned = null;
  var shown = null;
  function byRef(key) { return document.querySelectorAll('[data-ref="' + CSS.escape(key) + '"]'); }
  function show(key) {
    var t = document.getElementById('d-' + key);
    if (!t || shown === key) return;
    shown = key;
    body.replaceChildren(t.content.cloneNode(true));
    panel.className = t.getAttribute('data-family') || '';
    panel.hidden = false;
    document.body.classList.add('detail-open');
  }
  function pin(key) {
    document.querySelectorAll('.active').forEach(function (e) { e.classList.remove('active'); });
    pinned = key;
    if (key === null) { panel.hidden = true; shown = null; document.body.classList.remove('detail-open'); return; }
    byRef(key).forEach(function (e) { e.classList.add('active'); });
    show(key);
  }
  function go(key) {
    var el = document.getElementById('fact-' + key);
    if (!el) return;
    el.scrollIntoView({ block: 'center', inline: 'nearest' });
    pin(key);
    try { history.replaceState(null, '', '#fact-' + key); } catch (e) {}
  }
  document.addEventListener('click', function (e) {
    var t = e.target;
    if (!(t instanceof Element)) return;
    if (t.closest('#detail .close')) { pin(null); return; }
    var link = t.closest('a[data-ref]');
    if (link) { e.preventDefault(); go(link.getAttribute('data-ref')); return; }
    var mark = t.closest('mark[data-ref]');
    if (mark) {
      var key = mark.getAttribute('data-ref');
      pin(key);
      var item = document.querySelector('aside a[data-ref="' + CSS.escape(key) + '"]');
      if (item) {
        var list = item.closest('aside');
        var r = item.getBoundingClientRect(), lr = list.getBoundingClientRect();
        if (r.top < lr.top || r.bottom > lr.bottom) list.scrollTop += r.top - lr.top - lr.height / 3;
      }
    }
  });
  document.addEventListener('mouseover', function (e) {
    var t = e.target;
    if (!(t instanceof Element) || t.closest('#detail')) return;
    var el = t.closest('[data-ref]');
    if (el) show(el.getAttribute('data-ref'));
    else if (pinned !== null) show(pinned);
  });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') pin(null); });
  var m = /^#fact-([0-9a-z-]+)$/.exec(location.hash);
  if (m) go(m[1]);
})();
`;
