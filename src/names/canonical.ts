// Canonical entity names: the display form used in facts, and a comparison key.
// "SK Telecom Co." → "SK Telecom", "KRAFTON" → "Krafton", "the Korean government" → "South Korea".
import data from './gazetteer.json' with { type: 'json' };

interface RawEntry { name: string; type: string; category?: string; aliases?: string[]; demonyms?: string[] }

/** Legal-form suffixes that never make a different entity. Short ones must match case exactly. */
const SUFFIX_LONG = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'ltd', 'limited', 'llc', 'llp', 'plc', 'gmbh',
  'pte', 'pty', 'bhd', 'berhad', 'tbk', 'oyj', 'asa', 'sas', 'spa', 'srl', 'lllp', 'ulc',
]);
const SUFFIX_EXACT = new Set(['Co', 'CO', 'SA', 'AG', 'NV', 'BV', 'KK', 'AB', 'SE', 'LP', 'Cos', 'Corp', 'Inc', 'Ltd', 'Plc', 'Oy', 'A/S']);

/** Whether one word (as written, dots allowed) is a legal-form suffix: "Inc.", "Co.", "S.A.", "GmbH". */
export function isLegalSuffix(word: string): boolean {
  const w = word.replace(/[.,]/g, '');
  if (!w) return false;
  if (SUFFIX_EXACT.has(w)) return true;
  if (w.length >= 3 && SUFFIX_LONG.has(w.toLowerCase())) return true;
  return false;
}

/** Lower-case, dotless, diacritic-free key of one word. */
export function wordKey(word: string): string {
  // fast path: plain ASCII letters, digits, hyphens, apostrophes, & and +
  let plain = true;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 39 || c === 38 || c === 43)) {
      plain = false;
      break;
    }
  }
  if (plain) return word.toLowerCase();
  let w = word;
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(w)) w = w.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[’‘`´]/g, "'");
  return w.toLowerCase().replace(/\./g, '').replace(/[!?,;:]+$/, '');
}

// Countries by every name, alias and demonym (for "Korean government", "U.S." …).
// Short all-caps aliases ("US", "UK") match only as written, so "us" is not the United States.
const COUNTRY_BY_KEY = new Map<string, string>();
const COUNTRY_BY_ACRONYM = new Map<string, string>();
for (const e of (data as { entries: RawEntry[] }).entries) {
  if (e.type !== 'place' || e.category !== 'country') continue;
  for (const s of [e.name, ...(e.aliases ?? []), ...(e.demonyms ?? [])]) {
    if (isShortAcronym(s)) COUNTRY_BY_ACRONYM.set(s.replace(/\./g, ''), e.name);
    else COUNTRY_BY_KEY.set(phraseKey(s.replace(/^the\s+/i, '')), e.name);
  }
}

/** "US", "U.K.", "ROK": all capitals, at most 4 letters once dots are dropped. */
export function isShortAcronym(s: string): boolean {
  const w = s.replace(/\./g, '');
  return w.length <= 4 && /^\p{Lu}+$/u.test(w);
}

function phraseKey(s: string): string {
  return s.split(/\s+/).filter(Boolean).map(wordKey).join(' ');
}

/** The country a name, alias or demonym refers to ("Korean" → "South Korea"), or undefined. */
export function countryOf(s: string): string | undefined {
  const t = s.trim().replace(/^the\s+/i, '');
  return COUNTRY_BY_ACRONYM.get(t.replace(/\./g, '')) ?? COUNTRY_BY_KEY.get(phraseKey(t));
}

function titleCaseLongCaps(s: string): string {
  return s.replace(/\p{Lu}{6,}/gu, (w, off: number, all: string) => {
    // only whole words: no letter or digit touching either side
    const before = off > 0 ? all[off - 1]! : ' ';
    const after = off + w.length < all.length ? all[off + w.length]! : ' ';
    if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) return w;
    return w[0] + w.slice(1).toLowerCase();
  });
}

/** Strips trailing legal suffixes ("Co., Ltd.", "Inc.", ", LLC"), never down to nothing. */
export function stripLegalSuffixes(s: string): string {
  let out = s;
  for (let guard = 0; guard < 6; guard++) {
    const m = /^(.*\S)(?:\s*,)?\s+([A-Za-z][A-Za-z./]*)\.?$/.exec(out);
    if (!m || !isLegalSuffix(m[2]!)) break;
    let rest = m[1]!.replace(/,$/, '');
    rest = rest.replace(/\s+(?:&|and)$/, '');
    if (!/[\p{L}\p{N}]/u.test(rest)) break;
    out = rest;
  }
  return out;
}

/**
 * Display-canonical form of an entity name: legal suffixes, a leading "the" and a trailing
 * possessive dropped, long ALL-CAPS words in title case (acronyms of ≤5 letters kept), spaces
 * collapsed; a country's government, demonym or alias gives the country.
 */
export function canonicalName(raw: string): string {
  let s = raw.normalize('NFC').replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
  s = s.replace(/^["“”'(\[]+/, '').replace(/["“”')\]]+$/, '').replace(/[,;:]+$/, '').trim();
  s = s.replace(/^the\s+/i, '');
  s = s.replace(/'s$/i, '').replace(/(\w)s'$/, '$1s').trim();
  // A country's government is the country.
  let m = /^(.+?)\s+government$/i.exec(s);
  if (m) {
    const c = countryOf(m[1]!);
    if (c) return c;
  }
  m = /^government\s+of\s+(?:the\s+)?(.+)$/i.exec(s);
  if (m) {
    const c = countryOf(m[1]!);
    if (c) return c;
  }
  const country = countryOf(s);
  if (country) return country;
  s = stripLegalSuffixes(s);
  s = titleCaseLongCaps(s);
  return s || raw.trim();
}

/** Comparison key: canonical name, lower case, no diacritics, dots removed, punctuation as spaces. */
export function nameKey(name: string): string {
  let s = canonicalName(name);
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(s)) s = s.normalize('NFD').replace(/\p{M}+/gu, '');
  return s
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}&+]+/gu, ' ')
    .trim();
}

/** Whether two names denote the same entity (after canonicalisation). */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}
