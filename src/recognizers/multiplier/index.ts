// The multiplier recognizer: runs the parsers of rules.ts and attaches hedges
// ("nearly doubled" → factor 2, approx nearly; "more than tripled" → 3, more_than).
import type { Mention, Recognizer } from '../types.js';
import { memoLast, resolveOverlaps, runParsers, toMention } from '../numeric-shared/engine.js';
import { hedgeBefore } from '../numeric-shared/hedge.js';
import { parsers } from './rules.js';

const NAME = 'multiplier';

/** Words that hedge a number but not a verb: "worried about doubling", "some doubled". */
const NOT_VERB_HEDGE = /^(?:about|some|over|under|above|below|around|up\s+to|estimated|an\s+estimated|[<>~≈])/i;

function scan(text: string): Mention[] {
  const cands = resolveOverlaps(runParsers(parsers, text));
  let prevEnd = 0;
  for (const c of cands) {
    const h = hedgeBefore(text, c.start);
    if (h && h.start >= prevEnd && !(c.parser === 'verb' && NOT_VERB_HEDGE.test(text.slice(h.start, c.start)))) {
      c.qualifiers.approx = h.approx;
      c.start = h.start;
    }
    prevEnd = c.end;
  }
  return cands.map((c) => toMention(text, 'multiplier', NAME, c));
}

export const scanMultiplier = memoLast(scan);

export const multiplierRecognizer: Recognizer = {
  name: NAME,
  kinds: ['multiplier'],
  find(text) {
    return scanMultiplier.take(text);
  },
};

export const recognizers: Recognizer[] = [multiplierRecognizer];
