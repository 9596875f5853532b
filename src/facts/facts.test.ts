// Every fact family's corpus: each example's sentences must give the expected facts, and nothing in `absent`.
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { CORPORA } from './corpora.js';
import { describeFact, matches } from './corpus.js';

for (const [family, corpus] of Object.entries(CORPORA)) {
  describe(`facts/${family} corpus`, () => {
    it('has at least three of our own examples for each seed example', () => {
      const seed = corpus.filter((e) => e.origin === 'seed').length;
      expect(corpus.filter((e) => e.origin === 'own').length).toBeGreaterThanOrEqual(3 * seed);
    });
    corpus.forEach((ex, i) => {
      it(`#${i} ${ex.text.replace(/^ date \S+ /, '').slice(0, 70)}`, () => {
        const facts = extract(ex.text, { date: ex.date ?? null, file: `${family}-${i}.txt` });
        const got = facts.map(describeFact).join('\n  ');
        for (const e of ex.expect) expect(facts.some((f) => matches(e, f)), `expected ${JSON.stringify(e)}\n got:\n  ${got}`).toBe(true);
        for (const e of ex.absent ?? []) expect(facts.filter((f) => matches(e, f)).map(describeFact), `must not find ${JSON.stringify(e)}`).toEqual([]);
      });
    });
  });
}
