// The count recognizer: runs the parsers of rules.ts, completes ranges ("from 124 to 155 million"),
// drops numbers that another numeric recognizer owns (money, percent, multiplier, rank) and
// attaches hedges ("more than 1.25 million", "10,000+").
import type { Mention, Recognizer } from '../types.js';
import {
  type Candidate, memoLast, overlapsAny, resolveOverlaps, runParsers, toMention, unionSpans,
} from '../numeric-shared/engine.js';
import { DIGITS, SCALE_AFTER, decimalShift, scaleExp } from '../numeric-shared/grammar.js';
import { hedgeAfter, hedgeBefore, isPeriodHedge, lowerBoundVerbBefore } from '../numeric-shared/hedge.js';
import { scanMoney } from '../money/index.js';
import { scanPercent } from '../percent/index.js';
import { scanMultiplier } from '../multiplier/index.js';
import { scanRank } from '../rank/index.js';
import { parsers } from './rules.js';

const NAME = 'number';

/** "124 to 155 million", "5-7 million", "between 3 and 4 billion": the second number and its scale. */
const RANGE_FORWARD = new RegExp(`\\s*(?:-|–|—|to|and|or)\\s*(${DIGITS})(${SCALE_AFTER})`, 'iy');

function numberOf(c: Candidate): number {
  return (c.value as { number: number }).number;
}

function completeRanges(text: string, cands: Candidate[]): void {
  for (const a of cands) {
    const meta = a.meta;
    if (!meta?.raw || meta.exp !== 0 || meta.unit === 'words') continue;
    RANGE_FORWARD.lastIndex = a.end;
    const m = RANGE_FORWARD.exec(text);
    if (!m) continue;
    const exp = scaleExp(m[2]);
    if (exp > 0 && Number(meta.raw) <= Number(m[1]!.replace(/,/g, ''))) {
      a.value = { kind: 'count', number: decimalShift(meta.raw, exp) };
      meta.exp = exp;
    }
  }
}

function addHedges(text: string, cands: Candidate[]): void {
  let prevEnd = 0;
  for (const c of cands) {
    const h = hedgeBefore(text, c.start);
    if (h && h.start >= prevEnd && !isPeriodHedge(text, h.start, c.end)) {
      c.qualifiers.approx = h.approx;
      c.start = h.start;
    } else {
      const after = hedgeAfter(text, c.end);
      if (after) {
        c.qualifiers.approx = after.approx;
        c.end = after.end;
      } else if (numberOf(c) >= 1000 && lowerBoundVerbBefore(text, c.start)) {
        c.qualifiers.approx = 'more_than';
      }
    }
    prevEnd = c.end;
  }
}

function scan(text: string): Mention[] {
  let cands = resolveOverlaps(runParsers(parsers, text));
  if (cands.length === 0) return [];
  const owned = unionSpans([...scanMoney(text), ...scanPercent(text), ...scanMultiplier(text), ...scanRank(text)]);
  if (owned.length) cands = cands.filter((c) => !overlapsAny(owned, c.start, c.end));
  completeRanges(text, cands);
  addHedges(text, cands);
  return cands.map((c) => toMention(text, 'count', NAME, c));
}

export const scanCount = memoLast(scan);

export const numberRecognizer: Recognizer = {
  name: NAME,
  kinds: ['count'],
  find(text) {
    return scanCount.take(text);
  },
};

export const recognizers: Recognizer[] = [numberRecognizer];
