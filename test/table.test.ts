// The readable table of a long document is drawn in parts (cli-table3's layout costs the square of its
// rows) that join into what one table would have drawn.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline.js';
import { tableReporter } from '../src/report/table.js';
import type { DocumentResult } from '../src/schema.js';
import { ROOT } from './helpers.js';

// Every seed article as one document: about 90 facts.
const text = readdirSync(join(ROOT, 'seeds')).sort().map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8')).join('\n\n');
const doc: DocumentResult = { file: 'all-seeds.txt', date: '2025-04-02', title: null, facts: extract(text, { date: '2025-04-02', file: 'all-seeds.txt' }) };

describe('the table of a long document', () => {
  it('has at least a few parts here', () => {
    expect(doc.facts.length).toBeGreaterThan(50);
  });
  for (const color of [false, true]) {
    it(`drawn in parts is what one table draws${color ? ', in colour' : ''}`, () => {
      const whole = tableReporter({ color, rowsPerTable: 100_000 }).document(doc);
      for (const per of [1, 7, 40]) expect(tableReporter({ color, rowsPerTable: per }).document(doc)).toBe(whole);
      expect(whole.split('\n').filter((l) => l.replace(/\x1b\[[0-9;]*m/g, '').startsWith('┌'))).toHaveLength(1);
    });
  }
  it('takes time in proportion to its rows', () => {
    const big: DocumentResult = { ...doc, facts: Array.from({ length: Math.ceil(12_000 / doc.facts.length) }, () => doc.facts).flat() };
    const t0 = performance.now();
    const out = tableReporter({ color: false }).document(big);
    expect(out.split('\n').filter((l) => l.startsWith('│ ')).length).toBeGreaterThanOrEqual(big.facts.length);
    // Generous: one table of these 12,000 rows took about 12 s.
    expect(performance.now() - t0).toBeLessThan(8_000);
  });
});
