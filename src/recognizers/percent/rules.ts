// Percentages. Five parsers, one regex each:
//   percent-sign       "42%", "-5%", "3.5% points"
//   percent-word       "42 percent", "42.5 per cent", "20-percent", "11 pct", "3 percentage points"
//   percentage-points  "3.5pp", "2 ppts"
//   basis-points       "25 basis points", "50bps" (→ 0.25, 0.5 percentage points)
//   percent-words      "five percent", "twenty-five per cent"
// Hedges, ranges ("5-7%") and the basis of a change ("11% year-over-year") are attached in index.ts.
import type { Candidate, Parser } from '../numeric-shared/engine.js';
import { DIGITS, NUM_START, SMALL_WORD, parseWordNumber } from '../numeric-shared/grammar.js';

/** A sign attached to the number: "-5%", "−3.2 percent", "+4%". */
const SIGN = String.raw`(?:([-−+])(?=\d))?`;

function percent(start: number, end: number, n: number, points: boolean, raw?: string): Candidate | null {
  if (!Number.isFinite(n)) return null;
  const qualifiers: Record<string, unknown> = {};
  if (points) qualifiers.points = true;
  return { start, end, value: { kind: 'percent', number: n }, qualifiers, meta: raw ? { raw } : undefined };
}

function signed(sign: string | undefined, raw: string): number {
  const n = Number(raw.replace(/,/g, ''));
  return sign === '-' || sign === '−' ? -n : n;
}

export const percentSign: Parser = {
  name: 'percent-sign',
  triggers: ['percent-sign', 'percent-word'],
  window: [40, 20],
  pattern: new RegExp(`${NUM_START}${SIGN}(${DIGITS})\\s?[%％](?:\\s?(points?|pts?)\\b)?`, 'gi'),
  extract(m) {
    return percent(m.index, m.index + m[0].length, signed(m[1], m[2]!), m[3] !== undefined, m[2]);
  },
};

export const percentWord: Parser = {
  name: 'percent-word',
  triggers: ['percent-sign', 'percent-word'],
  window: [40, 20],
  pattern: new RegExp(
    `${NUM_START}${SIGN}(${DIGITS})[\\s-]?(?:percent(age)?|per[\\s-]?cent(age)?|pct)\\b(?:[\\s-](points?|pts?)\\b)?`,
    'gi',
  ),
  extract(m) {
    return percent(m.index, m.index + m[0].length, signed(m[1], m[2]!), m[5] !== undefined, m[2]);
  },
};

export const percentagePoints: Parser = {
  name: 'percentage-points',
  triggers: ['percent-sign', 'percent-word'],
  window: [40, 20],
  pattern: new RegExp(`${NUM_START}${SIGN}(${DIGITS})\\s?(?:pp|ppts?|p\\.p\\.)(?![\\w])`, 'gi'),
  extract(m) {
    return percent(m.index, m.index + m[0].length, signed(m[1], m[2]!), true, m[2]);
  },
};

export const basisPoints: Parser = {
  name: 'basis-points',
  triggers: ['percent-sign', 'percent-word'],
  window: [40, 20],
  pattern: new RegExp(`${NUM_START}${SIGN}(${DIGITS})[\\s-]?(?:basis[\\s-]points?|bps|bp)\\b`, 'gi'),
  extract(m) {
    const n = signed(m[1], m[2]!) / 100;
    return percent(m.index, m.index + m[0].length, Number(n.toPrecision(12)), true);
  },
};

export const percentWords: Parser = {
  name: 'percent-words',
  triggers: ['percent-word'],
  window: [40, 20],
  pattern: new RegExp(
    `\\b((?:a|one|${SMALL_WORD})(?:[\\s-]+hundred)?|${SMALL_WORD})[\\s-]?(?:percent(age)?|per[\\s-]?cent(age)?)\\b(?:[\\s-](points?)\\b)?`,
    'gi',
  ),
  extract(m) {
    const n = parseWordNumber(m[1]!);
    if (n === null || (/^an?$/i.test(m[1]!))) return null;
    return percent(m.index, m.index + m[0].length, n, m[4] !== undefined);
  },
};

export const parsers: Parser[] = [percentSign, percentWord, percentagePoints, basisPoints, percentWords];
