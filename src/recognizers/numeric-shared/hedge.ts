// Hedges around a value ("more than 100", "nearly doubled", "10,000+", "1 million or more").
// Each check looks at a short window next to the value, so the cost per value is constant.
import type { Approx } from '../../schema.js';

const HEDGES: Array<[string, Approx]> = [
  // more_than
  ['a little more than', 'more_than'], ['slightly more than', 'more_than'], ['far more than', 'more_than'],
  ['much more than', 'more_than'], ['more than', 'more_than'], ['greater than', 'more_than'],
  ['higher than', 'more_than'], ['in excess of', 'more_than'], ['upwards of', 'more_than'],
  ['upward of', 'more_than'], ['north of', 'more_than'], ['above', 'more_than'], ['>', 'more_than'],
  // over
  ['just over', 'over'], ['well over', 'over'], ['slightly over', 'over'], ['a little over', 'over'],
  ['over', 'over'],
  // nearly
  ['nearly', 'nearly'], ['almost', 'nearly'], ['close to', 'nearly'], ['just shy of', 'nearly'],
  ['nearing', 'nearly'],
  // about
  ['approximately', 'about'], ['approx.', 'about'], ['approx', 'about'], ['an estimated', 'about'],
  ['estimated', 'about'], ['roughly', 'about'], ['around', 'about'], ['about', 'about'],
  ['some', 'about'], ['circa', 'about'], ['~', 'about'], ['≈', 'about'],
  // up_to
  ['up to', 'up_to'], ['as many as', 'up_to'], ['as much as', 'up_to'], ['as high as', 'up_to'],
  ['no more than', 'up_to'], ['not more than', 'up_to'], ['at most', 'up_to'], ['a maximum of', 'up_to'],
  // less_than
  ['less than', 'less_than'], ['fewer than', 'less_than'], ['lower than', 'less_than'],
  ['just under', 'less_than'], ['under', 'less_than'], ['just below', 'less_than'], ['below', 'less_than'],
  ['<', 'less_than'],
  // at_least
  ['at least', 'at_least'], ['no fewer than', 'at_least'], ['no less than', 'at_least'],
  ['a minimum of', 'at_least'], ['not less than', 'at_least'],
];

const HEDGE_MAP = new Map<string, Approx>(HEDGES.map(([w, a]) => [w, a]));

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const alternation = [...HEDGE_MAP.keys()]
  .sort((a, b) => b.length - a.length)
  .map((w) => escape(w).replace(/ /g, '\\s+'))
  .join('|');

// The hedge must end right before the value (spaces allowed), and start at a word boundary.
const HEDGE_BEFORE = new RegExp(`(?<![\\w])(${alternation})\\s*$`, 'i');
const WINDOW = 32;

export interface Hedge {
  approx: Approx;
  /** Where the hedge starts (the value's span is extended to it). */
  start: number;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46 || c === 39 || c === 0x2019;
}

/**
 * The word (letters, dots, apostrophes) or the single symbol that ends right before `start`,
 * skipping a few spaces; lower-cased. A cheap test that spares the regexes below most of the time.
 */
export function previousWord(text: string, start: number): string {
  let i = start;
  const stop = Math.max(0, start - 4);
  while (i > stop && text.charCodeAt(i - 1) <= 32) i--;
  let j = i;
  const wstop = Math.max(0, i - 24);
  while (j > wstop && isWordChar(text.charCodeAt(j - 1))) j--;
  if (j === i) return i > 0 ? text.charAt(i - 1) : '';
  return text.slice(j, i).toLowerCase();
}

/** The last word of every hedge (and symbols): only after one of these can a hedge end. */
const HEDGE_LAST = new Set<string>();
for (const w of HEDGE_MAP.keys()) HEDGE_LAST.add(w.split(' ').pop()!);

/** Hedges ending in "of" or "to" ("upwards of", "close to"): the word before that, for the pre-test. */
const BEFORE_OF_TO = new Set(['upwards', 'upward', 'north', 'excess', 'maximum', 'minimum', 'shy', 'close', 'up']);

/** The hedge written right before `start` ("more than ", "nearly ", "~"), or null. */
export function hedgeBefore(text: string, start: number): Hedge | null {
  const last = previousWord(text, start);
  if (!HEDGE_LAST.has(last) && !HEDGE_LAST.has(last.replace(/^[.'’]+/, ''))) return null;
  if (last === 'of' || last === 'to') {
    let i = start;
    while (i > 0 && text.charCodeAt(i - 1) <= 32) i--;
    if (!BEFORE_OF_TO.has(previousWord(text, i - last.length))) return null;
  }
  const from = Math.max(0, start - WINDOW);
  const m = HEDGE_BEFORE.exec(text.slice(from, start));
  if (!m) return null;
  const key = m[1]!.toLowerCase().replace(/\s+/g, ' ');
  const approx = HEDGE_MAP.get(key);
  if (!approx) return null;
  // "over" in "over the past 12 months" is handled by the caller's span: here the hedge is adjacent.
  return { approx, start: from + m.index };
}

// Verbs that make a figure a lower bound ("surpassed 12 million", "crossed the 70 million mark").
// The span is not extended over them: they are the sentence's predicate, not part of the value.
const VERB_BEFORE =
  /(?<![\w])(?:surpass(?:ed|es|ing)?|exceed(?:ed|s|ing)?|top(?:ped|s|ping)|cross(?:ed|es|ing)|pass(?:ed|es|ing)|eclips(?:ed|es|ing))\s+(?:the\s+)?$/i;

/** True when a lower-bound verb ("surpassed", "topped", "crossed the") comes right before `start`. */
const VERB_LAST = /^(?:the|surpass|exceed|top|cross|pass|eclips)/;

export function lowerBoundVerbBefore(text: string, start: number): boolean {
  if (!VERB_LAST.test(previousWord(text, start))) return false;
  const from = Math.max(0, start - WINDOW);
  return VERB_BEFORE.test(text.slice(from, start));
}

const HEDGE_AFTER = /(\+|-plus\b|\s+or\s+more\b|\s+and\s+(?:above|over|up)\b|\s+or\s+so\b|\s+or\s+(?:less|fewer)\b)/iy;

/** A hedge written right after the value ("10,000+", "1 million-plus", "5 million or more"). */
export function hedgeAfter(text: string, end: number): { approx: Approx; end: number } | null {
  const c = text.charCodeAt(end);
  if (c !== 43 && c !== 45 && c !== 32) return null; // "+", "-plus", " or more"
  HEDGE_AFTER.lastIndex = end;
  const m = HEDGE_AFTER.exec(text);
  if (!m) return null;
  const w = m[1]!.toLowerCase().replace(/\s+/g, ' ').trim();
  let approx: Approx;
  if (w === '+' || w === '-plus') approx = 'more_than';
  else if (w === 'or more' || w.startsWith('and ')) approx = 'at_least';
  else if (w === 'or so') approx = 'about';
  else approx = 'up_to';
  return { approx, end: end + m[0].length };
}

const PERIOD_AFTER = /[\s-]+(?:years?|months?|weeks?|days?|decades?|quarters?|hours?|minutes?|periods?|sessions?)\b/iy;

/**
 * "over two years", "under three months": with a period after it, "over"/"under" means "during" /
 * "within" more often than "more than"; such a hedge is not attached.
 */
export function isPeriodHedge(text: string, hedgeStart: number, valueEnd: number): boolean {
  // "just over five months", "in over two years" stay hedges.
  if (!/^(?:over|under)\s/i.test(text.slice(hedgeStart, hedgeStart + 6))) return false;
  if (/\bin\s+$/i.test(text.slice(Math.max(0, hedgeStart - 4), hedgeStart))) return false;
  PERIOD_AFTER.lastIndex = valueEnd;
  return PERIOD_AFTER.test(text);
}
