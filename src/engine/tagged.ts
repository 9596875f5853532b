// A sentence in which every recognized value is replaced by a placeholder, so that patterns can
// name values ({money}, {org}) instead of re-recognizing them; offsets map back to the source text.
import { defaultGazetteer } from '../names/gazetteer.js';
import type { Mention } from '../recognizers/types.js';

export const OPEN = '\uE000';
export const CLOSE = '\uE001';

export interface Tagged {
  text: string;
  /** Mentions in the order of their placeholders. */
  mentions: Mention[];
  /** Where each placeholder starts and ends in `text`, in order (parallel to `mentions`). */
  tagStarts: number[];
  tagEnds: number[];
  /** Source offset of the sentence start. */
  start: number;
}

/** `mentions` must be sorted by start and not overlap; offsets are document offsets. */
export function tagSentence(docText: string, start: number, end: number, mentions: Mention[]): Tagged {
  let text = '';
  const used: Mention[] = [];
  const tagStarts: number[] = [];
  const tagEnds: number[] = [];
  let pos = start;
  for (const m of mentions) {
    if (m.start < pos || m.end > end) continue;
    text += docText.slice(pos, m.start);
    const tag = `${OPEN}${tagKind(m)}:${used.length}${CLOSE}`;
    tagStarts.push(text.length);
    text += tag;
    tagEnds.push(text.length);
    used.push(m);
    pos = m.end;
  }
  text += docText.slice(pos, end);
  return { text, mentions: used, tagStarts, tagEnds, start };
}

/** Places are tagged finer, so that patterns can tell a city from a region or an adjective ("Asian"). */
export function tagKind(m: Mention): string {
  if (m.kind !== 'place') return m.kind;
  if (m.qualifiers.demonym) return 'demonym';
  const name = m.value.kind === 'entity' ? m.value.name : m.text;
  return defaultGazetteer.lookup(name)?.category === 'region' ? 'region' : 'place';
}

/**
 * Source offset of a tagged offset. Inside or at the start of a placeholder it is the mention's start
 * (`asEnd`: its end); in plain text it is shifted by the placeholders and mentions before it.
 */
function toSource(t: Tagged, at: number, asEnd: boolean): number {
  // The last placeholder starting before `at` (binary search).
  let lo = 0;
  let hi = t.tagStarts.length - 1;
  let k = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (t.tagStarts[mid]! < at) {
      k = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (k === -1) return t.start + at;
  const m = t.mentions[k]!;
  if (at < t.tagEnds[k]!) return asEnd ? m.end : m.start;
  return m.end + (at - t.tagEnds[k]!);
}

/** Source span of a tagged span. */
export function sourceSpan(t: Tagged, from: number, to: number): { start: number; end: number } {
  const start = toSource(t, from, false);
  if (to <= from) return { start, end: start };
  return { start, end: toSource(t, to, true) };
}

/** The mentions whose placeholders lie inside a tagged span (found by binary search over the placeholders). */
export function mentionsIn(t: Tagged, from: number, to: number): Mention[] {
  // The first placeholder starting at or after `from`.
  let lo = 0;
  let hi = t.tagStarts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.tagStarts[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let k = lo; k < t.tagStarts.length && t.tagEnds[k]! <= to; k++) out.push(t.mentions[k]!);
  return out;
}
