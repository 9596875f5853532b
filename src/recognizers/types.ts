// What every recognizer returns: a typed value and the exact span it came from.
import type { Time, Value } from '../schema.js';

export type MentionKind =
  | 'count' | 'money' | 'percent' | 'multiplier' | 'rank' | 'time'
  | 'org' | 'person' | 'place' | 'product';

export interface Mention {
  kind: MentionKind;
  /** Offsets into the text given to `find` (UTF-16, end exclusive). `text === input.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  /** The typed value (count/money/percent/multiplier/rank/entity). For kind 'time', a `text` value of the span. */
  value: Value;
  /** Resolved time, for kind 'time' only. */
  time?: Time;
  /** approx, equivalent, points, forecast, bound, of… (see ../../shared/FACTS.md) */
  qualifiers: Record<string, unknown>;
  /** Name of the recognizer that found it. */
  source: string;
}

export interface RecognizeContext {
  /** The document's reference date (YYYY-MM-DD) or null: without it no year is invented. */
  refDate: string | null;
}

export interface Recognizer {
  name: string;
  kinds: MentionKind[];
  /** Finds every value in `text`. Must not throw and must run in linear time. */
  find(text: string, ctx: RecognizeContext): Mention[];
}

/** One corpus example: input text and what must be recognized in it. */
export interface CorpusExample {
  text: string;
  /** Expected mention (partial match on fields), or null when nothing of this kind may be found. */
  expect: Partial<Omit<Mention, 'value' | 'time'>> & { value?: Partial<Value> & Record<string, unknown>; time?: Partial<Time> } | null;
  refDate?: string | null;
  /** Where the example came from: 'seed' for seed sentences, else 'own'. */
  origin?: 'seed' | 'own';
}
