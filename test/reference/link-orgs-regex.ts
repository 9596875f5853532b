// The short-form linker as it was, with one regular expression of the names per document: the oracle
// test/link-orgs.test.ts compares the plain-search version with.
// Within one document, a short form of an organisation named in full ("Heliotrope" after "Heliotrope
// AI", "Qamar" after "Qamar AI Technologies") is the same organisation. Only generic trailing words may
// be dropped: "Kakao" and "Kakao Enterprise", "SK" and "SK Telecom" stay different entities.
import type { Mention } from '../../src/recognizers/types.js';

const GENERIC_TAIL = new Set([
  'ai', 'labs', 'lab', 'technologies', 'technology', 'tech', 'systems', 'software', 'robotics', 'networks',
  'holdings', 'group', 'corporation', 'company', 'inc', 'corp', 'ltd', 'llc', 'plc', 'co', 'ag', 'sa', 'gmbh',
  'limited', 'incorporated', 'international', 'global', 'industries', 'solutions', 'platforms', 'studios', 'games',
]);

/** The short forms a full name may be written as, e.g. "Heliotrope AI" → ["Heliotrope"]. */
function shortForms(name: string): string[] {
  const words = name.split(/\s+/);
  const out: string[] = [];
  for (let n = words.length - 1; n >= 1; n--) {
    const tail = words.slice(n).map((w) => w.toLowerCase().replace(/\.$/, ''));
    if (!tail.every((w) => GENERIC_TAIL.has(w))) break;
    const short = words.slice(0, n).join(' ');
    if (short.length >= 3 && /^\p{Lu}/u.test(short)) out.push(short);
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Renames short forms of full names and adds the short forms the recognizers missed. `mentions` sorted. */
export function linkOrgs(text: string, mentions: Mention[]): Mention[] {
  // Each short form and the full names it could stand for; only a short form of one full name is linked.
  const candidates = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.kind !== 'org' || m.value.kind !== 'entity') continue;
    for (const s of shortForms(m.value.name)) (candidates.get(s) ?? candidates.set(s, new Set()).get(s)!).add(m.value.name);
  }
  const full = new Map<string, string>();
  for (const [s, names] of candidates) if (names.size === 1) full.set(s, [...names][0]!);
  if (full.size === 0) return mentions;
  const out = mentions.map((m) =>
    m.kind === 'org' && m.value.kind === 'entity' && full.has(m.value.name)
      ? { ...m, value: { ...m.value, name: full.get(m.value.name)! }, qualifiers: { ...m.qualifiers, linkedFrom: m.text } }
      : m,
  );
  // Short forms that no recognizer found, as whole words ("Heliotrope said …", "Qamar’s revenue").
  // Matches come in text order, as do the mentions: a moving pointer finds overlaps in linear time.
  let k = 0;
  const taken = (s: number, e: number) => {
    while (k < out.length && out[k]!.end <= s) k++;
    return k < out.length && out[k]!.start < e;
  };
  const added: Mention[] = [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...full.keys()].map(escape).join('|')})(?![\\p{L}\\p{N}]|\\s+\\p{Lu})`, 'gu');
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken(start, end)) continue;
    added.push({ kind: 'org', start, end, text: m[0], value: { kind: 'entity', name: full.get(m[0])!, entityType: 'org' }, qualifiers: { cue: 'short-form', linkedFrom: m[0] }, source: 'link-orgs' });
  }
  return added.length ? [...out, ...added].sort((a, b) => a.start - b.start) : out;
}
