// One shared pass over the text that finds the tokens numeric values are built around: currency
// and percent signs, digits with an ordinal suffix or a multiplication sign ("12th", "10x"), and a
// small vocabulary of words (number words, ordinals, superlatives, currency names, "percent",
// "doubled", "fold"…). Parsers that declare `triggers` run only in small windows around these
// tokens instead of over the whole text (see engine.ts). Memoized: the five numeric recognizers
// share one pass per text.
import { memoLast } from './memo.js';

export type TokenKind =
  | 'currency-symbol' | 'currency-code' | 'percent-sign' | 'hash' | 'digit-ordinal' | 'digit-x'
  | 'num-word' | 'ordinal-word' | 'superlative-word' | 'rank-label' | 'currency-word' | 'percent-word'
  | 'mult-word' | 'mult-verb' | 'fold' | 'scale-after-digit';

const WORDS: Array<[TokenKind, string]> = [
  ['num-word', 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|lakh|lakhs|lac|lacs|crore|crores'],
  ['ordinal-word', 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth'],
  ['superlative-word', 'largest|biggest|most|highest|greatest|fastest|best|top'],
  ['rank-label', 'no|number|rank|ranks|ranked|ranking|runner'],
  ['currency-word', 'dollar|dollars|euro|euros|pound|pounds|sterling|yen|won|yuan|renminbi|rupee|rupees|rupiah|reais|ringgit|baht|dong|peso|pesos|franc|francs|ruble|rubles|rouble|roubles|lira|rand|naira|shekel|shekels|riyal|riyals|dirham|dirhams|zloty|zlotys|krona|kronor|krone|kroner|shilling|shillings|cedi|cedis|birr|taka|forint|forints|koruna|hryvnia|hryvnias|tenge|crown|crowns'],
  ['percent-word', 'percent|percentage|cent|pct|bps|bp|basis|pp|ppt|ppts'],
  ['mult-word', 'twice|thrice|times|factor|half'],
  ['mult-verb', 'double|doubled|doubles|doubling|triple|tripled|triples|tripling|quadruple|quadrupled|quadruples|quadrupling|quintuple|quintupled|quintupling|sextupled|halve|halved|halves|halving'],
  ['fold', 'fold|twofold|threefold|fourfold|fivefold|sixfold|sevenfold|eightfold|ninefold|tenfold|twentyfold|hundredfold|thousandfold'],
];

const WORD_KIND = new Map<string, TokenKind>();
for (const [kind, list] of WORDS) for (const w of list.split('|')) WORD_KIND.set(w, kind);
/** The token kind of a word ("dollars" → 'currency-word'), or undefined. */
export const wordKind = (w: string): TokenKind | undefined => WORD_KIND.get(w.toLowerCase());

// Three cheap passes (a single regex with all of them and capture groups is several times slower):
// the words, the signs, and digits followed by an ordinal suffix, a multiplication sign or a glued
// percent unit ("12th", "10x", "4pp", "50bps").
const WORD_RE = new RegExp(`\\b(?:${WORDS.map(([, l]) => l).join('|')})\\b`, 'gi');
const SIGN_RE = /[$€£¥₩₹₱₽₺฿₫₦₪₴%％#×]/g;
const DIGIT_SUFFIX_RE = /\d(?:st\b|nd\b|rd\b|th\b|\s?[x×](?![\w])|(?:pct|pp|ppts?|bps?)\b)/gi;
/** ISO codes (upper case; with Rs, Rp, RM: 'currency-code') name a currency too: "USD 5 million", "3 trillion KRW". */
const CODE_RE = /\b(?:USD|EUR|GBP|JPY|KRW|CNY|RMB|CNH|INR|IDR|SGD|AUD|CAD|HKD|NZD|CHF|BRL|TWD|MXN|SEK|NOK|DKK|PLN|RUB|ZAR|AED|SAR|QAR|THB|VND|PHP|MYR|ILS|NGN|EGP|PKR|BDT|KES|UAH|CZK|HUF|ARS|CLP|COP|PEN|LKR|NPR|KZT|Rs|RS|Rp|RM)(?![A-Za-z])/g;

const SIGN_KIND: Record<string, TokenKind> = { '%': 'percent-sign', '％': 'percent-sign', '#': 'hash', '×': 'digit-x' };

const KINDS: TokenKind[] = [
  'currency-symbol', 'currency-code', 'percent-sign', 'hash', 'digit-ordinal', 'digit-x', 'num-word',
  'ordinal-word', 'superlative-word', 'rank-label', 'currency-word', 'percent-word', 'mult-word',
  'mult-verb', 'fold', 'scale-after-digit',
];

/** Flat [start, end, start, end…] positions of each token kind, in text order. */
export type TokenIndex = Record<TokenKind, number[]>;

function isDigitBefore(text: string, i: number): boolean {
  let c = text.charCodeAt(i - 1);
  if (c === 32 || c === 45) c = text.charCodeAt(i - 2);
  return c >= 48 && c <= 57;
}

function scan(text: string): TokenIndex {
  const out = {} as TokenIndex;
  for (const k of KINDS) out[k] = [];
  let m: RegExpExecArray | null;
  WORD_RE.lastIndex = 0;
  while ((m = WORD_RE.exec(text)) !== null) {
    const w = m[0];
    let kind = WORD_KIND.get(w) ?? WORD_KIND.get(w.toLowerCase());
    if (kind === 'num-word' && isDigitBefore(text, m.index)) kind = 'scale-after-digit'; // "1.5 million"
    if (kind) out[kind].push(m.index, m.index + w.length);
  }
  SIGN_RE.lastIndex = 0;
  while ((m = SIGN_RE.exec(text)) !== null) {
    out[SIGN_KIND[m[0]] ?? 'currency-symbol'].push(m.index, m.index + 1);
  }
  DIGIT_SUFFIX_RE.lastIndex = 0;
  while ((m = DIGIT_SUFFIX_RE.exec(text)) !== null) {
    const c = m[0].charCodeAt(m[0].length - 1);
    const second = m[0].charCodeAt(1) | 0x20; // "p" of "pct", "pp"; "b" of "bps"
    const kind: TokenKind =
      c === 120 || c === 88 || c === 0xd7 ? 'digit-x' : second === 112 || second === 98 ? 'percent-word' : 'digit-ordinal';
    out[kind].push(m.index, m.index + m[0].length);
  }
  CODE_RE.lastIndex = 0;
  while ((m = CODE_RE.exec(text)) !== null) out['currency-code'].push(m.index, m.index + m[0].length);
  // every list in text order (the two filled by two passes may not be)
  sortFlat(out['percent-word']);
  sortFlat(out['digit-x']);
  return out;
}

/** The tokens of `text` (memoized on the last text). */
export const tokenIndex = memoLast(scan);

const MAX_EXPAND = 64;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xa0;
}

/**
 * Windows around the tokens of the given kinds: [start - before, end + after], merged, and widened
 * so that each starts and ends next to whitespace (bounded: input without spaces is simply cut).
 */
let cacheText: string | null = null;
let cache = new Map<string, number[]>();

export function windowsAround(
  text: string,
  kinds: readonly TokenKind[],
  before: number,
  after: number,
  key = `${kinds.join(',')}:${before}:${after}`,
): number[] {
  if (text !== cacheText) {
    cacheText = text;
    cache = new Map();
  }
  let w = cache.get(key);
  if (!w) {
    w = computeWindows(text, kinds, before, after);
    cache.set(key, w);
  }
  return w;
}

/** Moves a window start left to just after whitespace (bounded, and not before `floor`). */
function widenStart(text: string, s: number, floor: number): number {
  const limit = Math.max(floor, s - MAX_EXPAND);
  while (s > limit && !isSpace(text.charCodeAt(s - 1))) s--;
  return s;
}

/** Moves a window end right to the next whitespace (bounded). */
function widenEnd(text: string, e: number): number {
  const limit = Math.min(text.length, e + MAX_EXPAND);
  while (e < limit && !isSpace(text.charCodeAt(e))) e++;
  return e;
}

/** Sorts a flat [start, end, …] list by start (only the kinds filled by two passes need it). */
function sortFlat(a: number[]): void {
  for (let i = 2; i < a.length; i += 2) {
    if (a[i]! < a[i - 2]!) {
      const pairs: Array<[number, number]> = [];
      for (let j = 0; j < a.length; j += 2) pairs.push([a[j]!, a[j + 1]!]);
      pairs.sort((x, y) => x[0] - y[0]);
      for (let j = 0; j < pairs.length; j++) {
        a[2 * j] = pairs[j]![0];
        a[2 * j + 1] = pairs[j]![1];
      }
      return;
    }
  }
}

/** Merges sorted flat lists into one sorted flat list. */
function mergeFlat(lists: number[][]): number[] {
  const nonEmpty = lists.filter((l) => l.length > 0);
  if (nonEmpty.length <= 1) return nonEmpty[0] ?? [];
  const out: number[] = [];
  const pos = nonEmpty.map(() => 0);
  for (;;) {
    let best = -1;
    for (let k = 0; k < nonEmpty.length; k++) {
      if (pos[k]! < nonEmpty[k]!.length && (best < 0 || nonEmpty[k]![pos[k]!]! < nonEmpty[best]![pos[best]!]!)) best = k;
    }
    if (best < 0) return out;
    const l = nonEmpty[best]!;
    out.push(l[pos[best]!]!, l[pos[best]! + 1]!);
    pos[best]! += 2;
  }
}

function computeWindows(text: string, kinds: readonly TokenKind[], before: number, after: number): number[] {
  const index = tokenIndex(text);
  const raw = kinds.length === 1 ? index[kinds[0]!] : mergeFlat(kinds.map((k) => index[k]));
  const len = text.length;
  const out: number[] = [];
  let curS = -1;
  let curE = -1;
  for (let i = 0; i < raw.length; i += 2) {
    const s = Math.max(0, raw[i]! - before);
    const e = Math.min(len, raw[i + 1]! + after);
    if (curE >= 0 && s <= curE) {
      if (e > curE) curE = e;
      continue;
    }
    if (curE >= 0) {
      const wide = widenEnd(text, curE);
      if (s <= wide) {
        curE = Math.max(e, wide);
        continue;
      }
      out.push(curS, wide);
    }
    curS = widenStart(text, s, out.length ? out[out.length - 1]! : 0);
    curE = e;
  }
  if (curE >= 0) out.push(curS, widenEnd(text, curE));
  return out;
}
