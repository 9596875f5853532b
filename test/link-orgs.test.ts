import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline.js';
import type { Mention } from '../src/recognizers/types.js';
import { linkOrgs } from '../src/refine/link-orgs.js';
import { linkOrgs as referenceLinkOrgs } from './reference/link-orgs-regex.js';

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

describe('the plain search for short forms', () => {
  // Texts of full names, their short forms and what may surround them: other letters and digits (one
  // outside the basic plane), capitalised words after spaces, hyphens.
  const piece = fc.constantFrom('Foo', 'Foo Labs', 'Foo-Bar', 'Foo-Bar AI', 'Nova', 'Nova gaming', 'Nova gaming Labs', 'Nova AI', ' ', '  ', '   ', '-', '.', ',', 'x', '7', '𝐀', 'Paris', 'said', '\n');
  const org = (at: number, name: string): Mention => ({ kind: 'org', start: at, end: at + name.length, text: name, value: { kind: 'entity', name, entityType: 'org' }, qualifiers: {}, source: 'test' });
  /** The full names first, as mentions a recognizer found; then the text to search: both linkers add the same. */
  const sameAsReference = (pieces: string[], fulls: string[]) => {
    let text = '';
    const ms: Mention[] = [];
    for (const f of fulls) {
      ms.push(org(text.length, f));
      text += `${f}. `;
    }
    text += pieces.join('');
    const added = (xs: Mention[]) => xs.filter((m) => m.source === 'link-orgs').map((m) => `${m.start}-${m.end}:${m.value.kind === 'entity' ? m.value.name : ''}`);
    expect(added(linkOrgs(text, ms))).toEqual(added(referenceLinkOrgs(text, ms)));
  };
  it('finds what the regular expression found', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), fc.subarray(['Foo Labs', 'Foo-Bar AI', 'Nova gaming Labs', 'Nova AI']), sameAsReference), { numRuns: 1000 });
  });
  it('finds the same with many short forms (one pass for all, not a search for each)', () => {
    const many = ['Alpha Labs', 'Beta AI', 'Gamma Labs', 'Delta AI', 'Omega Labs', 'Sigma AI', 'Alph AI', 'Betamax Labs', 'Foo Labs', 'Foo-Bar AI', 'Nova gaming Labs', 'Nova AI'];
    const manyPiece = fc.constantFrom('Alpha', 'Alph', 'Beta', 'Betamax', 'Gamma', 'Delta', 'Omega', 'Sigma', 'Foo', 'Foo-Bar', 'Nova', 'Nova gaming', ' ', '  ', '-', '.', 'x', '7', '𝐀', 'Paris', '\n');
    fc.assert(fc.property(fc.array(manyPiece, { maxLength: 40 }), fc.shuffledSubarray(many, { minLength: 9 }), sameAsReference), { numRuns: 500 });
  });
});
