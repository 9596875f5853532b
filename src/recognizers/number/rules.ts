// Counts: a cardinal number, in digits ("1,252,925", "1.25 million", "3.5bn", "12k") or in words
// ("twelve", "a dozen", "two hundred", "half a million"). Two parsers, one regex each; the
// extract functions drop what is not a count (years, days of the month, times, labels, ordinals,
// numbers glued to letters). Money, percentages, multipliers and ranks are removed in index.ts.
import type { Candidate, Parser } from '../numeric-shared/engine.js';
import { DIGITS, NUM_START, SCALE_AFTER, WORD_NUMBER, parseQuantity, parseWordNumber, scaleExp } from '../numeric-shared/grammar.js';
import { isDatePart, isDayOfMonth, isLabel, isTimeOfDay, isYearHere, isYearLike } from '../numeric-shared/context.js';

function count(start: number, end: number, n: number | null, meta: Candidate['meta']): Candidate | null {
  if (n === null || !Number.isFinite(n) || n < 0) return null;
  return { start, end, value: { kind: 'count', number: n }, qualifiers: {}, meta };
}

/** After the number: a letter ("12th", "4o", "10x", "1990s"), a possessive year ("2025's"). */
const GLUED_AFTER = /[A-Za-z\u00C0-\u024F]|['’]s\b/y;
/** Before the number: a currency symbol or "#", which make it something else. */
const SYMBOL_BEFORE = /[$€£¥₩₹₱₽₺฿₫₦₪#]\s?$/;

export const digits: Parser = {
  name: 'digits',
  pattern: new RegExp(`${NUM_START}(${DIGITS})(${SCALE_AFTER})?`, 'gi'),
  extract(m, text) {
    const start = m.index;
    const end = start + m[0].length;
    const raw = m[1]!;
    const scale = m[2];
    GLUED_AFTER.lastIndex = end;
    if (GLUED_AFTER.test(text)) return null;
    if (SYMBOL_BEFORE.test(text.slice(Math.max(0, start - 2), start))) return null;
    if (!scale) {
      const n = Number(raw.replace(/,/g, ''));
      if (isYearLike(raw) && isYearHere(text, start, end)) return null;
      if (raw.length <= 2 && isDayOfMonth(text, start, end, n)) return null;
      if (isTimeOfDay(text, end)) return null;
      if (isDatePart(text, start, end)) return null;
      if (isLabel(text, start)) return null;
    }
    return count(start, end, parseQuantity(raw + (scale ?? '')), {
      raw: raw.replace(/,/g, ''),
      exp: scaleExp(scale),
    });
  },
};

/** "two-thirds", "three quarters": fractions, not counts. */
const FRACTION_AFTER = /[\s-](?:thirds?|quarters?|halves|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b/iy;

export const words: Parser = {
  name: 'words',
  pattern: new RegExp(`\\b(${WORD_NUMBER})\\b`, 'gi'),
  extract(m, text) {
    const start = m.index;
    const end = start + m[0].length;
    const w = m[1]!;
    FRACTION_AFTER.lastIndex = end;
    if (FRACTION_AFTER.test(text)) return null;
    const n = parseWordNumber(w);
    // A bare "one" is mostly a pronoun ("one of the most…"): only "one hundred", "one million"… count.
    if (n === 1 && /^one$/i.test(w)) return null;
    return count(start, end, n, { raw: String(n), exp: 0, unit: 'words' });
  },
};

export const parsers: Parser[] = [digits, words];
