// Turns a readable rule pattern into a regular expression over a tagged sentence.
//   {money}          any money value          {money:value}   …captured as the group "value"
//   {org} {person} {place} {product} {entity} (any name)   {count} {percent} {multiplier} {rank} {date}
//   {orgs:object}    a list of names: "A, B and C", each possibly with a descriptor ("game developer B")
import { CLOSE, OPEN } from './tagged.js';

const KINDS: Record<string, string> = {
  money: 'money', count: 'count', percent: 'percent', multiplier: 'multiplier', rank: 'rank',
  date: 'time', time: 'time', org: 'org', person: 'person', place: 'place', product: 'product',
  entity: '(?:org|product|person|place)', name: '(?:org|product)',
};

const tag = (kinds: string) => `${OPEN}${kinds}:\\d+${CLOSE}`;

function listOf(kinds: string): string {
  // A descriptor of at most four lower-case words may precede each name ("mobile carrier SK Telecom").
  const item = `(?:(?:[a-z][\\w-]*\\s+){0,4}${tag(kinds)})`;
  return `${item}(?:\\s*,\\s*(?:and\\s+|&\\s+)?${item}){0,30}(?:,?\\s+(?:and|&|as well as)\\s+${item})?`;
}

// Gaps: {_} a few words with no recognized value in them; {__} a longer stretch that may pass names and dates.
const GAPS: Record<string, string> = {
  _: `[^${OPEN}${CLOSE};]{0,60}?`,
  __: `(?:[^${OPEN};]|${OPEN}(?:org|person|place|product|time):\\d+${CLOSE}){0,160}?`,
};

const MACRO = /\{([a-z]+|_{1,2})(?::([A-Za-z]\w*))?\}/g;

export interface CompiledPattern {
  regex: RegExp;
  /** The kinds of value the sentence must hold for the pattern to have a chance. */
  needs: Set<string>;
  groups: Set<string>;
}

export function compilePattern(pattern: string, caseSensitive = false): CompiledPattern {
  const needs = new Set<string>();
  const groups = new Set<string>();
  const source = pattern.replace(MACRO, (_whole, kind: string, group: string | undefined) => {
    if (GAPS[kind]) return GAPS[kind]!;
    const plural = kind.endsWith('s') && KINDS[kind.slice(0, -1)] !== undefined && !KINDS[kind];
    const base = plural ? kind.slice(0, -1) : kind;
    const kinds = KINDS[base];
    if (kinds === undefined) throw new Error(`unknown macro {${kind}} (known: ${Object.keys(KINDS).join(', ')}, and plurals such as {orgs})`);
    if (!kinds.startsWith('(')) needs.add(kinds);
    const body = plural ? listOf(kinds) : tag(kinds);
    if (!group) return `(?:${body})`;
    if (groups.has(group)) throw new Error(`group "${group}" is used twice`);
    groups.add(group);
    return `(?<${group}>${body})`;
  });
  for (const m of source.matchAll(/\(\?<([A-Za-z]\w*)>/g)) groups.add(m[1]!);
  const regex = new RegExp(source, caseSensitive ? 'dgu' : 'dgiu');
  return { regex, needs, groups };
}
