// Within one document, a bare surname or first name ("Kwon", "Ek") refers to the person named in
// full elsewhere ("Jason Kwon", "Daniel Ek").
import type { Mention } from '../types.js';
import { wordKey } from '../../names/canonical.js';

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
  const full: { key: string; name: string; pos: number }[] = [];
  for (const m of mentions) {
    if (m.kind !== 'person' || m.value.kind !== 'entity') continue;
    const words = nameWords(m.value.name);
    if (words.length < 2) continue;
    const keys = new Set([wordKey(words[0]!), wordKey(words[words.length - 1]!)]);
    for (const key of keys) full.push({ key, name: m.value.name, pos: m.start });
  }
  if (!full.length) return [...mentions];
  return mentions.map((m) => {
    if (m.kind !== 'person' || m.value.kind !== 'entity') return m;
    const words = nameWords(m.value.name);
    if (words.length !== 1) return m;
    const key = wordKey(words[0]!);
    let before: (typeof full)[number] | undefined;
    let after: (typeof full)[number] | undefined;
    for (const f of full) {
      if (f.key !== key) continue;
      if (f.pos < m.start) {
        if (!before || f.pos > before.pos) before = f;
      } else if (f.pos > m.start && (!after || f.pos < after.pos)) after = f;
    }
    const hit = before ?? after;
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
