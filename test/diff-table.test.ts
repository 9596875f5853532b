// The tables of `extract diff` are drawn in parts (cli-table3's layout costs the square of its rows) that
// join into what one table would have drawn, spanning cells included.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareMany, comparePair } from '../src/diff/compare.js';
import { renderManyTable, renderPairTable, type ManyReport, type PairReport } from '../src/diff/render.js';
import { extract } from '../src/pipeline.js';
import { originalPad, originalStrlen, originalTruncate } from '../src/report/table-speed.js';
import utils from 'cli-table3/src/utils.js';
import type { Fact } from '../src/schema.js';
import { ROOT } from './helpers.js';

describe('the tables of diff', () => {
  // Each seed as a source, and a copy of each with its counts doubled: conflicts of two value groups,
  // whose first cells span two rows (a part never splits them).
  const perSeed = readdirSync(join(ROOT, 'seeds')).sort().map((f) => ({ file: f, facts: extract(readFileSync(join(ROOT, 'seeds', f), 'utf8'), { date: '2025-04-02', file: f }) }));
  const doubled = (fs: Fact[]): Fact[] => fs.map((f) => (f.value.kind === 'count' ? { ...f, value: { ...f.value, number: f.value.number * 2 } } : f));
  const many: ManyReport = {
    mode: 'many',
    sources: [...perSeed.map((s) => s.file), 'copy.txt'],
    rows: compareMany([...perSeed.flatMap((s) => s.facts.map((fact) => ({ fact, source: s.file }))), ...doubled(perSeed.flatMap((s) => s.facts)).map((fact) => ({ fact, source: 'copy.txt' }))]),
  };
  const a = perSeed.slice(0, 3).flatMap((s) => s.facts);
  const b = doubled(perSeed.slice(1).flatMap((s) => s.facts));
  const pair: PairReport = { mode: 'pair', a: 'A', b: 'B', byDocument: false, rows: comparePair(a, b), documentsOnlyInA: [], documentsOnlyInB: [] };
  const statuses = new Set(['changed', 'only_in_a', 'only_in_b', 'same', 'agree', 'conflict', 'single'] as const);

  it('have long tables and spanning cells here', () => {
    expect(many.rows.filter((r) => r.status === 'conflict' && r.groups.length > 1).length).toBeGreaterThanOrEqual(3);
    expect(pair.rows.filter((r) => r.status === 'changed').length).toBeGreaterThanOrEqual(3);
  });
  for (const color of [false, true]) {
    it(`drawn in parts are what one table draws${color ? ', in colour' : ''}`, () => {
      const wholeMany = renderManyTable(many, { color, rowsPerTable: 100_000 }, statuses as never);
      const wholePair = renderPairTable(pair, { color, rowsPerTable: 100_000 }, statuses as never);
      for (const per of [1, 3, 20]) {
        expect(renderManyTable(many, { color, rowsPerTable: per }, statuses as never)).toBe(wholeMany);
        expect(renderPairTable(pair, { color, rowsPerTable: per }, statuses as never)).toBe(wholePair);
      }
    });
  }
  it('are drawn as cli-table3 draws them without the faster truncation, measuring and padding', () => {
    const fast = { truncate: utils.truncate, strlen: utils.strlen, pad: utils.pad };
    const drawn = () => [true, false].map((color) => renderManyTable(many, { color }, statuses as never) + renderPairTable(pair, { color }, statuses as never));
    const withFast = drawn();
    Object.assign(utils, { truncate: originalTruncate, strlen: originalStrlen, pad: originalPad });
    try {
      expect(drawn()).toEqual(withFast);
    } finally {
      Object.assign(utils, fast);
    }
    expect(fast.truncate).not.toBe(originalTruncate);
    expect(fast.strlen).not.toBe(originalStrlen);
    expect(fast.pad).not.toBe(originalPad);
  });
  it('measure and pad plain text as cli-table3 does', () => {
    for (const s of ['', 'abc', 'a\nlonger line', '  spaced  ', 'Café', '€2.1 billion — “quoted” → next │', 'Ü\u0308', 'soft\u00adhyphen', 'zero\u200bwidth', '日本', '😀 emoji', '\u001b[31mred\u001b[39m']) {
      expect(utils.strlen(s)).toBe(originalStrlen(s));
      for (const dir of ['left', 'right', 'center']) for (const len of [0, 2, 5, 12]) expect(utils.pad(s, len, ' ', dir)).toBe(originalPad(s, len, ' ', dir));
      // (text of several lines is cut without measuring, on purpose: see table-speed.ts)
      if (!s.includes('\n')) for (const len of [0, 1, 3, 40]) for (const mark of [undefined, '~', '...']) expect(utils.truncate(s, len, mark)).toBe(originalTruncate(s, len, mark));
    }
  });
  it('take time in proportion to their rows', () => {
    const big = Array.from({ length: 4_000 }, (_, i) => ({ ...a[i % a.length]!, subject: `Company ${i}` }));
    const report: PairReport = { ...pair, rows: comparePair(big, big) };
    const t0 = performance.now();
    const out = renderPairTable(report, { color: false }, statuses as never);
    expect(out).toContain('4000 same');
    // Generous: one table of these rows took 174 s (cli-table3 measured each cell's whole text again for
    // every character it cut from it), in parts 26 s.
    expect(performance.now() - t0).toBeLessThan(8_000);
  });
  it('show a sample of a fact stated thousands of times, and say how many more', () => {
    const f = a.find((x) => x.type === 'valuation')!;
    const side = Array.from({ length: 3_000 }, (_, i) => ({ ...f, evidence: { ...f.evidence, file: `f${i}.txt` } }));
    const t0 = performance.now();
    const out = renderPairTable({ ...pair, rows: comparePair(side, side) }, { color: false }, statuses as never);
    expect(out.match(/… 2,992 more/g)).toHaveLength(4);
    expect(out).toContain('f7.txt');
    expect(out).not.toContain('f8.txt');
    // Generous: the cells of all 3,000 facts never finished in 90 s.
    expect(performance.now() - t0).toBeLessThan(5_000);
    const sources = compareMany(side.map((fact, i) => ({ fact, source: `f${i}.txt` })));
    const drawn = renderManyTable({ mode: 'many', sources: side.map((_, i) => `f${i}.txt`), rows: sources }, { color: false }, statuses as never);
    expect(drawn).toMatch(/…[\s│]*2,970 more/);
    expect(drawn.split('\n')[0]).toMatch(/^3000 sources: f0\.txt, .*f29\.txt, … 2,970 more$/);
  });
  it('show the start of a very long value', () => {
    const q = a.find((x) => x.type === 'quote' && x.value.kind === 'text')!;
    const long = (text: string): Fact => ({ ...q, value: { kind: 'text', text } });
    const t0 = performance.now();
    const out = renderPairTable({ ...pair, rows: comparePair([long(`Über ${'word '.repeat(8_000)}`)], [long(`Über ${'word '.repeat(8_000)}!`)]) }, { color: false }, statuses as never);
    expect(out.length).toBeLessThan(20_000);
    expect(out).toContain('Über word word');
    // Generous: cli-table3 cut the 40,000 characters one at a time, measuring the rest each time: 5 s at 32,000.
    expect(performance.now() - t0).toBeLessThan(3_000);
  });
});
