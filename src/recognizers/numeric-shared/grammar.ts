// The number grammar shared by the numeric recognizers: regex sources (to be embedded in each
// recognizer's own patterns) and the exact parsers that turn a matched span into a number.
//
// Every source here is written for linear-time matching: no nested unbounded quantifiers, and
// alternatives that cannot both match a long run of the same characters.

/**
 * A number written in digits: "1,252,925", "1.25", "12", Indian grouping "1,00,000".
 * The lookahead makes sure the number is not cut out of a longer one ("1,2345", "1.2.3", "07:57").
 */
export const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)(?:\.\d+)?(?![.,:/]?\d)`;

/**
 * Where a number written in digits may start: not inside a word or another number, not after a
 * time separator or slash, not right after "GPT-" style product names.
 */
export const NUM_START = String.raw`(?<![\w.:/]|\d,|[A-Za-z][-–])`;

/** Scale words written in full (case-insensitive patterns). */
export const SCALE_WORDS = 'thousand|million|billion|trillion|lakhs?|lacs?|crores?';

/**
 * A scale after a number in digits: " million", "-billion", "bn", " mn", "m", "k", "B", plus the
 * Indian "lakh crore" / "thousand crore" compounds. Use with the `i` flag.
 */
export const SCALE_AFTER = String.raw`(?:[\s-]?(?:${SCALE_WORDS})\b(?:[\s-]crores?\b)?|\s?(?:mn|mln|bn|bln|tn|trn|cr)\b|(?:k|m|b|bn|mn|tn|trn)\b)`;

const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';

/** A number word from one to ninety-nine: "twelve", "twenty-five", "forty one". */
export const SMALL_WORD = `(?:(?:${TENS})(?:[- ](?:${UNITS})\\b)?|${TEENS}|${UNITS})`;

/**
 * A number in words, with an optional scale: "two hundred", "a dozen", "half a million",
 * "twenty-five thousand", "one hundred and fifty million", "a billion", "one lakh crore".
 * Use inside `\b…\b` with the `i` flag.
 */
export const WORD_NUMBER =
  `(?:(?:half\\s+)?an?[\\s-]+(?:hundred(?:(?:\\s+and)?[\\s-]+${SMALL_WORD})?|dozen|thousand|million|billion|trillion|lakh|crore)` +
  `|${SMALL_WORD}(?:[\\s-]+hundred(?:(?:\\s+and)?[\\s-]+${SMALL_WORD})?|[\\s-]+dozen)?)` +
  `(?:[\\s-]+(?:thousand|million|billion|trillion|lakhs?|crores?)\\b)?(?:[\\s-]+crores?\\b)?`;

/** Powers of ten of each scale word (lower case). */
export const SCALE_EXP: Record<string, number> = {
  hundred: 2,
  thousand: 3, k: 3,
  lakh: 5, lakhs: 5, lac: 5, lacs: 5,
  million: 6, m: 6, mn: 6, mln: 6,
  crore: 7, crores: 7, cr: 7,
  billion: 9, b: 9, bn: 9, bln: 9,
  trillion: 12, tn: 12, trn: 12,
};

const WORD_VALUES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Multiplies a decimal string by 10^exp exactly (no binary rounding): ("3.12", 9) → 3120000000. */
export function decimalShift(digits: string, exp: number): number {
  const clean = digits.replace(/,/g, '');
  if (exp === 0) return Number(clean);
  const dot = clean.indexOf('.');
  const intPart = dot < 0 ? clean : clean.slice(0, dot);
  const frac = dot < 0 ? '' : clean.slice(dot + 1);
  const all = intPart + frac;
  const point = intPart.length + exp;
  let s: string;
  if (point >= all.length) s = all + '0'.repeat(point - all.length);
  else if (point <= 0) s = '0.' + '0'.repeat(-point) + all;
  else s = all.slice(0, point) + '.' + all.slice(point);
  return Number(s);
}

/** Value of a number in words ("two hundred thousand", "half a million"), or null. */
export function parseWordNumber(text: string): number | null {
  const tokens = text.toLowerCase().split(/[\s-]+/);
  let total = 0;
  let cur = 0;
  let half = false;
  let seen = false;
  for (const t of tokens) {
    if (t === '' || t === 'and') continue;
    if (t === 'half') { half = true; continue; }
    if (t === 'a' || t === 'an') { cur = cur || 1; continue; }
    const v = WORD_VALUES[t];
    if (v !== undefined) { cur += v; seen = true; continue; }
    if (t === 'hundred') { cur = (cur || 1) * 100; seen = true; continue; }
    if (t === 'dozen') { cur = (cur || 1) * 12; seen = true; continue; }
    const e = SCALE_EXP[t];
    if (e !== undefined) {
      if ((t === 'crore' || t === 'crores') && cur === 0 && total > 0) total *= 10 ** e;
      else { total += (cur || 1) * 10 ** e; cur = 0; }
      seen = true;
      continue;
    }
    return null;
  }
  if (!seen) return null;
  const n = total + cur;
  return half ? n / 2 : n;
}

const LEADING_DIGITS = /^[-−+]?(\d[\d,]*(?:\.\d+)?)/;
const SCALE_TOKEN = /[a-z]+/g;

/**
 * Value of a quantity: digits with optional scale words ("1.25 million", "3.5bn", "1.5 lakh crore",
 * "1,000 crore") or a number in words. Returns null when nothing numeric is found.
 */
const PLAIN_INTEGER = /^\d{1,15}$/;

export function parseQuantity(text: string): number | null {
  if (PLAIN_INTEGER.test(text)) return Number(text);
  const m = LEADING_DIGITS.exec(text);
  if (!m) return parseWordNumber(text);
  let exp = 0;
  const rest = text.slice(m[0].length).toLowerCase();
  SCALE_TOKEN.lastIndex = 0;
  let t: RegExpExecArray | null;
  while ((t = SCALE_TOKEN.exec(rest)) !== null) {
    const e = SCALE_EXP[t[0]];
    if (e === undefined) break;
    exp += e;
  }
  const n = decimalShift(m[1]!, exp);
  return Number.isFinite(n) ? n : null;
}

/** Power of ten of a scale text (" million" → 6, "bn" → 9, " lakh crore" → 12, "" → 0). */
export function scaleExp(scale: string | undefined): number {
  if (!scale) return 0;
  let exp = 0;
  for (const t of scale.toLowerCase().split(/[\s-]+/)) {
    if (t === '') continue;
    const e = SCALE_EXP[t];
    if (e === undefined) return exp;
    exp += e;
  }
  return exp;
}

/** True when the quantity text carries a scale word ("12 million", "3bn", "two hundred"). */
export function hasScale(text: string): boolean {
  return /\d\s?-?[a-z]|\b(?:hundred|thousand|million|billion|trillion|lakhs?|crores?|dozen)\b/i.test(text);
}

// ---- ordinals ------------------------------------------------------------------------------

const ORD_UNITS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
};
const ORD_WORDS: Record<string, number> = {
  ...ORD_UNITS,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
  fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
  hundredth: 100,
};

/** An ordinal in words or digits: "third", "twenty-first", "12th", "23rd". Use with `i`, inside `\b…\b`. */
export const ORDINAL =
  `(?:(?:${TENS})[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)` +
  '|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth' +
  '|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth' +
  '|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth|\\d{1,4}(?:st|nd|rd|th))';

/** Value of an ordinal ("third" → 3, "12th" → 12, "twenty-first" → 21); null when malformed ("12st"). */
export function parseOrdinal(text: string): number | null {
  const t = text.toLowerCase();
  const d = /^(\d+)(st|nd|rd|th)$/.exec(t);
  if (d) {
    const n = Number(d[1]);
    const last = n % 10;
    const lastTwo = n % 100;
    const want = lastTwo >= 11 && lastTwo <= 13 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
    return d[2] === want && n > 0 ? n : null;
  }
  const direct = ORD_WORDS[t];
  if (direct !== undefined) return direct;
  const parts = t.split(/[- ]/);
  if (parts.length === 2) {
    const tens = WORD_VALUES[parts[0]!];
    const unit = ORD_UNITS[parts[1]!];
    if (tens !== undefined && unit !== undefined) return tens + unit;
  }
  return null;
}

/** Value of a small cardinal in digits or words ("10", "ten", "twenty-five"), or null. */
export function parseSmallCardinal(text: string): number | null {
  if (/^\d/.test(text)) {
    const n = Number(text.replace(/,/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  return parseWordNumber(text);
}
