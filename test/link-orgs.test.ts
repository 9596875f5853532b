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
  const org = (text: string, at: number, name: string): Mention => ({ kind: 'org', start: at, end: at + name.length, text: name, value: { kind: 'entity', name, entityType: 'org' }, qualifiers: {}, source: 'test' });
  it('finds what the regular expression found', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.subarray(['Foo Labs', 'Foo-Bar AI', 'Nova gaming Labs', 'Nova AI']), (pieces, fulls) => {
        // The full names first, as mentions a recognizer found; then the text to search.
        let text = '';
        const ms: Mention[] = [];
        for (const f of fulls) {
          ms.push(org(text, text.length, f));
          text += `${f}. `;
        }
        text += pieces.join('');
        const added = (xs: Mention[]) => xs.filter((m) => m.source === 'link-orgs').map((m) => `${m.start}-${m.end}:${m.value.kind === 'entity' ? m.value.name : ''}`);
        expect(added(linkOrgs(text, ms))).toEqual(added(referenceLinkOrgs(text, ms)));
      }),
      { numRuns: 1000 },
    );
  });
});
