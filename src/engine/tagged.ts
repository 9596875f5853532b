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
  /** Source offset of every tagged offset (length text.length + 1). */
  toSource: Int32Array;
  /** For placeholder characters, the end in the source of the mention they stand for. */
  toSourceEnd: Int32Array;
}

/** `mentions` must be sorted by start and not overlap; offsets are document offsets. */
export function tagSentence(docText: string, start: number, end: number, mentions: Mention[]): Tagged {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const used: Mention[] = [];
  let pos = start;
  for (const m of mentions) {
    if (m.start < pos || m.end > end) continue;
    const plain = docText.slice(pos, m.start);
    for (let i = 0; i < plain.length; i++) {
      starts.push(pos + i);
      ends.push(pos + i + 1);
    }
    text += plain;
    const tag = `${OPEN}${tagKind(m)}:${used.length}${CLOSE}`;
    for (let i = 0; i < tag.length; i++) {
      starts.push(i === 0 ? m.start : m.end);
      ends.push(m.end);
    }
    text += tag;
    used.push(m);
    pos = m.end;
  }
  const rest = docText.slice(pos, end);
  for (let i = 0; i < rest.length; i++) {
    starts.push(pos + i);
    ends.push(pos + i + 1);
  }
  text += rest;
  starts.push(end);
  ends.push(end);
  return { text, mentions: used, toSource: Int32Array.from(starts), toSourceEnd: Int32Array.from(ends) };
}

/** Places are tagged finer, so that patterns can tell a city from a region or an adjective ("Asian"). */
export function tagKind(m: Mention): string {
  if (m.kind !== 'place') return m.kind;
  if (m.qualifiers.demonym) return 'demonym';
  const name = m.value.kind === 'entity' ? m.value.name : m.text;
  return defaultGazetteer.lookup(name)?.category === 'region' ? 'region' : 'place';
}

/** Source span of a tagged span. */
export function sourceSpan(t: Tagged, from: number, to: number): { start: number; end: number } {
  if (to <= from) return { start: t.toSource[from]!, end: t.toSource[from]! };
  return { start: t.toSource[from]!, end: t.toSourceEnd[to - 1]! };
}

const PLACEHOLDER = new RegExp(`${OPEN}[a-z]+:(\\d+)${CLOSE}`, 'g');

/** The mentions whose placeholders lie inside a tagged span. */
export function mentionsIn(t: Tagged, from: number, to: number): Mention[] {
  const out: Mention[] = [];
  const piece = t.text.slice(from, to);
  for (const m of piece.matchAll(PLACEHOLDER)) out.push(t.mentions[+m[1]!]!);
  return out;
}
