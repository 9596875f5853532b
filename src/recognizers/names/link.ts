// Within one document, a bare surname or first name ("Kwon", "Ek") refers to the person named in
// full elsewhere ("Jason Kwon", "Daniel Ek").
import type { Mention } from '../types.js';
import { wordKey } from '../../names/canonical.js';
import { lowerBound } from '../../lower-bound.js';

const SKIP = /^(?:\p{Lu}\.|Jr\.?|Sr\.?|II|III|IV)$/u;

function nameWords(name: string): string[] {
  return name.split(/\s+/).filter((w) => w && !SKIP.test(w));
}

/**
 * Maps one-word person mentions to the nearest earlier full name (or, failing that, the first later
 * one) whose first or last word it is: value.name becomes the full name and qualifiers.linkedFrom
 * keeps the surface. Other mentions are returned unchanged. Ambiguity resolves to the nearest.
 */
export function linkNames(mentions: readonly Mention[]): Mention[] {
  // The positions of the full names each first or last word starts, by that word (looked up per bare
  // name: a scan of every full name for each made many of both quadratic).
  const full = new Map<string, { name: string; pos: number }[]>();
  for (const m of mentions) {
    if (m.kind !== 'person' || m.value.kind !== 'entity') continue;
    const words = nameWords(m.value.name);
    if (words.length < 2) continue;
    const keys = new Set([wordKey(words[0]!), wordKey(words[words.length - 1]!)]);
    for (const key of keys) {
      let list = full.get(key);
      if (!list) full.set(key, (list = []));
      list.push({ name: m.value.name, pos: m.start });
    }
  }
  if (!full.size) return [...mentions];
  for (const list of full.values()) list.sort((a, b) => a.pos - b.pos);
  return mentions.map((m) => {
    if (m.kind !== 'person' || m.value.kind !== 'entity') return m;
    const words = nameWords(m.value.name);
    if (words.length !== 1) return m;
    const list = full.get(wordKey(words[0]!));
    if (!list) return m;
    // The nearest full name before, else the first after.
    const lo = lowerBound(list.length, (i) => list[i]!.pos < m.start);
    let k = lo;
    while (k < list.length && list[k]!.pos === m.start) k++;
    const hit = lo > 0 ? list[lo - 1] : list[k];
    if (!hit) return m;
    return {
      ...m,
      value: { ...m.value, name: hit.name },
      qualifiers: { ...m.qualifiers, linkedFrom: m.qualifiers.linkedFrom ?? m.text },
    };
  });
}

/** Alias of linkNames. */
export const resolvePersonAlias = linkNames;
