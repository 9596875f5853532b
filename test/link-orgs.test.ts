import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline.js';

const subjects = (text: string, type: string) => extract(text, { date: '2025-05-01' }).filter((f) => f.type === type).map((f) => f.subject);

describe('short forms of organisation names', () => {
  it('a later short form is the organisation named in full', () => {
    expect(subjects('Heliotrope AI was founded in 2021. Heliotrope raised $50 million in a Series B round.', 'funding.round')).toEqual(['Heliotrope AI']);
  });
  it('keeps a parent and its unit apart: only generic words such as AI or Labs may be dropped', () => {
    const text = 'Kakao Enterprise runs cloud services. Kakao was valued at $20 billion.';
    expect(subjects(text, 'valuation')).toEqual(['Kakao']);
  });
  it('does not guess when a short form could stand for two names', () => {
    const text = 'Apex Labs and Apex AI are unrelated. Apex was valued at $3 billion.';
    expect(subjects(text, 'valuation')).not.toContain('Apex Labs');
    expect(subjects(text, 'valuation')).not.toContain('Apex AI');
  });
});
