// Turns a readable rule pattern into a regular expression over a tagged sentence.
//   {money}          any money value          {money:value}   …captured as the group "value"
//   {org} {person} {product} {entity} (any name)   {count} {percent} {multiplier} {rank} {date}
//   {place} a country, city or region; {city} a country or city; {region} a region ("Asia");
//   {demonym} an adjective of place ("Korean", "Asian"); {anyplace} any of these
//   {orgs:object}    a list of names: "A, B and C", each possibly with a descriptor ("game developer B")
import { KINDS } from './kinds.js';
import { quantifierAt, required } from './required.js';
import { CLOSE, OPEN } from './tagged.js';


const tag = (kinds: string) => `${OPEN}${kinds}:\\d+${CLOSE}`;

function listOf(kinds: string, head = false): string {
  // A descriptor of at most four lower-case words may precede each name ("mobile carrier SK Telecom").
  const word = '(?!(?:and|or|but|than|from|to|by|with|for|of|on|at|as|into|between|that|which|who|while|when)\\b)[a-z][\\w-]*';
  // Descriptor words before each name: "mobile carrier X", "Japan's largest Y", "Singapore-based Z".
  const item = `(?:(?:(?:${word}|${tag('(?:place|region|demonym|count|rank)')}(?:-based)?)(?:['’]s)?,?\\s+){0,5}${tag(kinds)})`;
  // A list that opens the pattern starts at its first name: descriptors there would make every word of
  // the sentence a place to try the pattern (measured: 9 µs a sentence instead of 0.05), and words
  // before the match are not needed to find it.
  const first = head ? tag(kinds) : item;
  // An apposition between two names that names no other ("A, the World Bank's private-sector arm, and B",
  // "A, a Nairobi investment firm, and B"): its words may hold places and possessive names only.
  // (One name at most and no lazy alternation: this part is tried after every name of every list.)
  const appos = `(?:,\\s+(?:the|a|an)\\s+[^,;${OPEN}]{0,40}(?:(?:${tag('(?:place|region|demonym)')}|${tag('[a-z]+')}['’]s\\b)[^,;${OPEN}]{0,40})?(?=,))?`;
  return `${first}(?:${appos}\\s*,\\s*(?:and\\s+|&\\s+)?${item}){0,30}(?:${appos},?\\s+(?:and|&|as well as)\\s+${item})?`;
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
  /** Finds matches, with the positions of their groups (the `d` flag costs only when a match is found). */
  regex: RegExp;
  /** For groups that are exactly one macro ({orgs:object}), the tag kinds a name in it may have. */
  groupKinds: Map<string, Set<string>>;
  /** Kinds of value the sentence must hold for the pattern to have a chance: one of each clause. */
  needs: string[][];
  /** Words (lower case) the sentence must hold: one of each clause. Empty when any sentence may match. */
  words: string[][];
  groups: Set<string>;
}

/** The index just after the group that opens at `i` (its closing parenthesis), or -1. */
function groupEnd(source: string, i: number): number {
  let depth = 0;
  let inClass = false;
  for (let k = i; k < source.length; k++) {
    const d = source[k]!;
    if (d === '\\') k++;
    else if (inClass) inClass = d !== ']';
    else if (d === '[') inClass = true;
    else if (d === '(') depth++;
    else if (d === ')' && --depth === 0) return k + 1;
  }
  return -1;
}

/** The top-level alternatives of the group opening at `i`: where each starts. */
function alternatives(source: string, i: number, end: number): number[] {
  let j = i + 1;
  if (source.startsWith('?:', j)) j += 2;
  else if (/^\?<[A-Za-z]\w*>/.test(source.slice(j, j + 40))) j = source.indexOf('>', j) + 1;
  const starts = [j];
  let depth = 0;
  let inClass = false;
  for (let k = j; k < end - 1; k++) {
    const d = source[k]!;
    if (d === '\\') k++;
    else if (inClass) inClass = d !== ']';
    else if (d === '[') inClass = true;
    else if (d === '(') depth++;
    else if (d === ')') depth--;
    else if (d === '|' && depth === 0) starts.push(k + 1);
  }
  return starts;
}

/**
 * Whether every match of the pattern from `i` on begins with a word character (letter, digit or _).
 * Conservative: false whenever it cannot tell (a lookaround, a class, the end of a group).
 */
function startsWithWord(source: string, i: number, depth = 0): boolean {
  const c = source[i];
  if (c === undefined || depth > 20) return false;
  let word: boolean;
  let end: number;
  if (/[A-Za-z0-9_]/.test(c)) [word, end] = [true, i + 1];
  else if (c === '\\') [word, end] = [/[wd]/.test(source[i + 1] ?? ''), i + 2];
  else if (c === '(' && source[i + 1] === '?' && /[=!<]/.test(source[i + 2] ?? '') && !/^\(\?<[A-Za-z]/.test(source.slice(i, i + 4))) return false;
  else if (c === '(') {
    end = groupEnd(source, i);
    if (end === -1) return false;
    word = alternatives(source, i, end).every((s) => startsWithWord(source, s, depth + 1));
  } else return false;
  if (!word) return false;
  // An optional element ("s?he", "(?:the\s+)?market") may be skipped: what follows must begin with one too.
  const q = quantifierAt(source, end);
  return q?.optional ? startsWithWord(source, end + q.length, depth + 1) : true;
}

/**
 * `\b` in a pattern, where a placeholder counts as a word: "users quadrupled" is "users {multiplier}", and
 * `users\b(?:has )?{multiplier}` must match it. Escaped backslashes and character classes are left alone.
 * Before a word character the boundary is only "no word before" (a lookbehind): the general form, a
 * choice of lookarounds, stops V8 from skipping ahead to the places where the pattern can begin, and a
 * pattern opening with it ran 15 times slower.
 */
function wordBoundaries(source: string): string {
  const W = `[\\w${OPEN}${CLOSE}]`;
  const boundary = `(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`;
  const beforeWord = `(?<!${W})`;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1];
      if (next === 'b' && !inClass) out += startsWithWord(source, i + 2) ? beforeWord : boundary;
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

/**
 * Whether a list macro at `at` opens every match of the pattern, so that words before its first name need
 * not be matched: only group openings come before it, none of those groups repeats or may be skipped,
 * and its names are of kinds a descriptor cannot be (a place may describe a place: "Seoul's Gangnam").
 */
function opensPattern(pattern: string, at: number, kinds: string): boolean {
  const prefix = pattern.slice(0, at);
  if (!/^(?:\(\?:|\(\?<[A-Za-z]\w*>|\()*$/.test(prefix)) return false;
  if (/place|region|demonym|count|rank/.test(kinds)) return false;
  for (let j = prefix.indexOf('('); j !== -1; j = prefix.indexOf('(', j + 1)) {
    const end = groupEnd(pattern, j);
    if (end === -1 || quantifierAt(pattern, end) !== null) return false;
  }
  return true;
}

export function compilePattern(pattern: string, caseSensitive = false): CompiledPattern {
  // A word boundary next to a value placeholder can never hold (placeholders are not word characters).
  pattern = pattern.replace(/\\b(?=\{[a-z]+(?::\w+)?\})/g, '').replace(/(\{[a-z]+(?::\w+)?\})\\b/g, '$1');
  const req = required(pattern);
  const groups = new Set<string>();
  const groupKinds = new Map<string, Set<string>>();
  const source = pattern.replace(MACRO, (_whole, kind: string, group: string | undefined, at: number) => {
    if (GAPS[kind] && !group) return GAPS[kind]!;
    const singular = kind.endsWith('ies') ? kind.slice(0, -3) + 'y' : kind.slice(0, -1);
    const plural = kind.endsWith('s') && KINDS[singular] !== undefined && !KINDS[kind];
    const base = plural ? singular : kind;
    const kinds = KINDS[base];
    if (kinds === undefined) throw new Error(`unknown macro {${kind}} (known: ${Object.keys(KINDS).join(', ')}, and plurals such as {orgs})`);
    const body = plural ? listOf(kinds, opensPattern(pattern, at, kinds)) : tag(kinds);
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
  const regex = new RegExp(final, `gd${i}${u}`);
  // Under the u flag case folding goes beyond lower case ("ſ" is "s"): no words to look for.
  const words = u ? [] : req.words;
  return { regex, needs: req.kinds, words, groups, groupKinds };
}
