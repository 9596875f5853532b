// The same fact stated twice in one article is one fact, keeping the clearest evidence.
import { numberOf, type Draft } from '../engine/draft.js';
import type { Refiner } from './index.js';

function key(d: Draft): string {
  const rank = d.qualifiers.rank ?? '';
  const value = d.value.kind === 'entity' ? d.value.name.toLowerCase() : d.value.kind === 'text' && d.type !== 'quote' ? d.value.text.toLowerCase() : '';
  return [d.type, d.subject?.toLowerCase() ?? '', d.object?.toLowerCase() ?? '', rank, value, d.qualifiers.new ?? '', d.qualifiers.period ?? ''].join('\u0000');
}

/** Values agree when equal, or when one is a hedged or rounded form of the other. */
export function valuesAgree(a: Draft, b: Draft): boolean {
  if (a.value.kind !== b.value.kind) return false;
  if (a.value.kind === 'money' && b.value.kind === 'money' && a.value.currency !== b.value.currency) return false;
  if (a.value.kind === 'text' && b.value.kind === 'text') return a.type !== 'quote' || a.value.text === b.value.text;
  const x = numberOf(a.value);
  const y = numberOf(b.value);
  if (x === undefined || y === undefined) return true;
  if (x === y) return true;
  const hedged = Boolean(a.qualifiers.approx || b.qualifiers.approx);
  return hedged && Math.abs(x - y) <= 0.05 * Math.max(Math.abs(x), Math.abs(y));
}

/** A statement without a time or scope may repeat one that has them ("more than 1.25 million … each day"). */
function timesAgree(a: Draft, b: Draft): boolean {
  return !a.time?.start || !b.time?.start || a.time.start === b.time.start;
}
function scopesAgree(a: Draft, b: Draft): boolean {
  return !a.scope || !b.scope || a.scope === b.scope;
}

/** More precise: not hedged, more significant digits, then higher confidence, then earlier. */
function better(a: Draft, b: Draft): Draft {
  const score = (d: Draft) => (d.qualifiers.approx ? 0 : 100) + String(numberOf(d.value) ?? '').replace(/0+$/, '').length + d.confidence * 10;
  const sa = score(a);
  const sb = score(b);
  return sb > sa ? b : a;
}

export const dedupe: Refiner = (_ctx, drafts) => {
  const groups = new Map<string, Draft[]>();
  const out: Draft[] = [];
  for (const d of drafts) {
    const k = key(d);
    const group = groups.get(k) ?? [];
    const same = group.findIndex((g) => valuesAgree(g, d) && timesAgree(g, d) && scopesAgree(g, d));
    if (same === -1) {
      group.push(d);
      groups.set(k, group);
      out.push(d);
      continue;
    }
    const kept = group[same]!;
    const winner = better(kept, d);
    const loser = winner === kept ? d : kept;
    const also = [...((winner.qualifiers.alsoAt as { start: number; end: number }[] | undefined) ?? []), { start: loser.start, end: loser.end }];
    // Identical spans (two rules on the same words) are not a second statement.
    const merged: Draft = { ...winner, time: winner.time ?? loser.time, scope: winner.scope ?? loser.scope, qualifiers: { ...winner.qualifiers, ...(loser.start === winner.start && loser.end === winner.end ? {} : { alsoAt: also }) } };
    group[same] = merged;
    out[out.indexOf(kept)] = merged;
  }
  return out;
};
