// Turns an article's text plus evidence spans into HTML with one <mark> per span.
//
// The text is split at every span start and end. Spans that contain each other become nested marks.
// When two spans cross without nesting, the one that starts later is closed where the other ends
// and reopened as a continuation piece: only its first piece is the anchor (id="fact-…", data-fact),
// later pieces carry data-fact-part. So there is exactly one [data-fact] element per span.
// Spans marked `also` (other places stating the same fact) are data-fact-also marks, never anchors.

import { escapeHtml, escapeText } from './escape.js';

export interface HighlightSpan {
  /** DOM key of the fact: the anchor gets id="fact-<key>". */
  key: string;
  start: number;
  end: number;
  /** Extra classes, e.g. the colour family. */
  className: string;
  /** Tooltip text (escaped here). */
  title: string;
  /** Another place stating the same fact: highlighted (data-fact-also), never the anchor. */
  also?: boolean;
}

interface MarkNode {
  span: HighlightSpan;
  anchor: boolean;
  children: Node[];
}
type Node = string | MarkNode;

/** Builds the mark tree; exported for tests of the splitting. */
export function markTree(text: string, spans: readonly HighlightSpan[]): Node[] {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, Math.trunc(n)));
  const sorted = spans
    .map((s, i) => ({ ...s, start: clamp(s.start), end: Math.max(clamp(s.start), clamp(s.end)), i }))
    .sort((a, b) => a.start - b.start || b.end - a.end || a.i - b.i);
  const bounds = [...new Set([0, text.length, ...sorted.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);

  const root: Node[] = [];
  const stack: MarkNode[] = [];
  const anchored = new Set<HighlightSpan>();
  const here = () => (stack.length ? stack[stack.length - 1]!.children : root);
  const open = (span: HighlightSpan) => {
    const node: MarkNode = { span, anchor: !span.also && !anchored.has(span), children: [] };
    if (!span.also) anchored.add(span);
    here().push(node);
    return node;
  };

  let pos = 0;
  let next = 0;
  for (const b of bounds) {
    if (b > pos) {
      here().push(text.slice(pos, b));
      pos = b;
    }
    // Close every mark ending here, and everything opened above the lowest of them;
    // those that go on past b are reopened as continuation pieces.
    const lowest = stack.findIndex((n) => n.span.end <= b);
    const reopen: HighlightSpan[] = [];
    if (lowest >= 0) {
      for (const n of stack.slice(lowest)) if (n.span.end > b) reopen.push(n.span);
      stack.length = lowest;
    }
    const starting: HighlightSpan[] = [];
    while (next < sorted.length && sorted[next]!.start === b) starting.push(sorted[next++]!);
    // Zero-length spans still get their (empty) anchor.
    const toOpen = [...reopen, ...starting.filter((s) => s.end > s.start)].sort((x, y) => y.end - x.end || x.start - y.start);
    for (const s of starting) if (s.end === s.start) open(s);
    for (const s of toOpen) stack.push(open(s));
  }
  return root;
}

function height(n: MarkNode): number {
  let h = 0;
  for (const c of n.children) if (typeof c !== 'string') h = Math.max(h, height(c));
  return h + 1;
}

function render(nodes: Node[]): string {
  let out = '';
  for (const n of nodes) {
    if (typeof n === 'string') {
      out += escapeText(n);
      continue;
    }
    const key = escapeHtml(n.span.key);
    const ident = n.anchor ? `id="fact-${key}" data-fact="${key}"` : n.span.also ? `data-fact-also="${key}"` : `data-fact-part="${key}"`;
    const cls = `f ${n.span.className} h${Math.min(height(n), 4)}${n.anchor ? '' : n.span.also ? ' also' : ' part'}${n.span.start === n.span.end ? ' empty' : ''}`;
    out += `<mark class="${escapeHtml(cls)}" ${ident} data-ref="${key}" title="${escapeHtml(n.span.title)}">${render(n.children)}</mark>`;
  }
  return out;
}

/** The article as escaped HTML with every span marked. */
export function highlight(text: string, spans: readonly HighlightSpan[]): string {
  return render(markTree(text, spans));
}
