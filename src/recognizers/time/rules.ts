// Rules of the time recognizer, chrono-node style: small named parsers (one pattern and one extract
// function each) and small refiners over the parsed results of one text.
//
// Parsers never scan the text themselves. index.ts makes one global pass of a trigger regex (month
// names, weekdays, a few keywords, digit runs) and, at each trigger, tries only the parsers
// registered for that trigger word, anchored there (sticky regexes). Every quantifier is bounded
// (white space is `\s{1,3}`, never `\s+`) and no quantifier is nested, so each attempt costs O(1)
// and the whole pass is linear in the text.
import type { Time } from '../../schema.js';

export type Precision = NonNullable<Time['precision']>;
export interface YMD {
  y: number;
  m: number;
  d: number;
}
/** A resolved time without its text (the text is the mention's span). */
export type Span = Omit<Time, 'text'>;

/** An expression resolved against an earlier mention of the same text ("the same period last year"). */
export interface Relative {
  /** Precisions an earlier mention must have to serve as anchor. */
  anchors: readonly Precision[];
  years?: number;
  months?: number;
  days?: number;
  /** Precision of the result (default: the anchor's). */
  precision?: Precision;
  /** Replaces the anchor's year ("the same quarter of 2024"). */
  year?: number;
}

/** One parsed expression: absolute offsets into the text. */
export interface Found {
  rule: string;
  start: number;
  end: number;
  time: Span;
  qualifiers: Record<string, unknown>;
  relative?: Relative;
}

export interface Env {
  readonly text: string;
  readonly ref: YMD | null;
}

export interface Rule {
  name: string;
  /**
   * Trigger words (lower case, or Capitalized when only Capitalized/UPPER forms may trigger: month
   * and day names), or '#12' / '#4' for a run of 1–2 / 4 digits. The rule's pattern is tried where
   * the trigger starts.
   */
  triggers: readonly string[];
  /** Sticky pattern, tried at the trigger. */
  re: RegExp;
  extract(m: RegExpExecArray, env: Env): Found | null;
}

export type Refiner = (found: Found[], env: Env) => Found[];

// ---------------------------------------------------------------------------------------------
// Pieces of patterns

/** A short gap of white space (bounded, so backtracking over it is O(1)). */
const _ = '\\s{1,3}';
const _o = '\\s{0,3}';

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;
export const MONTH_ABBRS = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const WEEKDAY_ABBRS = ['Tues', 'Thurs', 'Thur', 'Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
/** Month names that are also common words or names: alone they need a preposition before them. */
const AMBIGUOUS_MONTHS = new Set(['march', 'april', 'may', 'june', 'august']);

const upperToo = (ws: readonly string[]): string => ws.flatMap((w) => [w, w.toUpperCase()]).join('|');
const FULL = upperToo(MONTH_NAMES);
const ABBR = upperToo(MONTH_ABBRS);
const WD_FULL = upperToo(WEEKDAYS);
const WD_ABBR = upperToo(WEEKDAY_ABBRS);

/** A month name before a day number: a period may follow even a full name ("April. 02"). */
const monD = (g: string): string => `(?<${g}>${FULL}|${ABBR})\\.?`;
/** A month name standing alone: only an abbreviation takes the period ("Jul."). */
const mon = (g: string): string => `(?<${g}>(?:${FULL})(?![A-Za-z])|(?:${ABBR})(?![A-Za-z])\\.?)`;

/** ", 2025" / " of 2025" / " last year" / " of the year" / " of fiscal 2025" / "'25" after a period name. */
const YEAR_SUFFIX =
  `(?:${_o},?${_}(?:of${_})?(?:(?<ya>(?:19|20)\\d{2})(?![\\d%]|,\\d)` +
  `|(?<yr>[Ll]ast|[Tt]his|[Nn]ext|the(?:${_}current)?)${_}year(?![A-Za-z-])` +
  `|(?<fis>[Ff]iscal(?:${_}year)?|FY)${_o}['’]?(?<fy>\\d{4}|\\d{2})(?!\\d))` +
  `|${_o}['’](?<y2>\\d{2})(?!\\d))?`;

const MONTH_INDEX: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const WEEKDAY_INDEX: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const monthIndex = (name: string): number => MONTH_INDEX[name.slice(0, 3).toLowerCase()] ?? 0;
const weekdayIndex = (name: string): number => WEEKDAY_INDEX[name.slice(0, 3).toLowerCase()] ?? 0;

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12,
};
const ORDINALS: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4, latter: 2,
};

// ---------------------------------------------------------------------------------------------
// Dates

const p2 = (n: number): string => (n < 10 ? '0' : '') + n;
const DAY_MS = 86_400_000;

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
const validDay = (y: number, m: number, d: number): boolean => m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
const dayNum = (y: number, m: number, d: number): number => Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
function fromDayNum(n: number): YMD {
  const t = new Date(n * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
const weekdayOf = (r: YMD): number => new Date(Date.UTC(r.y, r.m - 1, r.d)).getUTCDay();
/** Month `m` of year `y` shifted by `k` months (may cross years). */
function addMonths(y: number, m: number, k: number): { y: number; m: number } {
  const t = y * 12 + (m - 1) + k;
  return { y: Math.floor(t / 12), m: (t % 12 + 12) % 12 + 1 };
}

/** Parses a reference date "YYYY-MM-DD"; anything else gives null (then no year is ever invented). */
export function parseRef(s: string | null | undefined): YMD | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) : null;
  if (!m) return null;
  const r = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
  return validDay(r.y, r.m, r.d) ? r : null;
}

export const T = {
  day: (r: YMD, d2?: number): Span => ({
    start: `${r.y}-${p2(r.m)}-${p2(r.d)}`,
    end: d2 !== undefined ? `${r.y}-${p2(r.m)}-${p2(d2)}` : null,
    precision: 'day',
  }),
  month: (y: number, m: number, m2?: number): Span => ({
    start: `${y}-${p2(m)}`,
    end: m2 !== undefined && m2 !== m ? `${y}-${p2(m2)}` : null,
    precision: 'month',
  }),
  quarter: (y: number, q: number): Span => ({ start: `${y}-${p2(3 * q - 2)}`, end: `${y}-${p2(3 * q)}`, precision: 'quarter' }),
  half: (y: number, h: number): Span => ({ start: `${y}-${p2(6 * h - 5)}`, end: `${y}-${p2(6 * h)}`, precision: 'half' }),
  year: (y: number, y2?: number): Span => ({ start: String(y), end: y2 !== undefined ? String(y2) : null, precision: 'year' }),
  /** Known granularity, unknown date (no reference date, or a fiscal calendar). */
  unknown: (p: Precision | null): Span => ({ start: null, end: null, precision: p }),
};

// ---------------------------------------------------------------------------------------------
// Context around a match

const back = (text: string, pos: number, n: number): string => text.slice(Math.max(0, pos - n), pos);
const ahead = (text: string, pos: number, n: number): string => text.slice(pos, pos + n);

const THE_BACK = new RegExp(`\\b[Tt]he${_}$`);
/** Moves `start` left over a "the " right before it. */
function withThe(text: string, start: number): number {
  const m = THE_BACK.exec(back(text, start, 8));
  return m ? start - m[0].length : start;
}

// A present tense that schedules ("takes over as CEO on April 1", "goes on sale on October 14") is future too.
const FUTURE_RE =
  /\b(?:will|shall|won['’]t|set\s{1,3}to|plans?\s{1,3}to|planned\s{1,3}(?:to|for)|planning\s{1,3}to|scheduled\s{1,3}(?:to|for)|slated\s{1,3}(?:to|for)|expected\s{1,3}to|going\s{1,3}to|(?:is|are)\s{1,3}to|to\s{1,3}be|aims?\s{1,3}to|intends?\s{1,3}to|upcoming|due|takes\s{1,3}over|takes\s{1,3}effect|goes\s{1,3}(?:on\s{1,3}sale|live)|starts|begins|opens|launches|ships|arrives|kicks\s{1,3}off)\b|['’]ll\b/g;
// (A participle after "be" is no past: "will be released on March 17".)
const PAST_RE = /\b(?:said|says|told|was|were|had|has|have|did|(?<!\bbe\s{1,3})been|(?<!\bbe\s{1,3})[a-z]{2,}ed)\b/g;

function lastMatch(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let at = -1;
  for (let m = re.exec(s); m; m = re.exec(s)) at = m.index;
  return at;
}
function firstMatch(re: RegExp, s: string): number {
  re.lastIndex = 0;
  const m = re.exec(s);
  return m ? m.index : -1;
}

/**
 * Is the expression at [start, end) about the future? The verb of its clause decides: a future
 * marker (will, is set to, plans to, to be…) after any past marker before it, or, when nothing in
 * the clause precedes it ("On Thursday, Kwon will visit"), the first marker after it in the sentence.
 */
export function isFuture(text: string, start: number, end: number): boolean {
  const before = back(text, start, 72);
  let cut = -1;
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before.charCodeAt(i);
    // . ! ? ; : , newline end a clause
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 44 || c === 10) {
      cut = i;
      break;
    }
  }
  const clause = before.slice(cut + 1);
  const f = lastMatch(FUTURE_RE, clause);
  const p = lastMatch(PAST_RE, clause);
  if (f >= 0 || p >= 0) return f >= p;
  const after = ahead(text, end, 72);
  const stop = after.search(/[.!?;\n]/);
  const rest = stop < 0 ? after : after.slice(0, stop);
  const f2 = firstMatch(FUTURE_RE, rest);
  const p2_ = firstMatch(PAST_RE, rest);
  return f2 >= 0 && (p2_ < 0 || f2 <= p2_);
}

/** Year of a period of months [sm, em] given without a year: the latest begun by the reference date, or, said of the future, the earliest not yet over. */
function periodYear(env: Env, sm: number, em: number, start: number, end: number): number | null {
  const r = env.ref;
  if (!r) return null;
  if (isFuture(env.text, start, end)) return em >= r.m ? r.y : r.y + 1;
  return sm <= r.m ? r.y : r.y - 1;
}

/** A month and day without a year: the latest on or before the reference date, or the next one when said of the future. */
function dayDate(env: Env, m: number, d: number, start: number, end: number): YMD | null {
  const r = env.ref;
  if (!r) return null;
  const k = m * 100 + d;
  const rk = r.m * 100 + r.d;
  const y = isFuture(env.text, start, end) ? (k >= rk ? r.y : r.y + 1) : k <= rk ? r.y : r.y - 1;
  return validDay(y, m, d) ? { y, m, d } : null;
}

/** Weekday `wd`: the latest on or before the reference date, or the next one after it. */
function weekdayDate(r: YMD, wd: number, mode: 'past' | 'future' | 'before' | 'onOrAfter'): YMD {
  const today = weekdayOf(r);
  const n = dayNum(r.y, r.m, r.d);
  let k: number;
  if (mode === 'past') k = -((today - wd + 7) % 7);
  else if (mode === 'before') k = -((today - wd + 7) % 7 || 7);
  else if (mode === 'future') k = (wd - today + 7) % 7 || 7;
  else k = (wd - today + 7) % 7;
  return fromDayNum(n + k);
}

const found = (
  rule: string,
  start: number,
  end: number,
  time: Span,
  qualifiers: Record<string, unknown> = {},
  relative?: Relative,
): Found => (relative ? { rule, start, end, time, qualifiers, relative } : { rule, start, end, time, qualifiers });

type Groups = Record<string, string | undefined>;
const groups = (m: RegExpExecArray): Groups => (m.groups ?? {}) as Groups;

interface YearPick {
  y: number | null;
  fiscal?: number;
}
/** The year a YEAR_SUFFIX gives, or undefined when there is none. */
function suffixYear(g: Groups, env: Env): YearPick | undefined {
  if (g.ya) return { y: +g.ya };
  if (g.y2) return { y: 2000 + +g.y2 };
  if (g.fy) return { y: null, fiscal: g.fy.length === 2 ? 2000 + +g.fy : +g.fy };
  if (g.yr) {
    const w = g.yr.toLowerCase();
    const d = w === 'last' ? -1 : w === 'next' ? 1 : 0;
    return { y: env.ref ? env.ref.y + d : null };
  }
  return undefined;
}

/** A quarter or half, with the year from its suffix or else from the reference date. */
function period(
  rule: string,
  env: Env,
  start: number,
  end: number,
  kind: 'quarter' | 'half',
  n: number,
  yp: YearPick | undefined,
  fiscal = false,
): Found {
  const months = kind === 'quarter' ? 3 : 6;
  if (fiscal || yp?.fiscal !== undefined) {
    // A fiscal calendar is the company's own: keep the words, invent no months.
    const q: Record<string, unknown> = { fiscal: true, [kind]: n };
    if (yp?.fiscal !== undefined) q.fiscalYear = yp.fiscal;
    return found(rule, start, end, T.unknown(kind), q);
  }
  const y = yp ? yp.y : periodYear(env, months * (n - 1) + 1, months * n, start, end);
  if (y === null) return found(rule, start, end, T.unknown(kind));
  return found(rule, start, end, kind === 'quarter' ? T.quarter(y, n) : T.half(y, n));
}

const inYears = (y: number): boolean => y >= 1900 && y <= 2099;

// ---------------------------------------------------------------------------------------------
// Parsers

const MONTH_TRIGGERS = [...MONTH_NAMES, ...MONTH_ABBRS];
const WEEKDAY_TRIGGERS = [...WEEKDAYS, ...WEEKDAY_ABBRS];
const UNITS_PLURAL = `(?:days?|weeks?|months?|years?|decades?|quarters?)`;
const FEW = `(?:few|several|couple${_}of|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})`;

/** "2025-03-27", "2025/03/27", "2025.03.27" */
const iso: Rule = {
  name: 'iso',
  triggers: ['#4'],
  re: /(?<y>\d{4})(?<sep>[-/.])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?!\d|[-/.]\d)/y,
  extract(m) {
    const g = groups(m);
    const r = { y: +g.y!, m: +g.m!, d: +g.d! };
    if (!inYears(r.y) || !validDay(r.y, r.m, r.d)) return null;
    return found('iso', m.index, m.index + m[0].length, T.day(r));
  },
};

/** "March 27", "Mar. 27, 2025", "Sept. 3", "April. 02, 2025", "March 27th", "March 10-12" */
const monthDay: Rule = {
  name: 'monthDay',
  triggers: MONTH_TRIGGERS,
  re: new RegExp(
    `${monD('mon')}${_o}(?<d>\\d{1,2})(?:st|nd|rd|th)?(?![\\d:]|[.,]\\d)` +
      `(?:${_o}[-–]${_o}(?<d2>\\d{1,2})(?:st|nd|rd|th)?(?![\\d:]|[.,]\\d))?` +
      `(?:(?:${_o},${_o}|${_})(?<y>\\d{4})(?!\\d|,\\d))?`,
    'y',
  ),
  extract(m, env) {
    const g = groups(m);
    const start = m.index;
    const end = start + m[0].length;
    const mo = monthIndex(g.mon!);
    const d = +g.d!;
    const d2 = g.d2 !== undefined ? +g.d2 : undefined;
    if (d < 1 || d > 31 || (d2 !== undefined && (d2 <= d || d2 > 31))) return null;
    if (g.y !== undefined) {
      const y = +g.y;
      if (!inYears(y) || !validDay(y, mo, d)) return null;
      return found('monthDay', start, end, T.day({ y, m: mo, d }, d2));
    }
    const r = dayDate(env, mo, d, start, end);
    return found('monthDay', start, end, r ? T.day(r, d2) : T.unknown('day'));
  },
};

/** "January 2026", "Jan. 2026", "March of 2024", "October last year", "February this year", "March '25" */
const monthYear: Rule = {
  name: 'monthYear',
  triggers: MONTH_TRIGGERS,
  re: new RegExp(
    `${mon('mon')}(?:${_o},?${_}(?:of${_})?(?:(?<ya>(?:19|20)\\d{2})(?![\\d%]|,\\d)|(?<yr>[Ll]ast|[Tt]his|[Nn]ext)${_}year(?![A-Za-z]))` +
      `|${_o}['’](?<y2>\\d{2})(?!\\d))`,
    'y',
  ),
  extract(m, env) {
    const g = groups(m);
    const start = m.index;
    const end = start + m[0].length;
    const yp = suffixYear(g, env);
    const mo = monthIndex(g.mon!);
    if (!yp || yp.y === null) return found('monthYear', start, end, T.unknown('month'));
    return found('monthYear', start, end, T.month(yp.y, mo));
  },
};

/** "the April-June quarter", "January-March 2025", "July–September" */
const monthRange: Rule = {
  name: 'monthRange',
  triggers: MONTH_TRIGGERS,
  re: new RegExp(`${mon('m1')}${_o}[-–—/]${_o}${mon('m2')}(?:${_}(?<unit>quarter|period|half))?${YEAR_SUFFIX}`, 'y'),
  extract(m, env) {
    const g = groups(m);
    const a = monthIndex(g.m1!);
    const b = monthIndex(g.m2!);
    if (b <= a) return null;
    const start = withThe(env.text, m.index);
    const end = m.index + m[0].length;
    const yp = suffixYear(g, env);
    if (a % 3 === 1 && b === a + 2) return period('monthRange', env, start, end, 'quarter', (a + 2) / 3, yp);
    if ((a === 1 && b === 6) || (a === 7 && b === 12)) return period('monthRange', env, start, end, 'half', b / 6, yp);
    const y = yp ? yp.y : periodYear(env, a, b, start, end);
    if (y === null || yp?.fiscal !== undefined) return found('monthRange', start, end, T.unknown('month'));
    return found('monthRange', start, end, T.month(y, a, b));
  },
};

/** "the March quarter" (the quarter ending in March) */
const monthQuarter: Rule = {
  name: 'monthQuarter',
  triggers: MONTH_TRIGGERS,
  re: new RegExp(`(?<mon>March|June|September|December|Mar\\.?|Jun\\.?|Sept?\\.?|Dec\\.?)${_}quarter(?![A-Za-z])${YEAR_SUFFIX}`, 'y'),
  extract(m, env) {
    const g = groups(m);
    const start = withThe(env.text, m.index);
    return period('monthQuarter', env, start, m.index + m[0].length, 'quarter', monthIndex(g.mon!) / 3, suffixYear(g, env));
  },
};

const MONTH_CTX = new RegExp(
  `(?:\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Oo]f|[Tt]hrough|[Bb]efore|[Aa]fter|[Ee]arly|[Ll]ate|[Bb]etween|[Aa]round)${_}` +
    `|\\b[Mm]id(?:-|${_})|(?:${FULL}|${ABBR})\\.?${_o}(?:and|or|to|through|until|[-–])${_o})$`,
);

/** "in February", "Jul.", "since March", "late September" */
const monthAlone: Rule = {
  name: 'monthAlone',
  triggers: MONTH_TRIGGERS,
  re: new RegExp(mon('mon'), 'y'),
  extract(m, env) {
    const name = groups(m).mon!;
    const start = m.index;
    const end = start + m[0].length;
    const full = name.length > 3 && !name.endsWith('.') && (MONTH_NAMES as readonly string[]).some((n) => n.toLowerCase() === name.toLowerCase());
    const ambiguous = full ? AMBIGUOUS_MONTHS.has(name.toLowerCase()) : !name.endsWith('.');
    if (ambiguous && !MONTH_CTX.test(back(env.text, start, 40))) return null;
    const mo = monthIndex(name);
    const y = periodYear(env, mo, mo, start, end);
    return found('monthAlone', start, end, y === null ? T.unknown('month') : T.month(y, mo));
  },
};

const CAPITAL_NEXT = /^\s{1,3}[A-Z][a-z]/;
const MONTH_NEXT = new RegExp(`^${_}(?:${FULL}|${ABBR})(?![a-z])`);
const ON_BACK = new RegExp(`\\b[Oo]n${_}$`);

/** "on Thursday", "Monday" (also "Thu." before a date, for the merge refiner) */
const weekday: Rule = {
  name: 'weekday',
  triggers: WEEKDAY_TRIGGERS,
  re: new RegExp(
    `(?:(?<full>${WD_FULL})(?![A-Za-z])|(?<abbr>${WD_ABBR})(?![A-Za-z])\\.?(?=${_o},?${_o}(?:${FULL}|${ABBR}|\\d)))`,
    'y',
  ),
  extract(m, env) {
    const g = groups(m);
    const start = m.index;
    const end = start + m[0].length;
    // "Sunday Times", "Monday Night Football": a name, unless "on Sunday" or a date follows
    if (g.full && CAPITAL_NEXT.test(ahead(env.text, end, 16)) && !MONTH_NEXT.test(ahead(env.text, end, 16)) && !ON_BACK.test(back(env.text, start, 6))) return null;
    if (!env.ref) return found('weekday', start, end, T.unknown('day'));
    const wd = weekdayIndex((g.full ?? g.abbr)!);
    const r = weekdayDate(env.ref, wd, isFuture(env.text, start, end) ? 'future' : 'past');
    return found('weekday', start, end, T.day(r));
  },
};

/** "27 March", "27 March 2025", "the 27th of March" */
const dayMonth: Rule = {
  name: 'dayMonth',
  triggers: ['#12'],
  re: new RegExp(`(?<d>\\d{1,2})(?<suf>st|nd|rd|th)?(?:${_}of)?${_}${mon('mon')}(?:${_o},?${_o}(?<y>\\d{4})(?!\\d|,\\d))?`, 'y'),
  extract(m, env) {
    const g = groups(m);
    const start = g.suf ? withThe(env.text, m.index) : m.index;
    const end = m.index + m[0].length;
    const mo = monthIndex(g.mon!);
    const d = +g.d!;
    if (d < 1 || d > 31) return null;
    if (g.y !== undefined) {
      const y = +g.y;
      if (!inYears(y) || !validDay(y, mo, d)) return null;
      return found('dayMonth', start, end, T.day({ y, m: mo, d }));
    }
    const r = dayDate(env, mo, d, start, end);
    return found('dayMonth', start, end, r ? T.day(r) : T.unknown('day'));
  },
};

const ORD_LEFT = new RegExp(`\\b(?:[Oo]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Bb]efore|[Aa]fter)${_}(the${_})$`);
const ORD_LEFT_LIST = new RegExp(`\\d(?:st|nd|rd|th)${_}(?:and|or|to|through|-)${_}(the${_})?$`);
const ORD_RIGHT = new RegExp(
  `^(?:${_o}(?:[,.;:!?)\\]—–(]|$)|${_}(?:in|at|of|and|or|to|from|when|with|local|as|for|after|before|during|while|that|but|this|last|next|KST|GMT|UTC)\\b)`,
);

/** "on the 10th" (of the reference month), "on the 5th of last month" */
const ordinalDay: Rule = {
  name: 'ordinalDay',
  triggers: ['#12'],
  re: new RegExp(
    `(?<d>\\d{1,2})(?:st|nd|rd|th)(?![A-Za-z0-9])(?:${_}of${_}(?<rel>[Tt]his|[Ll]ast|[Nn]ext)${_}month(?![A-Za-z]))?`,
    'y',
  ),
  extract(m, env) {
    const g = groups(m);
    const d = +g.d!;
    if (d < 1 || d > 31) return null;
    const before = back(env.text, m.index, 24);
    const left = ORD_LEFT.exec(before) ?? ORD_LEFT_LIST.exec(before);
    if (!left) return null;
    const start = m.index - (left[1]?.length ?? 0);
    const end = m.index + m[0].length;
    if (!g.rel && !ORD_RIGHT.test(ahead(env.text, end, 16))) return null;
    const r = env.ref;
    if (!r) return found('ordinalDay', start, end, T.unknown('day'));
    const k = g.rel ? ({ last: -1, this: 0, next: 1 } as Record<string, number>)[g.rel.toLowerCase()]! : 0;
    const ym = addMonths(r.y, r.m, k);
    if (!validDay(ym.y, ym.m, d)) return found('ordinalDay', start, end, T.unknown('day'));
    return found('ordinalDay', start, end, T.day({ y: ym.y, m: ym.m, d }));
  },
};

const YEAR_CTX = new RegExp(
  `(?:\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Tt]ill|[Tt]hrough|[Tt]hroughout|[Bb]efore|[Aa]fter|[Ff]rom|[Bb]y|[Yy]ear|[Ee]arly|[Ll]ate` +
    `|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter|[Bb]etween|[Ii]nto|[Cc]alendar|[Vv]intage` +
    `|(?:[Ee]nd|[Ss]tart|[Bb]eginning|[Mm]iddle|[Cc]lose|[Tt]urn)${_}of(?:${_}the)?|[Aa]s${_}of|[Cc]lass${_}of|[Uu]p${_}to` +
    `|[Ss]tarting${_}in|[Bb]eginning${_}in)${_}` +
    `|\\b[Mm]id-?|(?:19|20)\\d{2}(?:['’]s)?,?${_}(?:and|or|to|through|until|versus|vs\\.?)${_})$`,
);
const YEAR_WEAK = new RegExp(`\\b(?:[Oo]f|[Ff]or|[Tt]o|[Aa]round|[Cc]irca)${_}$`);
/** After a weak context ("of 2025"), a following lower-case word that is not one of these makes it a count ("of 2025 employees"). */
const WEAK_NEXT_OK =
  /^\s{1,3}(?:is|was|were|are|and|or|in|to|as|with|from|when|compared|versus|vs|levels?|figures?|budget|season|report|results?|forecast|targets?|guidance|plans?|elections?|period|rose|fell|grew|climbed|jumped|increased|decreased|declined|dropped|reached|totall?ed|stood|hit|topped|surged|slid|slipped|doubled|tripled|came|amounted|will|would|could|should|may|might|has|had|have)\b/;
const YEAR_AS_YEAR = /^\s{1,3}as\s{1,3}(?:the|an?)\s[a-z' -]{0,30}\byear\b/;

/** "in 2024", "by 2033", "since 2020", "2025's", "mid-2025" — not counts ("2025 employees") */
const year: Rule = {
  name: 'year',
  triggers: ['#4'],
  re: /(?<y>(?:19|20)\d{2})(?![\d%A-Za-z]|[.,]\d|[-–/]\d|\s{0,3}(?:percent|per\s{1,3}cent))/y,
  extract(m, env) {
    const y = +groups(m).y!;
    const start = m.index;
    const end = start + m[0].length;
    const text = env.text;
    const next = ahead(text, end, 48);
    const ok =
      /^['’]s(?![A-Za-z])/.test(next) ||
      YEAR_CTX.test(back(text, start, 40)) ||
      YEAR_AS_YEAR.test(next) ||
      (YEAR_WEAK.test(back(text, start, 12)) && (!/^\s{1,3}[a-z]/.test(next) || WEAK_NEXT_OK.test(next)));
    return ok ? found('year', start, end, T.year(y)) : null;
  },
};

/** "from 2020 to 2024", "between 2019 and 2021", "in 2020-2024", "the 2025-26 season" */
const yearRange: Rule = {
  name: 'yearRange',
  triggers: ['#4'],
  re: new RegExp(
    `(?<y1>(?:19|20)\\d{2})(?:${_o}[-–—/]${_o}|${_}(?<conn>to|through|until|till|and)${_})(?<y2>(?:19|20)\\d{2}|\\d{2})(?![\\d%]|[.,]\\d)`,
    'y',
  ),
  extract(m, env) {
    const g = groups(m);
    const y1 = +g.y1!;
    let y2 = +g.y2!;
    if (g.y2!.length === 2) y2 += Math.floor(y1 / 100) * 100;
    if (y2 <= y1 || y2 - y1 > 100) return null;
    const before = back(env.text, m.index, 40);
    const ctx = g.conn === 'and' ? /\b[Bb]etween\s{1,3}$/.test(before) : YEAR_CTX.test(before) || THE_BACK.test(before);
    if (!ctx) return null;
    const start = withThe(env.text, m.index);
    return found('yearRange', start, m.index + m[0].length, T.year(y1, y2));
  },
};

/** "the 1990s", "the 2020s" */
const decade: Rule = {
  name: 'decade',
  triggers: ['#4'],
  re: /(?<d>(?:19|20)\d0)['’]?s(?![A-Za-z])/y,
  extract(m, env) {
    const d = +groups(m).d!;
    return found('decade', withThe(env.text, m.index), m.index + m[0].length, T.year(d, d + 9));
  },
};

/** "3Q25", "1H 2025", "4Q" */
const quarterDigit: Rule = {
  name: 'quarterDigit',
  triggers: ['#12'],
  re: new RegExp(`(?<n>[1-4])(?<k>[QH])(?:['’]?(?<y2>\\d{2})|${_o}(?<ya>(?:19|20)\\d{2}))?(?![A-Za-z0-9])`, 'y'),
  extract(m, env) {
    const g = groups(m);
    const n = +g.n!;
    if (g.k === 'H' && n > 2) return null;
    const start = withThe(env.text, m.index);
    return period('quarterDigit', env, start, m.index + m[0].length, g.k === 'H' ? 'half' : 'quarter', n, suffixYear(g, env));
  },
};

/** "Q3 2025", "Q3'25", "Q1", "H1 2025", "Q4 last year", "Q3 FY2025" (fiscal: no months) */
const quarterCode: Rule = {
  name: 'quarterCode',
  triggers: ['Q', 'H'],
  re: new RegExp(
    `(?<k>[QH])(?<n>[1-4])(?![A-Za-z0-9])(?:['’](?<y2>\\d{2})(?!\\d)|${_o}(?:[-/]${_o})?(?<ya>(?:19|20)\\d{2})(?![\\d%]|,\\d)` +
      `|${_}(?<yr>[Ll]ast|[Tt]his|[Nn]ext)${_}year(?![A-Za-z])|${_}(?:of${_})?(?<fis>FY|[Ff]iscal(?:${_}[Yy]ear)?)${_o}['’]?(?<fy>\\d{4}|\\d{2})(?!\\d))?`,
    'y',
  ),
  extract(m, env) {
    const g = groups(m);
    const n = +g.n!;
    if (g.k === 'H' && n > 2) return null;
    const start = withThe(env.text, m.index);
    return period('quarterCode', env, start, m.index + m[0].length, g.k === 'H' ? 'half' : 'quarter', n, suffixYear(g, env));
  },
};

const FISCAL_BACK = new RegExp(`\\b[Ff]iscal${_}$`);
const OF_NEXT = new RegExp(`^${_}of\\b`);

/** "the third quarter of 2025", "third-quarter", "the fourth quarter of last year", "the fiscal second quarter" */
const quarterWord: Rule = {
  name: 'quarterWord',
  triggers: ['first', 'second', 'third', 'fourth', 'final', 'last', '#12'],
  re: new RegExp(
    `(?<ord>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]inal|[Ll]ast|1st|2nd|3rd|4th)(?:${_}(?<fq>fiscal))?(?:${_}|-)(?:calendar${_})?quarter(?![A-Za-z])${YEAR_SUFFIX}`,
    'y',
  ),
  extract(m, env) {
    const g = groups(m);
    const end = m.index + m[0].length;
    const yp = suffixYear(g, env);
    const ord = g.ord!.toLowerCase();
    // "last quarter" alone is the quarter before the reference date (relative rule)
    if (ord === 'last' && !yp) return null;
    // "the fourth quarter of the game"
    if (!yp && OF_NEXT.test(ahead(env.text, end, 8))) return null;
    let start = m.index;
    const fb = FISCAL_BACK.exec(back(env.text, start, 12));
    if (fb) start -= fb[0].length;
    start = withThe(env.text, start);
    return period('quarterWord', env, start, end, 'quarter', ORDINALS[ord]!, yp, !!fb || !!g.fq);
  },
};

/** "the first half of 2025", "first-half", "the second half of this year", "the latter half of 2024" */
const halfWord: Rule = {
  name: 'halfWord',
  triggers: ['first', 'second', 'latter', '#12'],
  re: new RegExp(`(?<ord>[Ff]irst|[Ss]econd|[Ll]atter|1st|2nd)(?:${_}(?<fq>fiscal))?(?:${_}|-)half(?![A-Za-z])${YEAR_SUFFIX}`, 'y'),
  extract(m, env) {
    const g = groups(m);
    const end = m.index + m[0].length;
    const yp = suffixYear(g, env);
    if (!yp && (OF_NEXT.test(ahead(env.text, end, 8)) || /^(?:-|\s{1,3})hour/.test(ahead(env.text, end, 8)))) return null;
    let start = m.index;
    const fb = FISCAL_BACK.exec(back(env.text, start, 12));
    if (fb) start -= fb[0].length;
    start = withThe(env.text, start);
    return period('halfWord', env, start, end, 'half', ORDINALS[g.ord!.toLowerCase()]!, yp, !!fb || !!g.fq);
  },
};

/** "fiscal 2024", "fiscal year 2023", "FY2025", "FY25", "FY2024-25", "FY2025 Q3" (fiscal quarter: no months) */
const fiscal: Rule = {
  name: 'fiscal',
  triggers: ['fiscal', 'FY'],
  re: new RegExp(
    `(?:[Ff]iscal(?:${_}[Yy]ear)?${_}|FY${_o})['’]?(?<y>(?:19|20)\\d{2}|\\d{2})(?![\\d%]|[.,]\\d)` +
      `(?:${_o}[-/]${_o}(?<y2>(?:19|20)\\d{2}|\\d{2})(?!\\d)|${_o}(?:[-/]${_o})?(?<k>[QH])(?<n>[1-4])(?![A-Za-z0-9]))?`,
    'y',
  ),
  extract(m, env) {
    const g = groups(m);
    const y = g.y!.length === 2 ? 2000 + +g.y! : +g.y!;
    if (!inYears(y)) return null;
    const start = withThe(env.text, m.index);
    const end = m.index + m[0].length;
    if (g.k) {
      const kind = g.k === 'H' ? 'half' : 'quarter';
      return found('fiscal', start, end, T.unknown(kind), { fiscal: true, [kind]: +g.n!, fiscalYear: y });
    }
    if (g.y2) {
      const y2 = g.y2.length === 2 ? Math.floor(y / 100) * 100 + +g.y2 : +g.y2;
      if (y2 <= y || y2 - y > 2) return null;
      return found('fiscal', start, end, T.year(y, y2), { fiscal: true });
    }
    return found('fiscal', start, end, T.year(y), { fiscal: true });
  },
};

/** "last year", "this month", "next quarter", "last Thursday", "last October", "last night", "the last two years" (vague) */
const relative: Rule = {
  name: 'relative',
  triggers: ['last', 'this', 'next', 'current'],
  re: new RegExp(
    `(?<rel>[Ll]ast|[Tt]his|[Nn]ext|[Cc]urrent)${_}(?:(?<unit>year|month|quarter|week|weekend|decade|morning|afternoon|evening|night|spring|summer|fall|autumn|winter)(?![A-Za-z])` +
      `|(?<wd>${WD_FULL})(?![A-Za-z])|(?<mon>${FULL})(?![A-Za-z])|(?<mab>${ABBR})\\.(?![A-Za-z])` +
      `|(?<few>${FEW})${_}(?<units>days|weeks|months|years|decades|quarters)(?![A-Za-z]))`,
    'y',
  ),
  extract(m, env) {
    const g = groups(m);
    const rel = g.rel!.toLowerCase();
    const k = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
    const end = m.index + m[0].length;
    const start = rel === 'current' || g.few ? withThe(env.text, m.index) : m.index;
    const r = env.ref;
    const f = (time: Span): Found => found('relative', start, end, time);
    if (g.few) return f(T.unknown(null));
    if (g.unit) {
      const unit = g.unit;
      if (rel === 'current' && unit !== 'year' && unit !== 'month' && unit !== 'quarter') return null;
      switch (unit) {
        case 'year':
          return f(r ? T.year(r.y + k) : T.unknown('year'));
        case 'month': {
          if (!r) return f(T.unknown('month'));
          const ym = addMonths(r.y, r.m, k);
          return f(T.month(ym.y, ym.m));
        }
        case 'quarter': {
          if (!r) return f(T.unknown('quarter'));
          const ym = addMonths(r.y, 3 * Math.ceil(r.m / 3) - 2, 3 * k);
          return f(T.quarter(ym.y, (ym.m + 2) / 3));
        }
        case 'morning':
        case 'afternoon':
        case 'evening':
        case 'night': {
          const shift = rel === 'this' ? 0 : k;
          if (!r) return f(T.unknown('day'));
          return f(T.day(fromDayNum(dayNum(r.y, r.m, r.d) + shift)));
        }
        default:
          // weeks, weekends, decades and seasons have no precision of their own: keep the words
          return f(T.unknown(null));
      }
    }
    if (rel === 'current') return null;
    if (g.wd) {
      if (!r) return f(T.unknown('day'));
      const mode = k < 0 ? 'before' : k > 0 ? 'future' : isFuture(env.text, start, end) ? 'onOrAfter' : 'past';
      return f(T.day(weekdayDate(r, weekdayIndex(g.wd), mode)));
    }
    const mo = monthIndex((g.mon ?? g.mab)!);
    if (!r) return f(T.unknown('month'));
    const y = k < 0 ? (mo < r.m ? r.y : r.y - 1) : k > 0 ? (mo > r.m ? r.y : r.y + 1) : r.y;
    return f(T.month(y, mo));
  },
};

/** "yesterday", "today", "tomorrow", "tonight" (a date only with a reference date) */
const dayWord: Rule = {
  name: 'dayWord',
  triggers: ['yesterday', 'today', 'tomorrow', 'tonight'],
  re: /(?<w>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)(?![A-Za-z])/y,
  extract(m, env) {
    const w = groups(m).w!.toLowerCase();
    const k = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
    const r = env.ref;
    const time = r ? T.day(fromDayNum(dayNum(r.y, r.m, r.d) + k)) : T.unknown('day');
    return found('dayWord', m.index, m.index + m[0].length, time);
  },
};

const ALL_PRECISIONS: readonly Precision[] = ['day', 'month', 'quarter', 'half', 'year'];
const PERIODS: readonly Precision[] = ['quarter', 'half', 'month', 'year'];
const COUNT_BACK = new RegExp(
  `\\b(?:(?<vague>(?:[Aa]${_})?(?:few|couple${_}of)|[Ss]everal|[Mm]any)|(?<n>[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Tt]welve|\\d{1,3}))${_}$`,
);

/** "a year ago", "three months ago", "a year earlier", "two days later", "the year-earlier period", "the year-ago quarter" */
const ago: Rule = {
  name: 'ago',
  triggers: ['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'decade', 'decades', 'quarter', 'quarters'],
  re: new RegExp(
    `(?<unit>year|month|week|day|decade|quarter)s?(?:${_}(?<dir>ago|earlier|later|before|prior|after)(?![A-Za-z])` +
      `|-(?<adj>earlier|ago)${_}(?<what>period|quarter|month|year|half|levels?|figures?|results?|sales|revenue)(?![A-Za-z]))`,
    'y',
  ),
  extract(m, env) {
    const g = groups(m);
    const unit = g.unit!;
    const end = m.index + m[0].length;
    if (g.adj) {
      const start = withThe(env.text, m.index);
      const what = g.what!;
      const anchors: readonly Precision[] =
        what === 'quarter' ? ['quarter'] : what === 'month' ? ['month'] : what === 'half' ? ['half'] : PERIODS;
      const shift: Relative =
        unit === 'year' ? { anchors, years: -1 } : unit === 'quarter' ? { anchors, months: -3 } : unit === 'month' ? { anchors, months: -1 } : { anchors, days: -1 };
      if (unit === 'week' || unit === 'decade') return null;
      return found('ago', start, end, T.unknown(null), {}, shift);
    }
    const c = COUNT_BACK.exec(back(env.text, m.index, 24));
    if (!c) return null;
    const start = m.index - c[0].length;
    const dir = g.dir!;
    if ((dir === 'before' || dir === 'prior' || dir === 'after') && !/^\s{0,3}(?:[,.;:!?)]|$)/.test(ahead(env.text, end, 6))) return null;
    const cg = (c.groups ?? {}) as Groups;
    if (cg.vague || unit === 'week' || unit === 'decade') return found('ago', start, end, T.unknown(null));
    const n = NUMBER_WORDS[cg.n!.toLowerCase()] ?? +cg.n!;
    if (dir === 'ago') {
      const r = env.ref;
      const p: Precision = unit === 'day' ? 'day' : unit === 'month' ? 'month' : unit === 'quarter' ? 'quarter' : 'year';
      if (!r) return found('ago', start, end, T.unknown(p));
      if (unit === 'year') return found('ago', start, end, T.year(r.y - n));
      if (unit === 'day') return found('ago', start, end, T.day(fromDayNum(dayNum(r.y, r.m, r.d) - n)));
      if (unit === 'month') {
        const ym = addMonths(r.y, r.m, -n);
        return found('ago', start, end, T.month(ym.y, ym.m));
      }
      const ym = addMonths(r.y, 3 * Math.ceil(r.m / 3) - 2, -3 * n);
      return found('ago', start, end, T.quarter(ym.y, (ym.m + 2) / 3));
    }
    const s = dir === 'later' || dir === 'after' ? n : -n;
    const rel: Relative =
      unit === 'year'
        ? { anchors: ALL_PRECISIONS, years: s }
        : unit === 'quarter'
          ? { anchors: ['quarter'], months: 3 * s }
          : unit === 'month'
            ? { anchors: ['month', 'day'], months: s }
            : { anchors: ['day'], days: s };
    return found('ago', start, end, T.unknown(null), {}, rel);
  },
};

/** "the same period last year", "the same quarter a year earlier", "the same month", "the same quarter of 2024" */
const samePeriod: Rule = {
  name: 'samePeriod',
  triggers: ['same'],
  re: new RegExp(
    `same${_}(?<unit>period|quarter|month|half|time|year|day)(?![A-Za-z])` +
      `(?:${_}(?:(?<ly>last${_}year|a${_}year${_}(?:earlier|ago|before)|(?:of|in)${_}(?:the${_})?(?:previous|prior|last)${_}year|the${_}(?:previous|prior)${_}year)` +
      `|(?:of|in)${_}(?<ya>(?:19|20)\\d{2})(?!\\d)))?`,
    'y',
  ),
  extract(m, env) {
    const g = groups(m);
    const start = withThe(env.text, m.index);
    if (start === m.index) return null;
    const unit = g.unit!;
    if (unit === 'time' && !g.ly && !g.ya) return null; // "at the same time"
    const anchors: readonly Precision[] =
      unit === 'quarter' ? ['quarter'] : unit === 'half' ? ['half'] : unit === 'month' ? ['month', 'day'] : unit === 'day' ? ['day'] : unit === 'year' ? ALL_PRECISIONS : PERIODS;
    const rel: Relative = { anchors };
    if (unit === 'month') rel.precision = 'month';
    if (unit === 'year') rel.precision = 'year';
    if (g.ly) rel.years = -1;
    if (g.ya) rel.year = +g.ya;
    return found('samePeriod', start, m.index + m[0].length, T.unknown(null), {}, rel);
  },
};

/** "the previous quarter", "the prior year", "the prior-year period", "the following year" */
const previous: Rule = {
  name: 'previous',
  triggers: ['previous', 'prior', 'preceding', 'following'],
  re: new RegExp(
    `(?<w>[Pp]revious|[Pp]rior|[Pp]receding|[Ff]ollowing)(?:${_}|-)(?<unit>year|quarter|month|half)(?![A-Za-z])(?:${_}(?<what>period|quarter))?`,
    'y',
  ),
  extract(m, env) {
    const g = groups(m);
    const s = g.w!.toLowerCase() === 'following' ? 1 : -1;
    const unit = g.unit!;
    const start = withThe(env.text, m.index);
    const end = m.index + m[0].length;
    let rel: Relative;
    if (g.what && unit === 'year') rel = { anchors: g.what === 'quarter' ? ['quarter'] : PERIODS, years: s };
    else if (unit === 'quarter') rel = { anchors: ['quarter'], months: 3 * s };
    else if (unit === 'half') rel = { anchors: ['half'], months: 6 * s };
    else if (unit === 'month') rel = { anchors: ['month', 'day'], months: s, precision: 'month' };
    else rel = { anchors: ALL_PRECISIONS, years: s, precision: 'year' };
    return found('previous', start, end, T.unknown(null), {}, rel);
  },
};

const VAGUE_LEFT = new RegExp(`(?:\\b(?:[Ii]n|[Oo]ver|[Dd]uring|[Ww]ithin|[Ff]or)${_})?(?:\\b[Tt]he${_})?$`);

/** Vague times: "recently", "soon", "in the coming months", "in recent years", "over the past year", "in the near future" */
const vague: Rule = {
  name: 'vague',
  triggers: ['recently', 'lately', 'soon', 'coming', 'recent', 'past', 'near'],
  re: new RegExp(
    `(?:(?<w1>[Rr]ecently|[Ll]ately|[Ss]oon)|(?<w2>[Cc]oming|[Rr]ecent|[Pp]ast)${_}(?:${FEW}${_})?${UNITS_PLURAL}|(?<w3>[Nn]ear)${_}(?:future|term))(?![A-Za-z])`,
    'y',
  ),
  extract(m, env) {
    const g = groups(m);
    const end = m.index + m[0].length;
    if (g.w1) {
      if (g.w1.toLowerCase() === 'soon' && /\b[Aa]s\s{1,3}$/.test(back(env.text, m.index, 8))) return null;
      return found('vague', m.index, end, T.unknown(null));
    }
    const left = VAGUE_LEFT.exec(back(env.text, m.index, 24));
    const start = m.index - (left ? left[0].length : 0);
    return found('vague', start, end, T.unknown(null));
  },
};

/** Parsers in order of preference when two give spans of the same length. */
export const RULES: readonly Rule[] = [
  iso, monthDay, monthYear, monthRange, monthQuarter, monthAlone, weekday, dayMonth, ordinalDay,
  yearRange, decade, fiscal, year, quarterDigit, quarterCode, quarterWord, halfWord,
  relative, dayWord, ago, samePeriod, previous, vague,
];

// ---------------------------------------------------------------------------------------------
// Refiners

const PAREN_WEEKDAY = new RegExp(`^${_o}\\(${_o}(?:${WD_FULL}|${WD_ABBR})\\.?${_o}\\)`);

/** "Thursday, March 27, 2025" is one mention (the date's); so is "March 27 (Thu)". */
export const mergeWeekdayDate: Refiner = (fs, env) => {
  const out: Found[] = [];
  for (let i = 0; i < fs.length; i++) {
    const f = fs[i]!;
    const g = fs[i + 1];
    if (f.rule === 'weekday' && g && g.rule !== 'weekday' && g.time.precision === 'day' && g.start - f.end <= 4 && /^,?\s{0,3}$/.test(env.text.slice(f.end, g.start))) {
      out.push({ ...g, start: f.start });
      i++;
      continue;
    }
    if (f.time.precision === 'day') {
      const p = PAREN_WEEKDAY.exec(ahead(env.text, f.end, 24));
      if (p && (!g || g.start >= f.end + p[0].length)) {
        out.push({ ...f, end: f.end + p[0].length });
        if (g?.rule === 'weekday' && g.start < f.end + p[0].length) i++;
        continue;
      }
    }
    out.push(f);
  }
  return out;
};

const CLOCK = new RegExp(
  `^(?:${_o},?${_}(?:at${_})?|${_o}@${_o}|,)(?:\\d{1,2}:\\d{2}(?::\\d{2})?(?:${_o}[AaPp]\\.?[Mm]\\b\\.?)?|\\d{1,2}${_o}[AaPp]\\.?[Mm]\\b\\.?)` +
    `(?:${_}(?:KST|GMT|UTC|ET|EST|EDT|PT|PST|PDT|CET|CEST|BST|JST|IST|HKT|SGT))?`,
);

/** "April. 02, 2025 07:57" is one mention: a clock time after a date belongs to it (precision stays day). */
export const timeOfDay: Refiner = (fs, env) =>
  fs.map((f, i) => {
    if (f.time.precision !== 'day') return f;
    const c = CLOCK.exec(ahead(env.text, f.end, 40));
    if (!c) return f;
    const next = fs[i + 1];
    if (next && next.start < f.end + c[0].length) return f;
    return { ...f, end: f.end + c[0].length };
  });

const MODIFIER_BACK = new RegExp(
  `(?:\\b(?<a>[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater|[Mm]id)(?:${_}|-)|\\b(?:[Tt]he${_})?(?<b>[Ee]nd|[Ss]tart|[Bb]eginning|[Mm]iddle|[Cc]lose|[Tt]urn)${_}of${_}(?:the${_})?)$`,
);
const PART: Record<string, string> = {
  early: 'early', late: 'late', earlier: 'earlier', later: 'later', mid: 'mid', middle: 'mid',
  end: 'end', close: 'end', start: 'start', beginning: 'start', turn: 'start',
};

/** "late March", "mid-2025", "earlier this month", "the end of 2025": the modifier joins the span, the time stays. */
export const leftModifier: Refiner = (fs, env) =>
  fs.map((f, i) => {
    const p = f.time.precision;
    if (p !== 'month' && p !== 'year' && p !== 'quarter' && p !== 'half') return f;
    const mm = MODIFIER_BACK.exec(back(env.text, f.start, 32));
    if (!mm) return f;
    const start = f.start - mm[0].length;
    const prev = fs[i - 1];
    if (prev && prev.end > start) return f;
    const word = ((mm.groups?.a ?? mm.groups?.b) as string).toLowerCase();
    return { ...f, start, qualifiers: { ...f.qualifiers, part: PART[word] ?? word } };
  });

function shiftSpan(s: Span, rel: Relative): Span {
  const move = (v: string | null): string | null => {
    if (v === null) return null;
    const y = +v.slice(0, 4) + (rel.years ?? 0);
    if (v.length === 4) return String(rel.year ?? y);
    const mo = +v.slice(5, 7);
    const ym = addMonths(rel.year ?? y, mo, rel.months ?? 0);
    if (v.length === 7) return `${ym.y}-${p2(ym.m)}`;
    const d = Math.min(+v.slice(8, 10), daysInMonth(ym.y, ym.m));
    const r = fromDayNum(dayNum(ym.y, ym.m, d) + (rel.days ?? 0));
    return `${r.y}-${p2(r.m)}-${p2(r.d)}`;
  };
  let out: Span = { start: move(s.start), end: move(s.end), precision: s.precision };
  if (rel.precision && rel.precision !== s.precision && out.start) {
    const len = rel.precision === 'year' ? 4 : 7;
    out = { start: out.start.slice(0, len), end: null, precision: rel.precision };
  } else if (rel.precision) out.precision = rel.precision;
  return out;
}

/**
 * Resolves "the same period last year", "a year earlier", "the previous quarter", "two days later"
 * from the nearest earlier mention of the text with a fitting precision. Without one: start null,
 * precision null. An anchor without a date passes on its precision only.
 */
export const anaphora: Refiner = (fs) => {
  const anchors: Found[] = [];
  return fs.map((f) => {
    if (!f.relative) {
      if (f.time.precision !== null && !f.qualifiers.fiscal) anchors.push(f);
      return f;
    }
    const rel = f.relative;
    let a: Found | undefined;
    for (let i = anchors.length - 1; i >= 0; i--) {
      if (rel.anchors.includes(anchors[i]!.time.precision!)) {
        a = anchors[i];
        break;
      }
    }
    if (!a) return { ...f, time: T.unknown(null) };
    if (a.time.start === null) return { ...f, time: T.unknown(rel.precision ?? a.time.precision) };
    return { ...f, time: shiftSpan(a.time, rel) };
  });
};

const BY_BACK = /\b[Bb]y\s{1,3}$/;

/** "by 2033" is a forecast; so is a whole year after the reference date ("next year", "in 2030"). */
export const forecast: Refiner = (fs, env) =>
  fs.map((f) => {
    const byYear = BY_BACK.test(back(env.text, f.start, 6)) && f.time.precision !== null && f.time.precision !== 'day';
    const future = !!env.ref && f.time.precision === 'year' && f.time.start !== null && +f.time.start > env.ref.y;
    return byYear || future ? { ...f, qualifiers: { ...f.qualifiers, forecast: true } } : f;
  });

/** Refiners, applied in this order to the parsed results of one text. */
export const REFINERS: readonly Refiner[] = [mergeWeekdayDate, timeOfDay, leftModifier, anaphora, forecast];
