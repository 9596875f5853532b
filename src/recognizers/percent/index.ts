// The percent recognizer: runs the parsers of rules.ts, then completes ranges ("5-7%", "between 5
// and 7 percent"), records the basis of a change ("11% year-over-year") and attaches hedges.
import type { Mention, Recognizer } from '../types.js';
import {
  type Candidate, memoLast, resolveOverlaps, runParsers, toMention,
} from '../numeric-shared/engine.js';
import { DIGITS } from '../numeric-shared/grammar.js';
import { hedgeAfter, hedgeBefore, lowerBoundVerbBefore } from '../numeric-shared/hedge.js';
import { isYearLike } from '../numeric-shared/context.js';
import { parsers } from './rules.js';

const NAME = 'percent';

/** The first number of a range whose second number carries the percent sign. */
const RANGE_BACKWARD = new RegExp(`(?<![\\w.:/$€£¥₩₹%]|\\d,)([-−]?)(${DIGITS})\\s*(?:-|–|—|to|and)\\s*$`, 'i');

const BASIS = /,?\s*\(?(?:on\s+(?:a|an)\s+)?(?:(year[\s-](?:over|on)[\s-]year|yoy|y\/y|on[\s-]year|from\s+a\s+year\s+(?:earlier|ago|before))|(quarter[\s-](?:over|on)[\s-]quarter|qoq|q\/q|on[\s-]quarter|sequentially|from\s+the\s+previous\s+quarter)|(month[\s-](?:over|on)[\s-]month|mom|m\/m|on[\s-]month))(?![\w])/iy;

function addRanges(text: string, cands: Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  for (const b of cands) {
    if (!b.meta?.raw) continue;
    const from = Math.max(0, b.start - 32);
    const m = RANGE_BACKWARD.exec(text.slice(from, b.start));
    if (!m || isYearLike(m[2]!)) continue;
    const n = Number(m[2]!.replace(/,/g, '')) * (m[1] ? -1 : 1);
    const start = from + m.index;
    const q: Record<string, unknown> = {};
    if (b.qualifiers.points) q.points = true;
    extra.push({
      start, end: start + m[1]!.length + m[2]!.length, value: { kind: 'percent', number: n },
      qualifiers: q, parser: 'range',
    });
  }
  return extra.length ? resolveOverlaps(cands.concat(extra)) : cands;
}

function addBasis(text: string, cands: Candidate[]): void {
  for (const c of cands) {
    BASIS.lastIndex = c.end;
    const m = BASIS.exec(text);
    if (!m) continue;
    c.qualifiers.basis = m[1] ? 'year-over-year' : m[2] ? 'quarter-over-quarter' : 'month-over-month';
  }
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
      if (after && after.approx !== 'more_than') {
        c.qualifiers.approx = after.approx;
        c.end = after.end;
      } else if (lowerBoundVerbBefore(text, c.start)) {
        c.qualifiers.approx = 'more_than';
      }
    }
    prevEnd = c.end;
  }
}

function scan(text: string): Mention[] {
  let cands = resolveOverlaps(runParsers(parsers, text));
  if (cands.length === 0) return [];
  cands = addRanges(text, cands);
  addBasis(text, cands);
  addHedges(text, cands);
  return cands.map((c) => toMention(text, 'percent', NAME, c));
}

export const scanPercent = memoLast(scan);

export const percentRecognizer: Recognizer = {
  name: NAME,
  kinds: ['percent'],
  find(text) {
    return scanPercent.take(text);
  },
};

export const recognizers: Recognizer[] = [percentRecognizer];
