// The money recognizer: runs the parsers of rules.ts, then attaches ranges ("$5-7 billion"),
// equivalents ("1.2 trillion won ($870 million)") and hedges ("over $1 billion").
import type { Mention, Recognizer } from '../types.js';
import {
  type Candidate, memoLast, resolveOverlaps, runParsers, toMention,
} from '../numeric-shared/engine.js';
import { DIGITS, NUM_START, SCALE_AFTER, decimalShift, scaleExp } from '../numeric-shared/grammar.js';
import { hedgeAfter, hedgeBefore, lowerBoundVerbBefore } from '../numeric-shared/hedge.js';
import { NOT_A_UNIT, isYearLike } from '../numeric-shared/context.js';
import { SYMBOL_SOURCE } from './currencies.js';
import { parsers } from './rules.js';

const NAME = 'money';

const JOIN = String.raw`\s*(?:-|–|—|to|and|or)\s*`;
/** "$5-7 billion", "$5 to $7 billion": the second amount of a range, with its scale. */
const RANGE_FORWARD = new RegExp(`${JOIN}(?:(${SYMBOL_SOURCE})\\s?)?(${DIGITS})(${SCALE_AFTER})`, 'iy');
/** "5 to 7 billion won", "between 5 and 7 trillion won": the first number of a range. */
const RANGE_BACKWARD = new RegExp(`(?<![\\w.:/$€£¥₩₹]|\\d,)(${DIGITS})${JOIN}$`, 'i');
/** Between an amount and its equivalent: " (", " (about ", " (US". */
const EQUIV_OPEN = /^\s*[(（]\s*(?:(?:about|around|roughly|approximately|approx\.?|some|nearly|almost|over|or|~|≈)\s*)?$/i;
const EQUIV_CLOSE = /\s*[)）]/y;
/** ", or about $1.3 billion": the same amount in another currency, without brackets. */
const EQUIV_OR = /^\s*,?\s*or\s+(?:(?:about|around|roughly|approximately|some|nearly|almost)\s+)?$/i;

function amountOf(c: Candidate): number {
  return (c.value as { amount: number }).amount;
}
function currencyOf(c: Candidate): string {
  return (c.value as { currency: string }).currency;
}

/** Cheap pre-test for RANGE_FORWARD: "-", "–", "—", " to", " and", " or" after the amount. */
function maybeJoinAt(text: string, i: number): boolean {
  let c = text.charCodeAt(i);
  if (c === 32) c = text.charCodeAt(i + 1);
  return c === 45 || c === 0x2013 || c === 0x2014 || c === 116 || c === 97 || c === 111;
}

function addRanges(text: string, cands: Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  for (const a of cands) {
    const meta = a.meta;
    if (!meta?.raw) continue;
    if (meta.prefix && meta.exp === 0 && maybeJoinAt(text, a.end)) {
      RANGE_FORWARD.lastIndex = a.end;
      const m = RANGE_FORWARD.exec(text);
      if (m && Number(meta.raw) <= Number(m[2]!.replace(/,/g, ''))) {
        const exp = scaleExp(m[3]);
        a.value = { kind: 'money', amount: decimalShift(meta.raw, exp), currency: currencyOf(a) };
        meta.exp = exp;
        if (m[1] === undefined) {
          const end = a.end + m[0].length;
          const start = end - m[2]!.length - m[3]!.length;
          extra.push({
            start, end, value: { kind: 'money', amount: decimalShift(m[2]!, exp), currency: currencyOf(a) },
            qualifiers: {}, parser: 'range', meta: { raw: m[2]!.replace(/,/g, ''), exp, prefix: false },
          });
        }
      }
    } else if (!meta.prefix && (meta.exp ?? 0) > 0) {
      const from = Math.max(0, a.start - 32);
      const m = RANGE_BACKWARD.exec(text.slice(from, a.start));
      if (m && !isYearLike(m[1]!) && Number(m[1]!.replace(/,/g, '')) <= Number(meta.raw)) {
        const start = from + m.index;
        const end = start + m[1]!.length;
        extra.push({
          start, end, value: { kind: 'money', amount: decimalShift(m[1]!, meta.exp!), currency: currencyOf(a) },
          qualifiers: {}, parser: 'range', meta: { raw: m[1]!.replace(/,/g, ''), exp: meta.exp!, prefix: false },
        });
      }
    }
  }
  return extra.length ? resolveOverlaps(cands.concat(extra)) : cands;
}

function addHedges(text: string, cands: Candidate[]): void {
  let prevEnd = 0;
  for (const c of cands) {
    const h = hedgeBefore(text, c.start);
    if (h && h.start >= prevEnd) {
      c.qualifiers.approx = h.approx;
      c.start = h.start;
    } else {
      const after = hedgeAfter(text, c.end);
      if (after) {
        c.qualifiers.approx = after.approx;
        c.end = after.end;
      } else if (lowerBoundVerbBefore(text, c.start)) {
        c.qualifiers.approx = 'more_than';
      }
    }
    prevEnd = c.end;
  }
}

function hasParen(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 0xff08) return true;
  }
  return false;
}

function mergeEquivalents(text: string, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i]!;
    const b = cands[i + 1];
    if (b && b.start - a.end <= 24 && !hasParen(text, a.end, b.start) && currencyOf(a) !== currencyOf(b) && EQUIV_OR.test(text.slice(a.end, b.start))) {
      a.qualifiers.equivalent = { amount: amountOf(b), currency: currencyOf(b) };
      a.end = b.end;
      out.push(a);
      i++;
      continue;
    }
    if (b && b.start - a.end <= 24 && hasParen(text, a.end, b.start) && EQUIV_OPEN.test(text.slice(a.end, b.start))) {
      EQUIV_CLOSE.lastIndex = b.end;
      const close = EQUIV_CLOSE.exec(text);
      if (close && currencyOf(a) !== currencyOf(b)) {
        a.qualifiers.equivalent = { amount: amountOf(b), currency: currencyOf(b) };
        a.end = b.end + close[0].length;
        out.push(a);
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** A scaled number with no currency: "19.2 billion". */
const BARE = new RegExp(`${NUM_START}(${DIGITS})(${SCALE_AFTER})`, 'gi');
/** Where a sentence ends, or a paragraph. */
const STOP = /[.!?](?=\s|$)|\n/;
/** What leads to the earlier figure of a comparison: "from", "compared to", "versus". */
const COMPARE_LEAD = /\b(?:from|compared\s+(?:to|with)|versus|vs\.?|against|than)\s+(?:(?:about|around|roughly|nearly|almost|some)\s+)?$/i;

/**
 * An amount whose currency the sentence gave once, a little earlier: "18.2 billion yen ($126 million)
 * compared to 19.2 billion ($133 million)" (the same equivalent currency follows it), "rose to 12.3
 * billion yen from 11.1 billion a year earlier" (the same scale, after "from", "compared to", "versus").
 */
function addElided(text: string, cands: Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  const gone = new Set<Candidate>();
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i]!;
    const next = cands[i + 1];
    const exp = a.meta?.exp ?? 0;
    const eq = a.qualifiers.equivalent as { currency: string } | undefined;
    if (exp === 0 && !eq) continue;
    // Only a short stretch up to the sentence's end is searched: a search of the rest of the text for each
    // amount would make the cost grow with the square of the document's length.
    let stretch = text.slice(a.end, Math.min(text.length, a.end + 200, next ? next.start : Infinity));
    const stop = STOP.exec(stretch);
    if (stop) stretch = stretch.slice(0, stop.index);
    if (stretch.length < 4) continue;
    BARE.lastIndex = 0;
    for (let m = BARE.exec(stretch); m; m = BARE.exec(stretch)) {
      const s = a.end + m.index;
      const e = s + m[0].length;
      const mexp = scaleExp(m[2]);
      if (mexp === 0) continue;
      const value = { kind: 'money' as const, amount: decimalShift(m[1]!, mexp), currency: currencyOf(a) };
      const meta = { raw: m[1]!.replace(/,/g, ''), exp: mexp, prefix: false };
      // "19.2 billion ($133 million)", in the currency the earlier amount was also given in.
      if (next && eq && !gone.has(next) && currencyOf(next) === eq.currency && currencyOf(next) !== currencyOf(a) && EQUIV_OPEN.test(text.slice(e, next.start))) {
        EQUIV_CLOSE.lastIndex = next.end;
        const close = EQUIV_CLOSE.exec(text);
        if (close) {
          extra.push({ start: s, end: next.end + close[0].length, value, qualifiers: { equivalent: { amount: amountOf(next), currency: currencyOf(next) } }, parser: 'elided', meta });
          gone.add(next);
          break;
        }
      }
      if (mexp === exp && COMPARE_LEAD.test(text.slice(Math.max(a.end, s - 40), s)) && NOT_A_UNIT.test(text.slice(e, e + 16))) {
        extra.push({ start: s, end: e, value, qualifiers: {}, parser: 'elided', meta });
      }
    }
  }
  if (extra.length === 0) return cands;
  return cands.filter((c) => !gone.has(c)).concat(extra).sort((x, y) => x.start - y.start);
}

function scan(text: string): Mention[] {
  let cands = resolveOverlaps(runParsers(parsers, text));
  if (cands.length === 0) return [];
  cands = addRanges(text, cands);
  addHedges(text, cands);
  cands = mergeEquivalents(text, cands);
  cands = addElided(text, cands);
  return cands.map((c) => toMention(text, 'money', NAME, c));
}

/** Memoized scan: the count recognizer asks for the money spans of the same text. */
export const scanMoney = memoLast(scan);

export const moneyRecognizer: Recognizer = {
  name: NAME,
  kinds: ['money'],
  find(text) {
    return scanMoney.take(text);
  },
};

export const recognizers: Recognizer[] = [moneyRecognizer];

export interface ParsedMoney {
  amount: number;
  currency: string;
  approx?: string;
  equivalent?: { amount: number; currency: string };
}

/** Parses the first amount of money in `text` ("over $1 billion", "100 trillion-won (US$73 billion)"). */
export function parseMoney(text: string): ParsedMoney | null {
  const m = scan(text)[0];
  if (!m || m.value.kind !== 'money') return null;
  const out: ParsedMoney = { amount: m.value.amount, currency: m.value.currency };
  if (typeof m.qualifiers.approx === 'string') out.approx = m.qualifiers.approx;
  const eq = m.qualifiers.equivalent as ParsedMoney['equivalent'] | undefined;
  if (eq) out.equivalent = { ...eq };
  return out;
}
