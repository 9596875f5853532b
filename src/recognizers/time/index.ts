// The time (date) recognizer: one global pass of a trigger regex over the text, the parsers of
// ./rules.ts tried (anchored) at each trigger, the longest result kept, then the refiners.
import type { Mention, Recognizer } from '../types.js';
import { REFINERS, RULES, parseRef, type Env, type Found, type Rule } from './rules.js';

interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
}

/** A regex alternation of `words` factored as a trie ("ma(?:rch|y)"), so the engine never tries hundreds of alternatives at one position. */
function trie(words: readonly string[]): string {
  const root: TrieNode = { next: new Map(), end: false };
  for (const w of words) {
    let n = root;
    for (const ch of w) {
      let c = n.next.get(ch);
      if (!c) n.next.set(ch, (c = { next: new Map(), end: false }));
      n = c;
    }
    n.end = true;
  }
  const emit = (n: TrieNode): string => {
    const alts = [...n.next].map(([ch, c]) => ch + emit(c));
    if (alts.length === 0) return '';
    const body = alts.length === 1 && !n.end ? alts[0]! : `(?:${alts.join('|')})`;
    return n.end ? `${body}?` : body;
  };
  return emit(root);
}

const BY_TRIGGER = new Map<string, Rule[]>();
for (const rule of RULES) {
  for (const t of rule.triggers) {
    const key = t.startsWith('#') ? t : t.toLowerCase();
    const list = BY_TRIGGER.get(key) ?? [];
    list.push(rule);
    BY_TRIGGER.set(key, list);
  }
}
const WORDS = [...BY_TRIGGER.keys()].filter((k) => !k.startsWith('#')).sort();

/**
 * Trigger words (group 1) and digit runs (group 2), at word starts. Case-insensitive (faster than
 * listing the case variants): the parsers themselves require "March", not "march".
 */
const MASTER = new RegExp(`\\b(?:(${trie(WORDS)})(?![a-z])|(\\d{1,4})(?!\\d))`, 'gi');

function parse(text: string, env: Env): Found[] {
  const out: Found[] = [];
  let lastEnd = 0;
  const master = new RegExp(MASTER);
  for (let m = master.exec(text); m; m = master.exec(text)) {
    const at = m.index;
    const key = m[1] !== undefined ? m[1].toLowerCase() : m[2]!.length === 4 ? '#4' : m[2]!.length <= 2 ? '#12' : '';
    const rules = BY_TRIGGER.get(key);
    if (!rules) continue;
    let best: Found | null = null;
    for (const rule of rules) {
      rule.re.lastIndex = at;
      const mm = rule.re.exec(text);
      if (!mm) continue;
      let f = rule.extract(mm, env);
      if (!f) continue;
      // A left extension ("the", "in the") never reaches into the previous mention
      if (f.start < lastEnd) f = { ...f, start: at };
      if (f.end <= f.start) continue;
      if (!best || f.end - f.start > best.end - best.start) best = f;
    }
    if (best) {
      out.push(best);
      lastEnd = best.end;
      master.lastIndex = best.end;
    }
  }
  return out;
}

/** Every time expression of `text`, resolved against `refDate` (YYYY-MM-DD) when given; without it no year is invented. */
export function findTimes(text: string, refDate: string | null): Mention[] {
  const env: Env = { text, ref: parseRef(refDate) };
  let found = parse(text, env);
  for (const refine of REFINERS) found = refine(found, env);
  return found.map((f) => {
    const span = text.slice(f.start, f.end);
    return {
      kind: 'time',
      start: f.start,
      end: f.end,
      text: span,
      value: { kind: 'text', text: span },
      time: { ...f.time, text: span },
      qualifiers: f.qualifiers,
      source: `time.${f.rule}`,
    };
  });
}

/**
 * A reference date from the text itself, for documents without one (FACTS.md "Times"): the latest
 * complete date (day, month and year) it gives, or null.
 */
export function inferRefDate(text: string): string | null {
  let best: string | null = null;
  for (const m of findTimes(text, null)) {
    const s = m.time?.start;
    if (m.time?.precision === 'day' && s && s.length === 10 && !m.qualifiers.forecast && (!best || s > best)) best = s;
  }
  return best;
}

export const timeRecognizer: Recognizer = {
  name: 'time',
  kinds: ['time'],
  find(text, ctx) {
    try {
      return findTimes(text, ctx.refDate);
    } catch {
      return [];
    }
  },
};

export const recognizers: Recognizer[] = [timeRecognizer];
