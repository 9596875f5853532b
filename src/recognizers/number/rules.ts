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

/** After the number: a letter ("12th", "4o", "10x", "1990s"), a possessive year ("2025's"), a form name ("10-K"). */
const GLUED_AFTER = /[A-Za-z_\u00C0-\u024F]|['’]s\b|-[A-Z](?![a-z])/y;
/** Before the number: a currency symbol or "#", which make it something else. */
const SYMBOLS_BEFORE = new Set([...'$€£¥₩₹₱₽₺฿₫₦₪₴#']);

function symbolBefore(text: string, start: number): boolean {
  const c = text.charAt(start - 1);
  return SYMBOLS_BEFORE.has(c) || c === '+' || (c === ' ' && SYMBOLS_BEFORE.has(text.charAt(start - 2)));
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** "+82 2 1234 5678": numbers in a row separated by single spaces are a phone number or a code. */
function inDigitGroupRun(text: string, start: number, end: number): boolean {
  return (
    (text.charCodeAt(end) === 32 && isDigitCode(text.charCodeAt(end + 1))) ||
    (text.charCodeAt(start - 1) === 32 && isDigitCode(text.charCodeAt(start - 2)))
  );
}

/** "123 Main Street": a street number. */
const STREET_AFTER = /\s+(?:[A-Z][a-z]+\s+){1,2}(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Boulevard|Blvd\.|Lane|Drive|Dr\.|Way|Place|Square)(?![a-z])/y;

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
    if (symbolBefore(text, start)) return null;
    if (!scale) {
      if (raw.length === 4 && isYearLike(raw) && isYearHere(text, start, end)) return null;
      if (raw.length <= 2 && isDayOfMonth(text, start, end, Number(raw))) return null;
      if (isTimeOfDay(text, end)) return null;
      if (isDatePart(text, start, end)) return null;
      if (isLabel(text, start)) return null;
      if (inDigitGroupRun(text, start, end)) return null;
      STREET_AFTER.lastIndex = end;
      if (text.charCodeAt(end) === 32 && STREET_AFTER.test(text)) return null;
    }
    const plain = raw.indexOf(',') < 0 ? raw : raw.replace(/,/g, '');
    return count(start, end, scale ? parseQuantity(raw + scale) : Number(plain), {
      raw: plain,
      exp: scale ? scaleExp(scale) : 0,
    });
  },
};

/** "two-thirds", "three quarters": fractions, not counts. */
const FRACTION_AFTER = /[\s-](?:thirds?|quarters?|halves|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b/iy;

export const words: Parser = {
  name: 'words',
  triggers: ['num-word'],
  window: [12, 40],
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
