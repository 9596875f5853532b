// Within one document, a short form of an organisation named in full ("Heliotrope" after "Heliotrope
// AI", "Qamar" after "Qamar AI Technologies") is the same organisation. Only generic trailing words may
// be dropped: "Kakao" and "Kakao Enterprise", "SK" and "SK Telecom" stay different entities.
import { KeywordIndex } from '../engine/keywords.js';
import type { Mention } from '../recognizers/types.js';
import { isWholeWord } from './whole-word.js';

const GENERIC_TAIL = new Set([
  'ai', 'labs', 'lab', 'technologies', 'technology', 'tech', 'systems', 'software', 'robotics', 'networks',
  'holdings', 'group', 'corporation', 'company', 'inc', 'corp', 'ltd', 'llc', 'plc', 'co', 'ag', 'sa', 'gmbh',
  'limited', 'incorporated', 'international', 'global', 'industries', 'solutions', 'platforms', 'studios', 'games',
  'microelectronics', 'electronics', 'semiconductor', 'semiconductors', 'motors', 'mobility', 'telecom', 'telecoms',
  'telecommunications', 'interactive', 'digital', 'media', 'entertainment', 'therapeutics', 'biotech', 'pharma',
  'pharmaceuticals', 'energy', 'analytics', 'automation', 'aerospace', 'dynamics', 'payments', 'fintech', 'capital',
  'ventures', 'partners', 'investments', 'consulting', 'research', 'health', 'healthcare', 'logistics', 'motor',
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

/** Up to this many short forms, a plain search for each (the text is read once per short form). */
const FEW_SHORT_FORMS = 8;
const CAPITALISED_NEXT = /\s+\p{Lu}/uy;

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
  // Each short form's occurrences by plain search (a regular expression of the names, built per document,
  // cost more to compile than to run): a whole word, not followed by a capitalised word. At one place the
  // first short form in order wins, as in a regular expression's choice.
  const best = new Map<number, { end: number; order: number }>();
  const shorts = [...full.keys()];
  const found = (at: number, order: number) => {
    const end = at + shorts[order]!.length;
    if (!isWholeWord(text, at, end)) return;
    CAPITALISED_NEXT.lastIndex = end;
    if (CAPITALISED_NEXT.test(text)) return;
    const known = best.get(at);
    if (!known || known.order > order) best.set(at, { end, order });
  };
  if (shorts.length <= FEW_SHORT_FORMS) {
    shorts.forEach((short, order) => {
      for (let at = text.indexOf(short); at !== -1; at = text.indexOf(short, at + 1)) found(at, order);
    });
  } else {
    // Many short forms (an article listing many companies): one pass finds them all, as a search per short
    // form would read the whole text once for each.
    new KeywordIndex(shorts).scan(text, (order, end) => found(end - shorts[order]!.length, order));
  }
  // In text order and not overlapping (as a regular expression's matches would be).
  let last = -1;
  for (const start of [...best.keys()].sort((x, y) => x - y)) {
    if (start < last) continue;
    const { end } = best.get(start)!;
    last = end;
    if (taken(start, end)) continue;
    const name = text.slice(start, end);
    added.push({ kind: 'org', start, end, text: name, value: { kind: 'entity', name: full.get(name)!, entityType: 'org' }, qualifiers: { cue: 'short-form', linkedFrom: name }, source: 'link-orgs' });
  }
  return added.length ? [...out, ...added].sort((a, b) => a.start - b.start) : out;
}
