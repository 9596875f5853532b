import { describe, expect, it } from 'vitest';
import { KeywordIndex } from '../src/engine/keywords.js';

describe('keyword index', () => {
  it('finds every occurrence of every keyword, overlapping ones included', () => {
    const idx = new KeywordIndex(['rais', 'raise', 'round', 'around', 'he', 'she', 'hers']);
    const hits: [string, number][] = [];
    idx.scan('she raised around ushers', (id, end) => hits.push([idx.keywords[id]!, end]));
    expect(hits).toEqual([
      ['she', 3], ['he', 3], ['rais', 8], ['raise', 9], ['around', 17], ['round', 17], ['she', 22], ['he', 22], ['hers', 24],
    ]);
  });
  it('is linear: a megabyte of text is scanned quickly', () => {
    const idx = new KeywordIndex(['aaaa', 'aaab', 'ab', 'valuation', 'partner']);
    let n = 0;
    const t0 = performance.now();
    idx.scan('a'.repeat(1_000_000), () => n++);
    expect(n).toBe(999_997);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});
