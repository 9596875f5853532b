// Turns a readable rule pattern into a regular expression over a tagged sentence.
//   {money}          any money value          {money:value}   …captured as the group "value"
//   {org} {person} {product} {entity} (any name)   {count} {percent} {multiplier} {rank} {date}
//   {place} a country, city or region; {city} a country or city; {region} a region ("Asia");
//   {demonym} an adjective of place ("Korean", "Asian"); {anyplace} any of these
//   {orgs:object}    a list of names: "A, B and C", each possibly with a descriptor ("game developer B")
import { CLOSE, OPEN } from './tagged.js';

const KINDS: Record<string, string> = {
  money: 'money', count: 'count', percent: 'percent', multiplier: 'multiplier', rank: 'rank',
  date: 'time', time: 'time', org: 'org', person: 'person', product: 'product',
  place: '(?:place|region)', city: 'place', region: 'region', demonym: 'demonym', anyplace: '(?:place|region|demonym)',
  entity: '(?:org|product|person|place)', name: '(?:org|product)',
};

const tag = (kinds: string) => `${OPEN}${kinds}:\\d+${CLOSE}`;

function listOf(kinds: string): string {
  // A descriptor of at most four lower-case words may precede each name ("mobile carrier SK Telecom").
  const word = '(?!(?:and|or|but|than|from|to|by|with|for|of|on|at|as|into|between|that|which|who|while|when)\\b)[a-z][\\w-]*';
  // Descriptor words before each name: "mobile carrier X", "Japan's largest Y", "Singapore-based Z".
  const item = `(?:(?:(?:${word}|${tag('(?:place|region|demonym|count|rank)')}(?:-based)?)(?:['’]s)?,?\\s+){0,5}${tag(kinds)})`;
  return `${item}(?:\\s*,\\s*(?:and\\s+|&\\s+)?${item}){0,30}(?:,?\\s+(?:and|&|as well as)\\s+${item})?`;
}

// Gaps: {_} a few words with no recognized value in them; {__} a longer stretch that may pass names and
// dates; {gap} a stretch that may pass dates and places but no organisation, person or number.
const GAPS: Record<string, string> = {
  gap: `(?:[^${OPEN};]|${OPEN}(?:place|region|demonym|time):\\d+${CLOSE}){0,120}?`,
  _: `[^${OPEN}${CLOSE};]{0,60}?`,
  __: `(?:[^${OPEN};]|${OPEN}(?:org|person|place|region|demonym|product|time):\\d+${CLOSE}){0,160}?`,
};

const MACRO = /\{([a-z]+|_{1,2})(?::([A-Za-z]\w*))?\}/g;

export interface CompiledPattern {
  /** Finds matches (no group indices: computing them on every attempt is slow). */
  regex: RegExp;
  /** The same pattern, sticky and with group indices, run once at each match found. */
  sticky: RegExp;
  /** For groups that are exactly one macro ({orgs:object}), the tag kinds a name in it may have. */
  groupKinds: Map<string, Set<string>>;
  /** The kinds of value the sentence must hold for the pattern to have a chance. */
  needs: Set<string>;
  groups: Set<string>;
}

/** Kinds of the macros outside any group or alternation: without them the pattern cannot match. */
function requiredKinds(pattern: string): Set<string> {
  const out = new Set<string>();
  let depth = 0;
  let inClass = false;
  let topLevelAlternation = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) topLevelAlternation = true;
    else if (c === '{' && depth === 0) {
      const m = /^\{([a-z]+)(?::\w+)?\}/.exec(pattern.slice(i));
      if (!m) continue;
      const after = pattern[i + m[0].length];
      const optional = after === '?' || after === '*' || (after === '{' && /^\{0,/.test(pattern.slice(i + m[0].length)));
      const kind = KINDS[m[1]!] ?? KINDS[m[1]!.replace(/s$/, '')];
      if (kind && !kind.startsWith('(') && !optional) out.add(kind);
      i += m[0].length - 1;
    }
  }
  return topLevelAlternation ? new Set() : out;
}

/**
 * `\b` in a pattern, where a placeholder counts as a word: "users quadrupled" is "users {multiplier}", and
 * `users\b(?:has )?{multiplier}` must match it. Escaped backslashes and character classes are left alone.
 */
function wordBoundaries(source: string): string {
  const W = `[\\w${OPEN}${CLOSE}]`;
  const boundary = `(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1];
      if (next === 'b' && !inClass) out += boundary;
      else out += c + (next ?? '');
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}

export function compilePattern(pattern: string, caseSensitive = false): CompiledPattern {
  // A word boundary next to a value placeholder can never hold (placeholders are not word characters).
  pattern = pattern.replace(/\\b(?=\{[a-z]+(?::\w+)?\})/g, '').replace(/(\{[a-z]+(?::\w+)?\})\\b/g, '$1');
  const needs = requiredKinds(pattern);
  const groups = new Set<string>();
  const groupKinds = new Map<string, Set<string>>();
  const source = pattern.replace(MACRO, (_whole, kind: string, group: string | undefined) => {
    if (GAPS[kind] && !group) return GAPS[kind]!;
    const singular = kind.endsWith('ies') ? kind.slice(0, -3) + 'y' : kind.slice(0, -1);
    const plural = kind.endsWith('s') && KINDS[singular] !== undefined && !KINDS[kind];
    const base = plural ? singular : kind;
    const kinds = KINDS[base];
    if (kinds === undefined) throw new Error(`unknown macro {${kind}} (known: ${Object.keys(KINDS).join(', ')}, and plurals such as {orgs})`);
    const body = plural ? listOf(kinds) : tag(kinds);
    if (!group) return `(?:${body})`;
    if (groups.has(group)) throw new Error(`group "${group}" is used twice`);
    groups.add(group);
    groupKinds.set(group, new Set(kinds.replace(/[()?:]/g, '').split('|')));
    return `(?<${group}>${body})`;
  });
  for (const m of source.matchAll(/\(\?<([A-Za-z]\w*)>/g)) groups.add(m[1]!);
  // Unicode mode makes matching many times slower: only patterns that need it (\p{…}, \u{…}) get it.
  const u = /\\[pP]\{|\\u\{/.test(source) ? 'u' : '';
  const i = caseSensitive ? '' : 'i';
  const final = wordBoundaries(source);
  const regex = new RegExp(final, `g${i}${u}`);
  const sticky = new RegExp(final, `dy${i}${u}`);
  return { regex, sticky, needs, groups, groupKinds };
}
