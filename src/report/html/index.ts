// `--format html`: one self-contained page (inline CSS and script, no network) showing each article
// with every fact's evidence highlighted, a list of facts by type, details on hover or click, and a
// summary at the top (facts per type and article, conflicts across articles).
// The summary needs the whole run, so documents are buffered and the page is written by end().

import { createHash } from 'node:crypto';
import type { DocumentResult, Fact } from '../../schema.js';
import type { Reporter } from '../reporter.js';
import { factValueText, timeText } from '../text.js';
import { findConflicts, type Conflict, type ConflictSide } from './conflicts.js';
import { escapeHtml as h } from './escape.js';
import { FAMILIES, familyOf } from './families.js';
import { highlight, type HighlightSpan } from './highlight.js';
import { SCRIPT } from './script.js';
import { STYLE } from './style.js';

interface Doc {
  d: DocumentResult;
  text: string | undefined;
  /** DOM key per fact (its id, made unique within the page). */
  keys: string[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function subjectText(f: Fact): string {
  if (f.subject && f.object) return `${f.subject} → ${f.object}`;
  return f.subject ?? f.object ?? '';
}

function timeDetail(f: Fact): string {
  const t = f.time;
  if (!t) return '';
  const parts = [timeText(t)];
  if (t.precision) parts.push(`(${t.precision})`);
  if (t.start && t.text) parts.push(`“${t.text}”`);
  return parts.join(' ');
}

function detailHtml(f: Fact, d: DocumentResult): string {
  const v = f.value;
  const kind = v.kind === 'entity' ? `entity: ${v.entityType}` : v.kind;
  const qs = Object.entries(f.qualifiers).filter(([, v]) => v !== undefined);
  const q = qs.length ? `<pre>${h(qs.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n'))}</pre>` : '<span class="muted">none</span>';
  const rows: [string, string][] = [
    ['type', `<span class="sw"></span>${h(f.type)}`],
    ['value', `<b>${h(factValueText(f))}</b> <span class="muted">${h(kind)}</span>`],
    ['subject', f.subject ? h(f.subject) : '<span class="muted">—</span>'],
    ['object', f.object ? h(f.object) : '<span class="muted">—</span>'],
    ['time', f.time ? h(timeDetail(f)) : '<span class="muted">—</span>'],
    ['scope', f.scope ? h(f.scope) : '<span class="muted">—</span>'],
    ['confidence', h(f.confidence.toFixed(2))],
    ['rule', h(f.rule)],
    ['qualifiers', q],
    ['evidence', `<span class="ev">“${h(f.evidence.text)}”</span><br><span class="muted">${h(`${d.file}:${f.evidence.line}:${f.evidence.column}, offsets ${f.evidence.start}–${f.evidence.end}`)}</span>`],
    ['id', `<span class="muted">${h(f.id)}</span>`],
  ];
  return `<dl class="fact">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

/** Types in a stable reading order: families in legend order, then by name. */
function typeOrder(a: string, b: string): number {
  const fa = FAMILIES.indexOf(familyOf(a));
  const fb = FAMILIES.indexOf(familyOf(b));
  return fa - fb || a.localeCompare(b);
}

function articleHtml(doc: Doc, index: number): string {
  const { d, text, keys } = doc;
  const fam = (f: Fact) => `t-${familyOf(f.type).key}`;
  const tooltip = (f: Fact) => `${f.type}: ${factValueText(f)}${f.time ? ` · ${timeText(f.time)}` : ''} (click for details)`;
  let body: string;
  if (text !== undefined) {
    const spans: HighlightSpan[] = d.facts.map((f, i) => ({
      key: keys[i]!, start: f.evidence.start, end: f.evidence.end, className: fam(f), title: tooltip(f),
    }));
    // Other places that state the same fact (qualifiers.alsoAt): highlighted too, but never the anchor.
    d.facts.forEach((f, i) => {
      const also = f.qualifiers.alsoAt;
      if (!Array.isArray(also)) return;
      for (const a of also) {
        if (typeof a?.start === 'number' && typeof a?.end === 'number' && a.end > a.start)
          spans.push({ key: keys[i]!, start: a.start, end: a.end, className: fam(f), title: `${tooltip(f)}, also stated here`, also: true });
      }
    });
    body = `<div class="text">${highlight(text, spans)}</div>`;
  } else {
    // No article text (a caller that passes only facts): show each fact's sentence with its evidence marked.
    body = `<div class="text nosource"><p class="muted">Article text not available; showing each fact's sentence.</p>${d.facts
      .map((f, i) => {
        const at = f.evidence.sentence.indexOf(f.evidence.text);
        const sentence = at >= 0 ? f.evidence.sentence : f.evidence.text;
        const start = Math.max(at, 0);
        return `<p>${highlight(sentence, [{ key: keys[i]!, start, end: start + f.evidence.text.length, className: fam(f), title: tooltip(f) }])}</p>`;
      })
      .join('')}</div>`;
  }

  const byType = new Map<string, number[]>();
  d.facts.forEach((f, i) => {
    const list = byType.get(f.type) ?? [];
    list.push(i);
    byType.set(f.type, list);
  });
  const groups = [...byType.keys()].sort(typeOrder).map((type) => {
    const items = byType
      .get(type)!
      .sort((a, b) => d.facts[a]!.evidence.start - d.facts[b]!.evidence.start)
      .map((i) => {
        const f = d.facts[i]!;
        const key = keys[i]!;
        const time = f.time ? `<span class="ft">${h(timeText(f.time))}</span>` : '';
        const subj = subjectText(f);
        return `<li><a class="${fam(f)}" href="#fact-${h(key)}" data-ref="${h(key)}"><span class="fv">${h(factValueText(f))}</span>${subj ? `<span class="fs">${h(subj)}</span>` : ''}${time}</a><template id="d-${h(key)}" data-family="${fam(f)}">${detailHtml(f, d)}</template></li>`;
      })
      .join('');
    return `<h3 class="t-${familyOf(type).key}"><span class="sw"></span>${h(type)} <span class="muted">${byType.get(type)!.length}</span></h3><ol>${items}</ol>`;
  });
  const meta = [d.date, plural(d.facts.length, 'fact')].filter(Boolean).join(' · ');
  return `<section class="article" id="doc-${index}">
<header><h2>${h(d.title ?? d.file)}</h2><div class="muted">${d.title ? `${h(d.file)} · ` : ''}${h(meta)}</div></header>
<div class="cols">${body}<aside class="facts" aria-label="facts of ${h(d.file)}">${groups.join('') || '<p class="muted">No facts.</p>'}</aside></div>
</section>`;
}

function conflictsHtml(docs: Doc[], conflicts: Conflict[]): string {
  const MAX = 200;
  const keyOf = new Map<Fact, string>();
  for (const doc of docs) doc.d.facts.forEach((f, i) => keyOf.set(f, doc.keys[i]!));
  const side = (s: ConflictSide) =>
    `${s.facts.map((f) => `<a href="#fact-${h(keyOf.get(f) ?? '')}" data-ref="${h(keyOf.get(f) ?? '')}"><b>${h(factValueText(f))}</b></a>`).join(', ')} <span class="muted">${h(docs[s.doc]!.d.file)}</span>`;
  if (!conflicts.length) return '<p class="muted">No conflicting values across articles.</p>';
  const items = conflicts.slice(0, MAX).map((c) => {
    const rest = c.pairCount - c.pairs.length;
    const pairs = c.pairs.map(([a, b]) => `<li>${side(a)}<span class="vs">vs</span>${side(b)}</li>`).join('') + (rest > 0 ? `<li class="muted">…and ${rest.toLocaleString('en-US')} more pairs</li>` : '');
    const why = c.reasons.length ? ` <span class="muted">(${h(c.reasons.join('; '))})</span>` : '';
    return `<li class="conflict"><span class="t-${familyOf(c.type).key}"><span class="sw"></span></span>${h(c.description)}${why}<ul class="pairs">${pairs}</ul></li>`;
  });
  const more = conflicts.length > MAX ? `<li class="muted">…and ${conflicts.length - MAX} more</li>` : '';
  return `<ul class="conflicts">${items.join('')}${more}</ul>`;
}

function summaryHtml(docs: Doc[]): string {
  const total = docs.reduce((n, x) => n + x.d.facts.length, 0);
  const perType = new Map<string, number>();
  for (const { d } of docs) for (const f of d.facts) perType.set(f.type, (perType.get(f.type) ?? 0) + 1);
  const typeRows = [...perType]
    .sort((a, b) => b[1] - a[1] || typeOrder(a[0], b[0]))
    .map(([t, n]) => `<li class="t-${familyOf(t).key}"><span class="sw"></span>${h(t)} <span class="n">${n}</span></li>`)
    .join('');
  const docRows = docs
    .map(({ d }, i) => `<tr><td><a href="#doc-${i}">${h(d.file)}</a></td><td class="muted">${h(d.date ?? '')}</td><td class="n">${d.facts.length}</td></tr>`)
    .join('');
  const families = FAMILIES.filter((f) => docs.some(({ d }) => d.facts.some((x) => familyOf(x.type) === f)));
  const legend = families.map((f) => `<span class="t-${f.key}"><span class="sw"></span>${h(f.label)}</span>`).join('');
  const conflicts = docs.length > 1 ? `<section class="conflicts-summary"><h2>Conflicts across articles</h2>${conflictsHtml(docs, findConflicts(docs.map((x) => x.d)))}</section>` : '';
  return `<header class="top">
<h1>extract report</h1>
<div class="muted">${plural(total, 'fact')} in ${plural(docs.length, 'article')} · hover or click a highlight or a listed fact for its details</div>
<div class="legend">${legend}</div>
<div class="summary">
<section class="types"><h2>Facts per type</h2><ul class="typecounts">${typeRows || '<li class="muted">none</li>'}</ul></section>
<section><h2>Facts per article</h2><table class="counts"><tr><th>article</th><th>date</th><th>facts</th></tr>${docRows}</table></section>
${conflicts}
</div>
</header>`;
}

export function renderPage(input: readonly { d: DocumentResult; text?: string }[]): string {
  const used = new Map<string, number>();
  const docs: Doc[] = input.map(({ d, text }) => ({
    d,
    text,
    keys: d.facts.map((f) => {
      const base = /^[0-9a-z]+$/.test(f.id) ? f.id : 'x';
      const n = (used.get(base) ?? 0) + 1;
      used.set(base, n);
      return n === 1 ? base : `${base}-${n}`;
    }),
  }));
  const scriptHash = createHash('sha256').update(SCRIPT).digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const total = docs.reduce((n, x) => n + x.d.facts.length, 0);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${h(csp)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>extract report: ${plural(total, 'fact')} in ${plural(docs.length, 'article')}</title>
<style>${STYLE}</style>
</head>
<body>
${summaryHtml(docs)}
<main>
${docs.map(articleHtml).join('\n')}
</main>
<div id="detail" hidden><button class="close" type="button" aria-label="close">×</button><div id="detail-body"></div><div class="hint">Esc or × to close</div></div>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

export function htmlReporter(): Reporter {
  const docs: { d: DocumentResult; text?: string }[] = [];
  return {
    begin: () => '',
    document(d: DocumentResult, text?: string) {
      docs.push({ d, text });
      return '';
    },
    end: () => renderPage(docs),
  };
}
