// The indexed dedupe (facts of one key grouped by exact value) against the plain scan it replaced, on
// random drafts that share keys and differ in value, hedge, currency, time, scope, status and object.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../src/engine/draft.js';
import { dedupe } from '../src/refine/dedupe.js';
import type { Value } from '../src/schema.js';
import { dedupe as scanDedupe } from './reference/dedupe-scan.js';

const ctx = {} as Parameters<typeof dedupe>[0];
const value: fc.Arbitrary<Value> = fc.oneof(
  fc.constantFrom(0, 95, 100, 101, 104, 105, 105.26, 105.3, 110, 200).map((number): Value => ({ kind: 'count', number })),
  fc.constantFrom(5, 5.1, 5.25, 5.27, 6).map((number): Value => ({ kind: 'percent', number })),
  fc.tuple(fc.constantFrom(1e6, 1.02e6, 1.05e6, 1.053e6, 2e6, 5.4e6), fc.constantFrom('USD', 'EUR')).map(([amount, currency]): Value => ({ kind: 'money', amount, currency })),
  fc.constantFrom('We will grow fast.', 'We will hire.').map((text): Value => ({ kind: 'text', text })),
  fc.constantFrom('Chief Executive Officer', 'CEO', 'CFO').map((text): Value => ({ kind: 'text', text })),
  fc.constantFrom('Beta', 'Gamma').map((name): Value => ({ kind: 'entity', name, entityType: 'org' })),
);
const draft: fc.Arbitrary<Draft> = fc
  .record({
    type: fc.constantFrom('revenue', 'users.total', 'quote', 'person.role', 'partnership', 'funding.round'),
    subject: fc.constantFrom('Acme', 'acme', null),
    object: fc.constantFrom('Beta', null),
    value,
    year: fc.constantFrom('2023', '2024', null),
    scope: fc.constantFrom('Korea', null),
    approx: fc.constantFrom(undefined, 'about', 'over'),
    status: fc.constantFrom(undefined, 'planned'),
    equivalent: fc.constantFrom(undefined, { amount: 5.4e6, currency: 'USD' }, { amount: 1e6, currency: 'EUR' }),
    start: fc.nat(400),
    length: fc.integer({ min: 1, max: 40 }),
    sentence: fc.nat(12),
    confidence: fc.constantFrom(0.5, 0.8),
  })
  .map((r) => ({
    type: r.type,
    subject: r.subject,
    object: r.object,
    value: r.value,
    time: r.year ? { start: r.year, end: r.year, precision: 'year' as const, text: r.year } : null,
    scope: r.scope,
    qualifiers: { ...(r.approx ? { approx: r.approx } : {}), ...(r.status ? { status: r.status } : {}), ...(r.equivalent ? { equivalent: r.equivalent } : {}) },
    start: r.start,
    end: r.start + r.length,
    sentence: { start: r.sentence * 40, end: r.sentence * 40 + 40, index: r.sentence, paragraph: 0 },
    confidence: r.confidence,
    rule: 'test',
  }));

describe('dedupe by key and exact value', () => {
  it('keeps, merges and orders facts as a scan of every earlier fact did', () => {
    fc.assert(
      fc.property(fc.array(draft, { maxLength: 60 }), (drafts) => {
        expect(dedupe(ctx, drafts)).toEqual(scanDedupe(ctx, drafts));
      }),
      { numRuns: 3000 },
    );
  });
  it('does the same in one large group (past the size where it keeps lists by value)', () => {
    const one = draft.map((d) => ({ ...d, type: d.value.kind === 'text' ? 'quote' : 'users.total', subject: 'Acme' }));
    fc.assert(
      fc.property(fc.array(one, { minLength: 20, maxLength: 80 }), (drafts) => {
        expect(dedupe(ctx, drafts)).toEqual(scanDedupe(ctx, drafts));
      }),
      { numRuns: 1500 },
    );
  });
  it('finds a fact again after a merge made its value inexact', () => {
    const at = (i: number, number: number, approx: string | null, year: string | null): Draft => ({
      type: 'users.total', subject: 'Acme', object: null, value: { kind: 'count', number }, scope: null,
      time: year ? { start: year, end: year, precision: 'year', text: year } : null, qualifiers: approx ? { approx } : {},
      start: i * 100, end: i * 100 + 20, sentence: { start: i * 100, end: i * 100 + 50, index: i, paragraph: 0 }, confidence: 0.8, rule: 'test',
    });
    // 100, then "about 104" in 2024 (it wins: it has a time), then 104 in 2024: one fact.
    const drafts = [at(0, 100, null, null), at(1, 104, 'about', '2024'), at(2, 104, null, '2024')];
    const out = dedupe(ctx, drafts);
    expect(out).toEqual(scanDedupe(ctx, drafts));
    expect(out).toHaveLength(1);
  });
  it('stays linear when one fact is stated 40,000 times (its other places grow in one list)', () => {
    const drafts: Draft[] = Array.from({ length: 40_000 }, (_, i) => ({
      type: 'funding.round', subject: 'Acme', object: null, value: { kind: 'money', amount: 5e6, currency: 'USD' }, time: null, scope: null,
      qualifiers: {}, start: i * 50, end: i * 50 + 40, sentence: { start: i * 50, end: i * 50 + 45, index: i, paragraph: i }, confidence: 0.8, rule: 'test',
    }));
    const t0 = performance.now();
    const out = dedupe(ctx, drafts);
    expect(out).toHaveLength(1);
    expect(out[0]!.qualifiers.alsoAt).toHaveLength(39_999);
    // Generous: a copy of the list for each repeat took about 8 s.
    expect(performance.now() - t0).toBeLessThan(1_500);
  });
  it.each([
    ['exact', {}],
    ['hedged', { approx: 'about' }],
  ])('stays linear when one company states thousands of different %s figures', (_name, qualifiers) => {
    // 6% apart (and of both signs, to stay in range), so that no two are within 5% of each other.
    const drafts: Draft[] = Array.from({ length: 20_000 }, (_, i) => ({
      type: 'users.total', subject: 'Acme', object: null, value: { kind: 'count', number: 1.06 ** (i % 10_000) * (i < 10_000 ? 1 : -1) }, time: null, scope: null,
      qualifiers, start: i * 30, end: i * 30 + 20, sentence: { start: i * 30, end: i * 30 + 25, index: i, paragraph: i }, confidence: 0.8, rule: 'test',
    }));
    const t0 = performance.now();
    expect(dedupe(ctx, drafts)).toHaveLength(20_000);
    // Generous: the scan of every earlier fact took about 4 s here, the index a tenth of a second.
    expect(performance.now() - t0).toBeLessThan(1_500);
  });
});
