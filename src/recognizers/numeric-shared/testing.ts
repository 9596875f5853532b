// Helpers for the numeric recognizers' corpus tests (kept free of vitest so that tsc checks them
// like any other module).
import { describe, expect, it } from 'vitest';
import type { CorpusExample, Mention, MentionKind, Recognizer } from '../types.js';

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Equal, with `null` expected meaning "absent or null" (so `approx: null` checks "no hedge"). */
function fieldMatches(actual: unknown, expected: unknown): boolean {
  if (expected === null) return actual === null || actual === undefined;
  return deepEqual(actual, expected);
}

/** Whether a mention has every field given in `expect` (value and qualifiers compared per key). */
export function matchesExpect(m: Mention, expect: NonNullable<CorpusExample['expect']>): boolean {
  for (const [key, want] of Object.entries(expect)) {
    if (want === undefined) continue;
    if (key === 'value' || key === 'qualifiers' || key === 'time') {
      const got = (m as unknown as Record<string, Record<string, unknown> | undefined>)[key] ?? {};
      for (const [k, v] of Object.entries(want as Record<string, unknown>)) {
        if (!fieldMatches(got[k], v)) return false;
      }
    } else if (!fieldMatches((m as unknown as Record<string, unknown>)[key], want)) {
      return false;
    }
  }
  return true;
}

function show(m: Mention): string {
  return `${JSON.stringify(m.text)} ${JSON.stringify(m.value)} ${JSON.stringify(m.qualifiers)}`;
}

/**
 * Runs one corpus example; returns null when it passes, else a message. Also checks that every
 * mention's `text` is the slice of the input between `start` and `end`.
 */
export function checkExample(recognizers: readonly Recognizer[], kinds: readonly MentionKind[], ex: CorpusExample): string | null {
  const ctx = { refDate: ex.refDate ?? null };
  const all = recognizers.flatMap((r) => r.find(ex.text, ctx));
  for (const m of all) {
    if (m.text !== ex.text.slice(m.start, m.end)) return `span mismatch: ${JSON.stringify(m.text)} at ${m.start}-${m.end}`;
  }
  const mentions = all.filter((m) => kinds.includes(m.kind));
  if (ex.expect === null) {
    return mentions.length === 0 ? null : `expected nothing, found ${mentions.map(show).join('; ')}`;
  }
  if (mentions.some((m) => matchesExpect(m, ex.expect!))) return null;
  return `expected ${JSON.stringify(ex.expect)}, found ${mentions.length ? mentions.map(show).join('; ') : 'nothing'}`;
}

/** Corpus-size rules: at least `min` examples, and at least three own examples per seed example. */
export function corpusShape(corpus: readonly CorpusExample[], min: number): string | null {
  const seed = corpus.filter((e) => e.origin === 'seed').length;
  const own = corpus.length - seed;
  if (corpus.length < min) return `only ${corpus.length} examples (need ${min})`;
  if (own < 3 * seed) return `${own} own examples for ${seed} seed examples (need 3x)`;
  if (!corpus.some((e) => e.expect === null)) return 'no negative example';
  return null;
}

const MB = 1 << 20;

function fill(unit: string, size = MB): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** 1 MB inputs made to trip backtracking regexes: long digit runs, separators, repeated keywords. */
export function pathologicalInputs(): Record<string, string> {
  return {
    digitRuns: fill('9'.repeat(200_000) + ' '),
    oneDigitRun: '1'.repeat(MB),
    commaOnes: fill('1,'),
    commaGroups: '1' + fill(',111'),
    dotOnes: fill('1.'),
    dollars: fill('$'),
    dollarRuns: fill('$$$$1,'),
    millions: fill('million '),
    digitMillions: '5 ' + fill('million '),
    twenty: fill('twenty-'),
    articles: fill('a '),
    largest: fill('the largest '),
    largestGap: fill('the largest x '),
    firsts: fill('the first '),
    ordinals: fill('1st 2nd 3rd '),
    percents: fill('%'),
    minusOnes: fill('-1'),
    won: fill('1 won '),
    spaces: ' '.repeat(MB),
    times: fill('3 times '),
    numbers: fill('No. '),
    tops: fill('top top '),
    doubled: fill('doubled '),
    outside: fill('largest outside the United States and '),
    most: fill('with the most '),
    hedges: fill('more than more than '),
    mixed: fill('more than 1,000 $5 billion 20% nearly doubled the second-largest top 10, 3.5bn won (US$7m) '),
  };
}

/**
 * The test suite of one numeric recognizer: the corpus's shape, every example, and linear time on
 * pathological input (a generous cap that catches catastrophic backtracking, not a benchmark).
 */
export function describeRecognizer(title: string, recognizers: readonly Recognizer[], kinds: readonly MentionKind[], corpus: readonly CorpusExample[], min: number): void {
  describe(title, () => {
    it(`has a corpus of ${min}+ examples, 3x more own than seed, with negatives`, () => {
      expect(corpusShape(corpus, min)).toBeNull();
    });
    it.each(corpus.map((ex, i) => [i, ex.text, ex] as const))('corpus #%i: %s', (_i, _text, ex) => {
      expect(checkExample(recognizers, kinds, ex)).toBeNull();
    });
    describe('runs in linear time on 1 MB of pathological input', () => {
      for (const [name, text] of Object.entries(pathologicalInputs())) {
        it(name, () => {
          const t0 = performance.now();
          for (const r of recognizers) r.find(text, { refDate: null });
          expect(performance.now() - t0).toBeLessThan(10_000);
        });
      }
    });
  });
}
