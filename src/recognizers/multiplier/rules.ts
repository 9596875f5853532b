// Multipliers: how many times something grew or shrank. Six parsers, one regex each:
//   verb      "doubled", "tripling", "quadrupled", "halved", "to double its workforce"
//   fold      "fivefold", "five-fold", "10-fold", "a hundredfold"
//   x         "10x", "2.5×"
//   times     "three times as many", "grew 10 times", "five times the size of"
//   twice     "twice as many", "twice the size"
//   factor    "a factor of six", "by a factor of 10"
// Hedges ("nearly doubled", "more than tripled") are attached in index.ts.
import type { Candidate, Parser } from '../numeric-shared/engine.js';
import { DIGITS, NUM_START, SMALL_WORD, parseSmallCardinal } from '../numeric-shared/grammar.js';

function multiplier(start: number, end: number, factor: number | null): Candidate | null {
  if (factor === null || !Number.isFinite(factor) || factor <= 0) return null;
  return { start, end, value: { kind: 'multiplier', factor }, qualifiers: {} };
}

const VERB_FACTORS: Record<string, number> = {
  doubl: 2, tripl: 3, quadrupl: 4, quintupl: 5, sextupl: 6, septupl: 7, octupl: 8, halv: 0.5,
};

/** After "doubled"/"doubling": particles that make it another verb ("doubled down", "doubles as"). */
const NOT_A_CHANGE_AFTER = /[\s-]+(?:down|up|as|back|click|checked?|crossed?|dipp?|whammy|standards?|digits?|agents?|beds?|decker|entendre|edged?|bind|header|jeopardy|crown|play|threat|dutch|espresso)\b|-/iy;
/** Base forms ("double", "triple", "halve") and -s forms are a change only before an object or a preposition. */
const OBJECT_AFTER = /\s+(?:its|the|their|our|his|her|this|that|these|those|it|them|in|to|from|by|within|over|again|every|each|annually|revenue|sales|output|capacity|production|investment|spending|headcount|staff|profits?|prices?|the\s+number|its\s+size|in\s+size)\b/iy;

export const verb: Parser = {
  name: 'verb',
  triggers: ['mult-verb'],
  window: [1, 4],
  pattern: /\b(doubl|tripl|quadrupl|quintupl|sextupl|septupl|octupl|halv)(ed|es|ing|e)\b/gi,
  extract(m, text) {
    const end = m.index + m[0].length;
    NOT_A_CHANGE_AFTER.lastIndex = end;
    if (NOT_A_CHANGE_AFTER.test(text)) return null;
    const form = m[2]!.toLowerCase();
    if (form === 'e' || form === 'es') {
      OBJECT_AFTER.lastIndex = end;
      if (!OBJECT_AFTER.test(text)) return null;
    }
    return multiplier(m.index, end, VERB_FACTORS[m[1]!.toLowerCase()] ?? null);
  },
};

const FOLD_WORD = `${SMALL_WORD}|hundred|thousand|a\\s+hundred|a\\s+thousand`;

export const fold: Parser = {
  name: 'fold',
  triggers: ['fold'],
  window: [32, 1],
  pattern: new RegExp(`(?:${NUM_START}(${DIGITS})|\\b(${FOLD_WORD}))[\\s-]?fold\\b`, 'gi'),
  extract(m) {
    const n = m[1] !== undefined ? Number(m[1].replace(/,/g, '')) : parseSmallCardinal(m[2]!.replace(/^an?\s+/i, 'one '));
    return multiplier(m.index, m.index + m[0].length, n);
  },
};

export const x: Parser = {
  name: 'x',
  triggers: ['digit-x'],
  window: [32, 2],
  pattern: new RegExp(`${NUM_START}(${DIGITS})\\s?[x×](?![\\w])(?!\\s?\\d)`, 'gi'),
  extract(m) {
    return multiplier(m.index, m.index + m[0].length, Number(m[1]!.replace(/,/g, '')));
  },
};

/** What makes "N times" a factor when it follows: a comparison ("as many", "more", "the size of"). */
const COMPARISON_AFTER =
  /\s+(?:as\b|more\b|less\b|larger\b|bigger\b|higher\b|greater\b|faster\b|smaller\b|lower\b|longer\b|stronger\b|cheaper\b|the\s+(?:size|number|amount|level|rate|value|volume|revenue|population|average|figure)\b|that\s+of\b|those\s+of\b|what\b|over\s+the\b|in\s+(?:size|value|number)\b|(?:forward\s+|trailing\s+)?(?:earnings|sales|revenue|book(?:\s+value)?|ebitda|profits?)\b)/iy;
/** Or a verb of change before it ("grew three times", "rose nearly 10 times"). */
const GROWTH_BEFORE =
  /\b(?:grew|grown|grow|grows|growing|increased?|increases|increasing|rose|risen|rises|jumped|expanded|multiplied|surged|soared|climbed|swelled|ballooned|up|by)\s+(?:(?:by|nearly|almost|about|around|roughly|some|more\s+than|over|at\s+least|close\s+to)\s+)*$/i;

export const times: Parser = {
  name: 'times',
  triggers: ['mult-word'],
  window: [40, 1],
  pattern: new RegExp(`(?:${NUM_START}(${DIGITS})|\\b(${SMALL_WORD}|a\\s+hundred|hundreds?))[\\s-]times\\b`, 'gi'),
  extract(m, text) {
    const end = m.index + m[0].length;
    const n = m[1] !== undefined ? Number(m[1].replace(/,/g, '')) : parseSmallCardinal(m[2]!);
    if (n === null || n < 1) return null;
    COMPARISON_AFTER.lastIndex = end;
    if (!COMPARISON_AFTER.test(text) && !GROWTH_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) return null;
    return multiplier(m.index, end, n);
  },
};

export const twice: Parser = {
  name: 'twice',
  triggers: ['mult-word'],
  window: [1, 1],
  pattern: /\b(twice|thrice|half)\b/gi,
  extract(m, text) {
    const end = m.index + m[0].length;
    const w = m[1]!.toLowerCase();
    if (w === 'half') {
      // only "half as many/much/large": "half a million" is a count, "first half" a period.
      if (!/\s+as\s+(?:many|much|large|big|fast|high|long)\b/iy.test(text.slice(end, end + 20))) return null;
      return multiplier(m.index, end, 0.5);
    }
    COMPARISON_AFTER.lastIndex = end;
    if (!COMPARISON_AFTER.test(text) && !GROWTH_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) return null;
    return multiplier(m.index, end, w === 'twice' ? 2 : 3);
  },
};

export const factor: Parser = {
  name: 'factor',
  triggers: ['mult-word'],
  window: [12, 24],
  pattern: new RegExp(`\\ba\\s+factor\\s+of\\s+(?:(${DIGITS})|(${SMALL_WORD}))\\b`, 'gi'),
  extract(m) {
    const n = m[1] !== undefined ? Number(m[1].replace(/,/g, '')) : parseSmallCardinal(m[2]!);
    return multiplier(m.index, m.index + m[0].length, n);
  },
};

export const parsers: Parser[] = [verb, fold, x, times, twice, factor];
