// Context checks that tell a count apart from a year, a day of the month, a time of day, a label
// ("No. 1", "Section 230") or a part of a date. Each looks at a short window next to the number.

export const MONTH_NAMES =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const WEEKDAYS = 'Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?';

const W = 40;

function before(text: string, start: number, n = W): string {
  return text.slice(Math.max(0, start - n), start);
}

const MONTH_BEFORE = new RegExp(`\\b(?:${MONTH_NAMES})\\.?,?\\s*$`);
const MONTH_AFTER = new RegExp(`(?:st|nd|rd|th)?\\s*(?:of\\s+)?(?:${MONTH_NAMES})\\b`, 'y');

/** "March 27", "Mar. 27", "April. 02", "27 March", "3rd of June": a day number, not a count or rank. */
const MONTH_INITIALS = new Set(['j', 'f', 'm', 'a', 's', 'o', 'n', 'd']);
const MONTH_LAST_CHARS = /[a-z.,]/;

export function isDayOfMonth(text: string, start: number, end: number, n: number): boolean {
  if (!Number.isInteger(n) || n < 1 || n > 31) return false;
  // "March 27": a month name (or "Mar.", "March,") right before
  let i = start;
  while (i > 0 && i > start - 3 && text.charCodeAt(i - 1) <= 32) i--;
  if (MONTH_LAST_CHARS.test(text.charAt(i - 1)) && MONTH_BEFORE.test(before(text, start, 16))) return true;
  // "27 March", "3rd of June"
  const after = text.charAt(end + 1).toLowerCase();
  if (!MONTH_INITIALS.has(after) && !/[sntro]/.test(text.charAt(end).toLowerCase())) return false;
  MONTH_AFTER.lastIndex = end;
  return MONTH_AFTER.test(text);
}

const TIME_AFTER = /(?::\d|\s?[aApP]\.?[mM]\.?(?![\w])|\s?(?:GMT|UTC|KST|JST|CET|CEST|BST|EST|EDT|PST|PDT|IST|SGT|HKT)\b|\s?o['’]clock\b|\s?(?:h|hrs)\s?\d)/y;

/** "07:57", "10 a.m.", "9pm", "14:00 KST": a time of day. */
export function isTimeOfDay(text: string, end: number): boolean {
  TIME_AFTER.lastIndex = end;
  return TIME_AFTER.test(text);
}

/** A plain four-digit number that reads as a year (1800–2099). */
export function isYearLike(raw: string): boolean {
  return /^(?:18|19|20)\d\d$/.test(raw);
}

const TEMPORAL_BEFORE = new RegExp(
  `(?:\\b(?:in|since|by|until|till|to|from|of|during|before|after|through|between|and|or|early|late|mid|end|year|fiscal|FY|CY|Q[1-4]|H[12]|the|spring|summer|autumn|fall|winter|as of|for|circa|c\\.|${MONTH_NAMES})\\.?|[,(–-])\\s*$`,
  'i',
);
const PLURAL_NOUN_AFTER =
  /[ \t]+(?!(?:this|thus|plus|less|unless|always|perhaps|whereas|across|besides|towards|afterwards|was|has|his|its|is|as|us|does|goes|yes|was|has|hers|ours|yours|theirs|news)\b)[a-z]{2,}s\b/y;

/**
 * True when a year-like number ("2024") is a year here. It is a count only when a plural noun
 * follows and nothing temporal precedes it ("hired 2000 engineers").
 */
export function isYearHere(text: string, start: number, end: number): boolean {
  PLURAL_NOUN_AFTER.lastIndex = end;
  if (!PLURAL_NOUN_AFTER.test(text)) return true;
  return TEMPORAL_BEFORE.test(before(text, start, 24));
}

const DATE_PART_BEFORE = /(?:\d{4}[-/–]|\d{1,4}[-/.]\d{1,2}[-/.])$/;
const DATE_PART_AFTER = /[-/.]\d{1,2}[-/.]\d/y;

/** Part of a written date or a year range: "2025-04-02", "2025-26", "27/03/2025". */
export function isDatePart(text: string, start: number, end: number): boolean {
  const b = text.charCodeAt(start - 1);
  const a = text.charCodeAt(end);
  const sep = (c: number) => c === 45 || c === 47 || c === 46 || c === 0x2013;
  if (!sep(b) && !sep(a)) return false;
  if (DATE_PART_BEFORE.test(before(text, start, 12))) return true;
  DATE_PART_AFTER.lastIndex = end;
  return DATE_PART_AFTER.test(text);
}

// Labels and names that a number belongs to rather than counts ("No. 1", "Section 230", "S&P 500").
const LABEL_BEFORE =
  /(?:\b(?:No|Nos|no|Number|number|Section|Article|Chapter|Phase|Level|Stage|Series|Version|Model|Gen|Season|Episode|Vol|Volume|Page|Route|Room|Gate|Terminal|Platform|Tier|Class|Category|Type|Grade|Rule|Item|Figure|Fig|Table|Line|Pixel|Galaxy|iPhone|iPad|Windows|Android|iOS|macOS|PlayStation|Xbox|Formula|Apollo|Boeing|Airbus|Act|Title|Part|Unit|Block|Building|Floor|Suite|Apt|Apartment|Gate|Exit|Pier|Dock|Channel|Highway|Interstate|Flight|Top|top|Fortune|Russell|FTSE|Nikkei|KOSPI|KOSDAQ|Nasdaq|Forbes|Global|Inc\.|P|Web|Industry|Category|Covid|COVID)\.?|#)\s*$/;

/** "No. 1", "Section 230", "Top 10", "S&P 500", "#3": the number is a label or a rank. */
export function isLabel(text: string, start: number): boolean {
  // cheap pre-test: a letter, "." or "#" must come right before (spaces skipped)
  let i = start;
  while (i > 0 && i > start - 3 && text.charCodeAt(i - 1) <= 32) i--;
  const c = text.charCodeAt(i - 1);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 35)) return false;
  return LABEL_BEFORE.test(before(text, start, 16));
}

/** Ordinals that are dates: "on the 10th", "since the 3rd", "Monday the 5th" (strong), "by the 20th," (weak). */
const STRONG_DATE_PREP_BEFORE = new RegExp(
  `(?:\\b(?:on|until|till|since|starting|beginning|as of|dated|effective|due)|\\b(?:${WEEKDAYS}),?)\\s+the\\s+$`,
  'i',
);
const WEAK_DATE_PREP_BEFORE = /\b(?:by|from|before|after|through|between|and|to)\s+the\s+$/i;
const MONTH_OR_PERIOD_AFTER = new RegExp(
  `\\s+of\\s+(?:(?:this|last|next|the|that)\\s+month|(?:${MONTH_NAMES})\\b)`,
  'y',
);
const DATE_FOLLOWER = /\s*(?:$|[,.;:)!?—–]|\s(?:in|at|of|and|or|to|when|where|with|from|for|this|last|next|that|as|on|a\.m\.|p\.m\.)\b)/y;

/** An ordinal (value n) at start..end used as a day of the month rather than a rank. */
export function isOrdinalDate(text: string, start: number, end: number, n: number): boolean {
  if (n < 1 || n > 31) return false;
  if (isDayOfMonth(text, start, end, n)) return true;
  MONTH_OR_PERIOD_AFTER.lastIndex = end;
  if (MONTH_OR_PERIOD_AFTER.test(text)) return true;
  const w = before(text, start, 24);
  if (STRONG_DATE_PREP_BEFORE.test(w)) return true;
  // "from the 1st to the 10th", "by the 20th,": digits only ("and the fourth in Asia" is a rank)
  const c = text.charCodeAt(start);
  if (c >= 48 && c <= 57 && WEAK_DATE_PREP_BEFORE.test(w)) {
    DATE_FOLLOWER.lastIndex = end;
    return DATE_FOLLOWER.test(text);
  }
  return false;
}

/** After an amount or count: punctuation, or a word that cannot be its unit ("from 11 billion a year earlier",
 * "Spain with €0.9 billion,"), not a unit of another measure ("from 2 million users", "2 million downloads"). */
export const NOT_A_UNIT = /^(?:\s*(?:[,.;:)—–]|$)|\s+(?:in|a|an|the|last|for|during|over|at|on|as|and|from|to|earlier|ago|previously|before|by|with|while|when|respectively)\b)/i;
