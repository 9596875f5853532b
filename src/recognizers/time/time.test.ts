import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Time } from '../../schema.js';
import type { Mention } from '../types.js';
import { corpus } from './corpus.js';
import { inferRefDate, recognizers } from './index.js';

const find = (text: string, refDate: string | null = null): Mention[] =>
  recognizers.flatMap((r) => r.find(text, { refDate }));

/** Every field of `expected` (recursively) equals the one of `actual`. */
function matches(actual: unknown, expected: unknown): boolean {
  if (expected === null || typeof expected !== 'object') return Object.is(actual, expected);
  if (actual === null || typeof actual !== 'object') return false;
  return Object.entries(expected as Record<string, unknown>).every(
    ([k, v]) => v === undefined || matches((actual as Record<string, unknown>)[k], v),
  );
}

/** Spans are exact, ordered, disjoint, and every time fits the schema. */
function checkMentions(text: string, ms: Mention[]): void {
  let last = 0;
  for (const m of ms) {
    expect(m.kind).toBe('time');
    expect(m.text).toBe(text.slice(m.start, m.end));
    expect(m.value).toEqual({ kind: 'text', text: m.text });
    expect(m.start).toBeGreaterThanOrEqual(last);
    expect(m.end).toBeGreaterThan(m.start);
    last = m.end;
    expect(m.time?.text).toBe(m.text);
    expect(Time.safeParse(m.time).success, JSON.stringify(m.time)).toBe(true);
  }
}

const show = (ms: Mention[]): string =>
  JSON.stringify(ms.map((m) => ({ text: m.text, time: m.time, qualifiers: m.qualifiers, source: m.source })));

describe('time corpus', () => {
  it('is large enough, mostly our own, with negatives', () => {
    const seeds = corpus.filter((e) => e.origin === 'seed').length;
    const own = corpus.filter((e) => e.origin !== 'seed').length;
    expect(corpus.length).toBeGreaterThanOrEqual(120);
    expect(own).toBeGreaterThanOrEqual(3 * seeds);
    expect(corpus.filter((e) => e.expect === null).length).toBeGreaterThanOrEqual(20);
  });

  it.each(corpus.map((e, i) => [i, e.text.length > 70 ? `${e.text.slice(0, 67)}…` : e.text, e] as const))(
    '#%i %s',
    (_i, _title, ex) => {
      const refDate = ex.refDate ?? null;
      const ms = find(ex.text, refDate);
      checkMentions(ex.text, ms);
      if (ex.expect === null) {
        expect(ms, show(ms)).toEqual([]);
        return;
      }
      expect(ms.some((m) => matches(m, ex.expect)), `expected ${JSON.stringify(ex.expect)} among ${show(ms)}`).toBe(true);
    },
  );
});

describe('seed articles', () => {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '../../../seeds');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  it.each(files)('%s: exact, disjoint spans; no year invented without a date', (f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    const refDate = /^\s*date (\d{4}-\d{2}-\d{2})/.exec(text)?.[1] ?? null;
    const ms = find(text, refDate);
    checkMentions(text, ms);
    expect(ms.length).toBeGreaterThan(0);
    if (refDate === null) {
      // Only expressions that carry their own year may resolve
      for (const m of ms) if (m.time?.start) expect(m.text, m.text).toMatch(/\d{4}|'\d\d/);
    }
  });

  it('gives the gold dates of the seeds', () => {
    const starts = (f: string, ref: string | null): (string | null | undefined)[] =>
      find(readFileSync(join(dir, f), 'utf8'), ref).map((m) => m.time?.start);
    const s000 = starts('000_4e34b570ebf6670e.txt', '2025-04-02');
    for (const d of ['2025-03-27', '2025-03-10', '2025-03-25', '2025-03-31', '2024-10']) expect(s000).toContain(d);
    const s003 = starts('003_cccac4c44d5e8202.txt', null);
    for (const d of ['2024', '2033']) expect(s003).toContain(d);
  });
});

describe('reference date', () => {
  it('never invents a year without one', () => {
    for (const t of ['on March 27', 'last year', 'in July', 'on Thursday', 'yesterday', 'Q3', 'the first half', 'on the 10th']) {
      for (const m of find(t, null)) expect(m.time?.start, t).toBeNull();
    }
  });
  it('ignores a malformed one', () => {
    expect(find('last year', '2025-02-30')[0]?.time?.start).toBeNull();
    expect(find('last year', 'yesterday')[0]?.time?.start).toBeNull();
  });
  it('can be inferred from the latest complete date of the text', () => {
    expect(inferRefDate('Posted March 3, 2025. The event of Feb. 27, 2025 and March 27 drew crowds; it will return by 2033.')).toBe(
      '2025-03-03',
    );
    expect(inferRefDate('Nothing dated here, only March 27.')).toBeNull();
  });
});

describe('performance', () => {
  const MB = 1 << 20;
  const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  const cases: [string, string][] = [
    ['digits', fill('1234567890')],
    ['March March', fill('March ')],
    ['2025-2025-', fill('2025-')],
    ['long white space', `March${' '.repeat(MB)}27`],
    ['the 10th', fill('on the 10th ')],
    ['ordinals', fill('first second third fourth ')],
    ['dates', fill('in 2025 ')],
    ['mixed', fill('Q3 2025 the same period last year, March 27, 2025 07:57; last Thursday ')],
  ];
  it.each(cases)('1 MB of %s in linear time (a generous cap against catastrophic backtracking)', (_name, text) => {
    const t0 = performance.now();
    const ms = find(text, '2025-04-02');
    const dt = performance.now() - t0;
    expect(ms.length).toBeGreaterThanOrEqual(0);
    expect(dt).toBeLessThan(10_000);
  });

  it('never throws and keeps spans exact on random date-like text', () => {
    const token = fc.constantFrom(
      'March', 'May', 'may', 'Jul.', 'Sept.', '27', '10th', 'the', 'on', 'in', 'by', '2025', '2025-03-27', '-', ',', '.',
      'Q3', 'H1', '3Q25', 'first', 'half', 'quarter', 'of', 'last', 'this', 'next', 'year', 'month', 'same', 'period',
      'a', 'ago', 'earlier', 'Thursday', 'will', 'said', 'fiscal', 'FY25', '07:57', '(Thu)', 'recent', 'years', ' ', '\n',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), fc.constantFrom(null, '2025-04-02', '2024-02-29'), (tokens, ref) => {
        const text = tokens.join(' ');
        checkMentions(text, find(text, ref));
      }),
      { numRuns: 300 },
    );
  });
});
