// The rank recognizer: runs the parsers of rules.ts, then
//  - "the largest … outside (of) the United States": one more than stated per excluded entity
//    (rank 2, qualifiers.excluding "the United States", qualifiers.statedAs 1), span to the name;
//  - "second-largest …, following the United States": qualifiers.after "United States";
//  - "third out of 10", "fifth of 12": value.of 10 / 12, span extended.
import type { Mention, Recognizer } from '../types.js';
import { type Candidate, memoLast, resolveOverlaps, runParsers, toMention } from '../numeric-shared/engine.js';
import { SMALL_WORD, parseSmallCardinal } from '../numeric-shared/grammar.js';
import { parsers } from './rules.js';

const NAME = 'rank';

const NAME_WORD = String.raw`(?:U\.S\.|U\.K\.|U\.A\.E\.|[A-Z][\w&'’-]*)`;
/** "… outside of the United States", "excluding China and Japan" after a superlative, same clause. */
const EXCLUDING = new RegExp(
  String.raw`[^.!?;:,()\n"“”]{0,100}?\b(?:outside(?:\s+of)?|excluding|except(?:\s+for)?|other\s+than|apart\s+from|aside\s+from|besides)\s+((?:the\s+)?${NAME_WORD}(?:[ \t]+(?:${NAME_WORD}|of|and|the)){0,6})`,
  'y',
);
/** "…, following the United States", "-- following Tokyo and Singapore", "second only to China". */
const AFTER = new RegExp(
  String.raw`[^.!?;:()\n"“”]{0,80}?\b(?:following|after|behind|trailing|only\s+to)\s+((?:the\s+)?${NAME_WORD}(?:[ \t]+(?:${NAME_WORD}|and|of|the)){0,6})`,
  'y',
);
const OF_TOTAL = new RegExp(`\\s+(?:out\\s+of|of|among)\\s+(\\d{1,4}|${SMALL_WORD})\\b(?!\\s?%|\\s*per\\s*cent|\\s*percent|[\\s-]+(?:million|billion|thousand))`, 'iy');

const EXCLUDING_HINT = /outside|excluding|except|other\s+than|apart\s+from|aside\s+from|besides/i;
const AFTER_HINT = /following|after|behind|trailing|only\s+to/i;

function trimName(name: string): string {
  return name.replace(/(?:\s+(?:of|and|the))+$/, '');
}

function rankOf(c: Candidate): number {
  return (c.value as { rank: number }).rank;
}

function attachContext(text: string, c: Candidate): void {
  const stated = rankOf(c);
  const isSuperlative = typeof c.qualifiers.superlative === 'string' && c.qualifiers.superlative !== 'top';
  if (isSuperlative && EXCLUDING_HINT.test(text.slice(c.end, c.end + 130))) {
    EXCLUDING.lastIndex = c.end;
    const m = EXCLUDING.exec(text);
    if (m) {
      const name = trimName(m[1]!);
      const items = name.split(/\s*,\s*|\s+and\s+/).filter((s) => s.length > 0).length;
      const nameEnd = c.end + m[0].length - (m[1]!.length - name.length);
      c.value = { kind: 'rank', rank: stated + items };
      c.qualifiers.excluding = name;
      c.qualifiers.statedAs = stated;
      c.end = nameEnd;
      return;
    }
  }
  if (c.parser !== 'top' && c.parser !== 'number') {
    OF_TOTAL.lastIndex = c.end;
    const of = OF_TOTAL.exec(text);
    if (of) {
      const total = parseSmallCardinal(of[1]!);
      if (total !== null && total >= stated) {
        c.value = { kind: 'rank', rank: stated, of: total };
        c.end += of[0].length;
      }
    }
  }
  if (stated >= 2 && c.parser !== 'top' && c.parser !== 'number' && AFTER_HINT.test(text.slice(c.end, c.end + 110))) {
    AFTER.lastIndex = c.end;
    const m = AFTER.exec(text);
    if (m) c.qualifiers.after = trimName(m[1]!).replace(/^the\s+/, '');
  }
}

function scan(text: string): Mention[] {
  const cands = resolveOverlaps(runParsers(parsers, text));
  for (const c of cands) attachContext(text, c);
  // an extended span may now reach over the next rank ("the largest … outside Japan's top 3")
  return resolveOverlaps(cands).map((c) => toMention(text, 'rank', NAME, c));
}

export const scanRank = memoLast(scan);

export const rankRecognizer: Recognizer = {
  name: NAME,
  kinds: ['rank'],
  find(text) {
    return scanRank.take(text);
  },
};

export const recognizers: Recognizer[] = [rankRecognizer];
