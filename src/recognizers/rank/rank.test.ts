import { describe, expect, it } from 'vitest';
import { checkExample, corpusShape, pathologicalInputs } from '../numeric-shared/testing.js';
import { corpus } from './corpus.js';
import { recognizers } from './index.js';

const KINDS = ['rank'] as const;

describe('rank recognizer', () => {
  it('has a corpus of 60+ examples, 3x more own than seed, with negatives', () => {
    expect(corpusShape(corpus, 60)).toBeNull();
  });

  it.each(corpus.map((ex, i) => [i, ex.text, ex] as const))('corpus #%i: %s', (_i, _text, ex) => {
    expect(checkExample(recognizers, KINDS, ex)).toBeNull();
  });

  describe('runs in linear time on 1 MB of pathological input', () => {
    for (const [name, text] of Object.entries(pathologicalInputs())) {
      it(name, () => {
        const t0 = performance.now();
        for (const r of recognizers) r.find(text, { refDate: null });
        expect(performance.now() - t0).toBeLessThan(2000);
      });
    }
  });
});
