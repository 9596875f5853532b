// Property tests over arbitrary text: no recognizer throws, every span lies inside the input and is
// the input's own text, and pathological inputs run in linear time (a generous cap, not a benchmark).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, globMatch, typeFilter } from '../src/pipeline.js';
import { makeDocument } from '../src/document/index.js';
import { defaultRecognizers } from '../src/recognizers/index.js';
import { linkNames } from '../src/recognizers/names/index.js';
import type { Mention } from '../src/recognizers/types.js';
import { linkOrgs } from '../src/refine/link-orgs.js';

const recognizers = defaultRecognizers();

/** Text made of the pieces that trouble number, money and name parsers. */
const tricky = fc
  .array(
    fc.oneof(
      fc.constantFrom('$', '€', '¥', '₩', '£', 'US$', 'KRW ', ',', '.', ' ', '-', '%', '(', ')', '“', '”', '"', "'s", '\n'),
      fc.constantFrom('million', 'billion', 'trillion-won', 'crore', 'percent', 'times', 'third', '12th', 'top', 'No.', 'March', 'last year', 'by 2033'),
      fc.constantFrom('Acme', 'Kakao Corp.', 'SK Telecom', 'Jason Kwon', 'Inc.', 'CEO', 'President', 'Seoul', 'Korean', 'OpenAI'),
      fc.integer({ min: 0, max: 10_000_000 }).map(String),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

function checkSpans(text: string): void {
  for (const r of recognizers) {
    for (const m of r.find(text, { refDate: '2025-04-02' })) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(m.start).toBeLessThan(m.end);
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  }
}

describe('recognizers on arbitrary input', () => {
  it('never throw, and every span is the input’s own text (any string)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), checkSpans), { numRuns: 300 });
  });
  it('never throw on mixes of digits, separators, currency signs and capitalised words', () => {
    fc.assert(fc.property(tricky, checkSpans), { numRuns: 400 });
  });
  it('the whole pipeline gives facts whose evidence is the input’s own text', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        for (const f of extract(text, { date: '2025-04-02', mentions: true })) expect(text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
      }),
      { numRuns: 150 },
    );
  });
});

describe('pathological input runs in linear time', () => {
  const MB = 1_000_000;
  const cases: [string, string][] = [
    ['a long digit run', '9'.repeat(MB)],
    ['digits and commas', '1,'.repeat(MB / 2)],
    ['a thousand dollar signs, repeated', ('$'.repeat(1000) + ' 5 ').repeat(MB / 1003)],
    ['capitalised words', 'Alpha Beta Gamma Delta '.repeat(MB / 23)],
    ['names and suffixes', 'Acme Inc. Beta Corp. Gamma Co., Ltd. '.repeat(MB / 37)],
    ['scale words', 'million billion trillion '.repeat(MB / 25)],
    ['unclosed quotations', '“He said '.repeat(MB / 10)],
  ];
  it.each(cases)('%s (1 MB)', (_name, text) => {
    const t0 = performance.now();
    for (const r of recognizers) r.find(text, { refDate: '2025-04-02' });
    // Generous: catastrophic backtracking takes minutes, linear work a fraction of this.
    expect(performance.now() - t0).toBeLessThan(20_000);
  });
  it('the whole pipeline on 60,000 short paragraphs without a full stop or quotation mark', () => {
    // Each paragraph once searched on to the next mark in the document: quadratic (a minute here).
    const big = Array.from({ length: 60_000 }, (_, i) => `Item ${i} in plain words`).join('\n\n');
    const t0 = performance.now();
    extract(big, { date: '2025-04-02' });
    expect(performance.now() - t0).toBeLessThan(20_000);
  });
  // Shapes of archive pages that once cost the square of their size, each now linear: made-up names so that
  // every one is distinct.
  const made = (i: number) => {
    const syl = ['ka', 'lo', 'mi', 'ren', 'tor', 'vex', 'zan', 'qui', 'bel', 'dor', 'fen', 'gra', 'hol'];
    let w = '';
    for (let x = i + syl.length; x > 0; x = Math.floor(x / syl.length)) w += syl[x % syl.length];
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const org = (start: number, name: string): Mention => ({ kind: 'org', start, end: start + name.length, text: name, value: { kind: 'entity', name, entityType: 'org' }, qualifiers: {}, source: 'test' });
  const person = (start: number, name: string): Mention => ({ kind: 'person', start, end: start + name.length, text: name, value: { kind: 'entity', name, entityType: 'person' }, qualifiers: {}, source: 'test' });
  it('short forms of 20,000 organisations named in full ("X Labs" … "X")', () => {
    let text = '';
    const ms: Mention[] = [];
    for (let i = 0; i < 20_000; i++) {
      ms.push(org(text.length, `${made(i)} Labs`));
      text += `${made(i)} Labs signed a deal. `;
    }
    const t0 = performance.now();
    linkOrgs(text, ms);
    // A search of the whole text for each short form took about 5 s.
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
  it('20,000 full names and 20,000 bare names that are none of theirs', () => {
    let text = '';
    const ms: Mention[] = [];
    for (let i = 0; i < 20_000; i++) {
      ms.push(person(text.length, `Jane ${made(i)}`));
      text += `Jane ${made(i)} joined. Mr. `;
      ms.push(person(text.length, made(i + 50_000)));
      text += `${made(i + 50_000)} spoke. `;
    }
    const t0 = performance.now();
    linkNames(ms);
    // A scan of every full name for each bare one took about 10 s.
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
  it('one paragraph of 4,000 "He met X." sentences, each with a quotation "he said"', () => {
    const first = ['James', 'Mary', 'John', 'Linda', 'Robert', 'Susan'];
    const text = 'Jane Roe is the CEO. ' + Array.from({ length: 4_000 }, (_, i) => `He met ${first[i % first.length]} ${made(i)}. "We will grow ${i} fast and hire many people," he said.`).join(' ');
    const t0 = performance.now();
    extract(text, { date: '2025-04-02' });
    // Walking back over every earlier sentence for each quotation took about 15 s (cubic).
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
  it('12.8 million characters without a space or full stop (CJK)', () => {
    const text = '三星电子今天宣布'.repeat(1_600_000);
    const t0 = performance.now();
    makeDocument('cjk.txt', text);
    // Each cut of a too-long sentence searched back to the document's start for a space: about 15 s.
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
  it('a dotted token of 80,000 characters ("a.a.a.…")', () => {
    const t0 = performance.now();
    makeDocument('dots.txt', `See ${'a.'.repeat(40_000)}b now.`);
    // Each dot read the token back to its start to see whether it ended an abbreviation: about 26 s.
    expect(performance.now() - t0).toBeLessThan(3_000);
  });
  it('80 sentences of 55 dated figures each ("Acme raised $5M in 2003; …")', () => {
    const sentence = (o: number) => Array.from({ length: 55 }, (_, i) => `Acme raised $${((o + i) % 90) + 1}M in ${2000 + ((o + i) % 25)}`).join('; ') + '.';
    const text = Array.from({ length: 80 }, (_, j) => sentence(j * 55)).join(' ');
    const t0 = performance.now();
    extract(text, { date: '2025-04-02' });
    // The commas between each figure, date and rival figure were counted by a search each: about 5.4 s.
    expect(performance.now() - t0).toBeLessThan(2_500);
  });
  it('4 MB of amounts, office ranks and figures pointing back, each step linear (a generous cap)', () => {
    // Each amount once searched the rest of the text for a bare figure, and each year-on-year figure
    // every other fact: seconds per megabyte, growing with its square.
    const text = 'Revenue was $5 billion in 2024 from the sale of things, a 5% year-on-year increase from $4 billion. This represents a 5% increase from $4 billion. The new office will be the firm’s 3rd worldwide. ';
    const big = text.repeat(Math.ceil((4 * MB) / text.length));
    const t0 = performance.now();
    extract(big, { date: '2025-04-02' });
    // About 3 s here; 25 s or more with either step quadratic.
    expect(performance.now() - t0).toBeLessThan(15_000);
  });
  it('the whole pipeline on a 1 MB run-on text', () => {
    const text = 'Acme raised $5 million from Beta Capital and Gamma Ventures, and its valuation hit $1 billion, CEO Jane Roe said, ';
    const big = text.repeat(Math.ceil(MB / text.length));
    const t0 = performance.now();
    extract(big, { date: '2025-04-02' });
    expect(performance.now() - t0).toBeLessThan(60_000);
  });
});

describe('--type patterns', () => {
  const oldRegex = (p: string) => new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  it('match as the regular expression they replaced', () => {
    const text = (chars: string[], max: number) => fc.array(fc.constantFrom(...chars), { maxLength: max }).map((a) => a.join(''));
    fc.assert(
      fc.property(text(['a', 'b', '.', '*'], 8), text(['a', 'b', '.'], 10), (p, s) => {
        expect(globMatch(p, s)).toBe(oldRegex(p).test(s));
      }),
      { numRuns: 3000 },
    );
  });
  it('take time in proportion to their length, however many stars', () => {
    const keep = typeFilter(['*'.repeat(40) + 'x', 'users.*.*.*.*.*.*.*.*.*.*.*.*.*.*z']);
    const t0 = performance.now();
    expect(keep('users.daily_active.mention.quote.valuation')).toBe(false);
    expect(typeFilter(['users.*', '*.daily_*'])('users.daily_active')).toBe(true);
    // Generous: 16 stars took 18 s as a regular expression.
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
