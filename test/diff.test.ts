// `extract diff`: value agreement with hedges, the fact key, two-side and many-source comparison
// (in-process, on facts built by hand), and the real CLI on hand-written exports and fixture articles.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreement, compactNumber, hedgedRange, valuesAgree, valueShown } from '../src/diff/agree.js';
import { compareByDocument, compareMany, comparePair, type ManyRow, type PairRow } from '../src/diff/compare.js';
import { describeKey, fullKey, keyParts } from '../src/diff/key.js';
import { filterFacts, parseExport, type LoadedInput } from '../src/diff/load.js';
import { manyReport } from '../src/commands/diff.js';
import { renderMany } from '../src/diff/render.js';
import { extract } from '../src/pipeline.js';
import { Fact, SCHEMA_VERSION, type DocumentResult } from '../src/schema.js';
import { cli, parseCsv, ROOT, tempDir } from './helpers.js';
import { compareByDocument as pairwiseCompareByDocument, compareMany as pairwiseCompareMany, comparePair as pairwiseComparePair } from './reference/compare-pairwise.js';

// --- Facts built by hand -------------------------------------------------------------------------

let serial = 0;
type FactInput = Partial<Omit<Fact, 'evidence'>> & { type: string; value: Fact['value']; file?: string; text?: string };

/** A contract-valid fact; `file` and `text` fill its evidence. */
function fact(p: FactInput): Fact {
  serial++;
  const { file = 'a.txt', text = 'the evidence', ...rest } = p;
  return Fact.parse({
    id: serial.toString(16).padStart(16, '0'),
    subject: null,
    object: null,
    time: null,
    scope: null,
    qualifiers: {},
    confidence: 0.9,
    rule: 'test',
    ...rest,
    evidence: { file, line: (serial % 40) + 1, column: 3, start: 10, end: 10 + text.length, text, sentence: `${text}.` },
  });
}

const day = (start: string) => ({ start, end: null, precision: (start.length === 10 ? 'day' : start.length === 7 ? 'month' : 'year') as 'day' | 'month' | 'year', text: start });
const count = (number: number) => ({ kind: 'count' as const, number });
const usd = (amount: number) => ({ kind: 'money' as const, amount, currency: 'USD' });
const rank = (r: number, of?: string) => ({ kind: 'rank' as const, rank: r, ...(of !== undefined ? { of } : {}) });

const dau = (number: number, more: Partial<FactInput> = {}) => fact({ type: 'users.daily_active', subject: 'ChatGPT', scope: 'South Korea', value: count(number), ...more });
const valuation = (amount: number, more: Partial<FactInput> = {}) => fact({ type: 'valuation', subject: 'OpenAI', value: usd(amount), ...more });
const offices = (number: number, more: Partial<FactInput> = {}) => fact({ type: 'offices.count', subject: 'OpenAI', value: count(number), ...more });
const paid = (r: number, more: Partial<FactInput> = {}) => fact({ type: 'users.paid', subject: 'ChatGPT', scope: 'South Korea', ...more, value: more.value ?? rank(r, 'countries') });

const statuses = (rows: PairRow[]) => rows.map((r) => `${r.status} ${r.description}`).sort();
const sameKey = (a: Fact, b: Fact) => fullKey(keyParts(a)) === fullKey(keyParts(b));

// --- Values ---------------------------------------------------------------------------------------

describe('values agree with their hedges and rounding', () => {
  it('"more than 1.25 million" agrees with 1,252,925 and not with 1,033,733', () => {
    const hedged = dau(1250000, { qualifiers: { approx: 'more_than' } });
    expect(valuesAgree(hedged, dau(1252925))).toBe(true);
    expect(valuesAgree(hedged, dau(1033733))).toBe(false);
    expect(valuesAgree(hedged, dau(1240000))).toBe(false);
  });

  it('a round figure is good to its rounding; precise figures and small counts are exact', () => {
    expect(valuesAgree(dau(12000000), dau(12300000))).toBe(true);
    expect(valuesAgree(dau(12000000), dau(13000000))).toBe(false);
    expect(valuesAgree(valuation(157e9), valuation(157.5e9))).toBe(true);
    expect(valuesAgree(valuation(157e9), valuation(300e9))).toBe(false);
    expect(valuesAgree(dau(1252925), dau(1252926))).toBe(false);
    expect(valuesAgree(offices(12), offices(11))).toBe(false);
    expect(valuesAgree(offices(12), offices(12))).toBe(true);
  });

  it('every hedge has a range: nearly, about, over, up to, less than', () => {
    expect(hedgedRange(2, 'nearly', 'multiplier')).toEqual({ lo: 1.8, hi: 2 });
    const nearlyDoubled = fact({ type: 'users.growth', subject: 'ChatGPT', value: { kind: 'multiplier', factor: 2 }, qualifiers: { approx: 'nearly' } });
    expect(valuesAgree(nearlyDoubled, fact({ type: 'users.growth', subject: 'ChatGPT', value: { kind: 'multiplier', factor: 1.9 } }))).toBe(true);
    expect(valuesAgree(nearlyDoubled, fact({ type: 'users.growth', subject: 'ChatGPT', value: { kind: 'multiplier', factor: 2.2 } }))).toBe(false);
    const about650 = offices(650, { qualifiers: { approx: 'about' } });
    expect(valuesAgree(about650, offices(640))).toBe(true);
    expect(valuesAgree(about650, offices(700))).toBe(false);
    expect(valuesAgree(valuation(1e9, { qualifiers: { approx: 'over' } }), valuation(1.4e9))).toBe(true);
    expect(valuesAgree(valuation(1e9, { qualifiers: { approx: 'over' } }), valuation(0.9e9))).toBe(false);
    expect(valuesAgree(dau(1e6, { qualifiers: { approx: 'up_to' } }), dau(800000))).toBe(true);
    // "more than X" and "nearly X" cannot both be true.
    expect(valuesAgree(dau(1250000, { qualifiers: { approx: 'more_than' } }), dau(1250000, { qualifiers: { approx: 'nearly' } }))).toBe(false);
  });

  it('percentages are good to half a unit of their last digit', () => {
    const pct = (n: number) => fact({ type: 'market.share', subject: 'Fala', value: { kind: 'percent', number: n } });
    expect(valuesAgree(pct(40), pct(40.4))).toBe(true);
    expect(valuesAgree(pct(42.5), pct(42.4))).toBe(false);
  });

  it('money compares in a common currency, through a stated equivalent', () => {
    const won = fact({ type: 'investment.commitment', subject: 'South Korea', value: { kind: 'money', amount: 1e14, currency: 'KRW' }, qualifiers: { equivalent: { amount: 73e9, currency: 'USD' } } });
    const dollars = (n: number) => fact({ type: 'investment.commitment', subject: 'South Korea', value: usd(n) });
    expect(valuesAgree(won, dollars(73e9))).toBe(true);
    expect(valuesAgree(won, dollars(90e9))).toBe(false);
    const bare = fact({ type: 'investment.commitment', subject: 'South Korea', value: { kind: 'money', amount: 1e14, currency: 'KRW' } });
    const r = agreement(bare, dollars(73e9));
    expect(r.agree).toBe(false);
    expect(r.reason).toMatch(/different currencies/);
  });

  it('"largest outside the United States" agrees with "second-largest, following the United States"', () => {
    const outside = paid(1, { qualifiers: { excluding: 'United States', statedAs: 'largest number of paying subscribers outside of the United States' } });
    const second = paid(2, { qualifiers: { after: 'United States' } });
    expect(valuesAgree(outside, second)).toBe(true);
    expect(valuesAgree(paid(2, { qualifiers: { statedAs: 'largest outside the United States' } }), second)).toBe(true);
    // As the rank recognizer gives it: the overall rank, with the rank as stated beside it.
    expect(valuesAgree(paid(2, { qualifiers: { excluding: 'the United States', statedAs: 1 } }), second)).toBe(true);
    expect(valuesAgree(outside, paid(1))).toBe(false);
    expect(valuesAgree(outside, paid(3))).toBe(false);
    const behindChina = agreement(second, paid(2, { qualifiers: { after: 'China' } }));
    expect(behindChina.agree).toBe(false);
    expect(behindChina.reason).toMatch(/different leaders/);
  });

  it('"in the top 10" agrees with any rank up to 10', () => {
    const top10 = fact({ type: 'ranking', subject: 'South Korea', value: rank(10), qualifiers: { bound: 'top', category: 'API use' } });
    const third = fact({ type: 'ranking', subject: 'South Korea', value: rank(3), qualifiers: { category: 'API use' } });
    const twelfth = fact({ type: 'ranking', subject: 'South Korea', value: rank(12), qualifiers: { category: 'API use' } });
    expect(valuesAgree(top10, third)).toBe(true);
    expect(valuesAgree(top10, twelfth)).toBe(false);
  });

  it('titles agree by words, containment and acronym', () => {
    const role = (t: string) => fact({ type: 'person.role', subject: 'Jason Kwon', object: 'OpenAI', value: { kind: 'text', text: t } });
    expect(valuesAgree(role('Chief Strategy Officer (CSO)'), role('chief strategy officer'))).toBe(true);
    expect(valuesAgree(role('CSO'), role('Chief Strategy Officer'))).toBe(true);
    expect(valuesAgree(role('CEO'), role('Chief Strategy Officer'))).toBe(false);
  });

  it('shows values as a reader says them', () => {
    expect(compactNumber(1.2e9)).toBe('1.2 billion');
    expect(compactNumber(1252925)).toBe('1,252,925');
    expect(valueShown(dau(1250000, { qualifiers: { approx: 'more_than' } }))).toBe('more than 1.25 million');
    expect(valueShown(paid(1, { qualifiers: { excluding: 'United States' } }))).toBe('#1 of countries excluding United States');
  });
});

// --- Keys -----------------------------------------------------------------------------------------

describe('the fact key', () => {
  it('canonicalises names: legal suffixes, case, a country by any name', () => {
    const p = (object: string) => fact({ type: 'partnership', subject: 'OpenAI', object, value: { kind: 'entity', name: object, entityType: 'org' } });
    expect(sameKey(p('Kakao Corp.'), p('Kakao'))).toBe(true);
    expect(sameKey(p('KRAFTON'), p('Krafton Inc.'))).toBe(true);
    expect(sameKey(p('Kakao'), p('Kakao Enterprise'))).toBe(false);
    expect(sameKey(p('SK'), p('SK Telecom'))).toBe(false);
    expect(sameKey(dau(1, { scope: 'Korea' }), dau(1, { scope: 'South Korea' }))).toBe(true);
  });

  it('a partnership reads either way round', () => {
    const a = fact({ type: 'partnership', subject: 'OpenAI', object: 'Kakao', value: { kind: 'entity', name: 'Kakao', entityType: 'org' } });
    const b = fact({ type: 'partnership', subject: 'Kakao', object: 'OpenAI', value: { kind: 'entity', name: 'OpenAI', entityType: 'org' } });
    expect(sameKey(a, b)).toBe(true);
    expect(comparePair([a], [b]).map((r) => r.status)).toEqual(['same']);
  });

  it('holds the qualifiers that change what is counted', () => {
    expect(sameKey(offices(11, { qualifiers: { new: true } }), offices(11))).toBe(false);
    expect(sameKey(paid(1, { qualifiers: { region: 'Asia' } }), paid(1))).toBe(false);
    const revenue = (period?: string) => fact({ type: 'revenue', subject: 'OpenAI', value: usd(1e9), qualifiers: period ? { period } : {} });
    expect(sameKey(revenue('annual'), revenue('annually'))).toBe(true);
    expect(sameKey(revenue('annual'), revenue('quarterly'))).toBe(false);
    // a business line's revenue is not the company's
    const segment = (name?: string) => fact({ type: 'revenue', subject: 'Solberg', value: usd(1e9), qualifiers: name ? { segment: name } : {} });
    expect(sameKey(segment('Camera hardware'), segment())).toBe(false);
    expect(sameKey(segment('Camera hardware'), segment('camera hardware'))).toBe(true);
    // "in just over five months" is how long a change took, not what was counted.
    expect(sameKey(valuation(300e9, { qualifiers: { period: 'just over five months' } }), valuation(300e9))).toBe(true);
    const market = (forecast: boolean) => fact({ type: 'market.size', subject: 'AI market', scope: 'South Korea', value: usd(30e9), qualifiers: forecast ? { forecast: true } : {} });
    expect(sameKey(market(true), market(false))).toBe(false);
    expect(sameKey(paid(2, { value: rank(2, 'countries worldwide') }), paid(2, { value: rank(2, 'countries') }))).toBe(true);
    expect(sameKey(paid(1, { value: rank(1, 'markets in Asia') }), paid(2, { value: rank(2, 'countries') }))).toBe(false);
    expect(describeKey(keyParts(offices(11, { qualifiers: { new: true } })))).toBe('offices.count OpenAI (new)');
  });
});

// --- Two sides ------------------------------------------------------------------------------------

describe('two sides', () => {
  it('same, changed (both values and evidences), only in A, only in B', () => {
    const a = [offices(12, { file: 'a.txt', text: '12 locations' }), valuation(300e9, { time: day('2025-03'), file: 'a.txt' }), dau(1252925, { time: day('2025-03-27'), file: 'a.txt' })];
    const b = [offices(13, { file: 'b.txt', text: '13 offices' }), valuation(300e9, { time: day('2025-03'), file: 'b.txt' }), fact({ type: 'revenue', subject: 'OpenAI', value: usd(1e9), file: 'b.txt' })];
    const rows = comparePair(a, b);
    expect(statuses(rows)).toEqual([
      'changed offices.count OpenAI',
      'only_in_a users.daily_active ChatGPT @ South Korea [2025-03-27]',
      'only_in_b revenue OpenAI',
      'same valuation OpenAI [2025-03]',
    ]);
    const changed = rows.find((r) => r.status === 'changed')!;
    expect(changed.a[0]!.evidence.text).toBe('12 locations');
    expect(changed.b[0]!.evidence.text).toBe('13 offices');
  });

  it('$300 billion and $157 billion for the same valuation at different dates are two facts, not a conflict', () => {
    const rows = comparePair([valuation(157e9, { time: day('2024-10') })], [valuation(300e9, { time: day('2025-03') })]);
    expect(rows.map((r) => r.status).sort()).toEqual(['only_in_a', 'only_in_b']);
    // Within one article, both dates and an undated restatement of the later one.
    const both = comparePair(
      [valuation(157e9, { time: day('2024-10') }), valuation(300e9, { time: day('2025-03'), qualifiers: { approx: 'nearly' } })],
      [valuation(300e9), valuation(157e9, { time: day('2024-10') })],
    );
    expect(both.map((r) => r.status)).toEqual(['same', 'same']);
  });

  it('an undated, hedged statement joins the one dated fact it agrees with', () => {
    const a = [dau(1250000, { qualifiers: { approx: 'more_than' } })];
    const b = [dau(1252925, { time: day('2025-03-27') }), dau(1033733, { time: day('2025-03-10') })];
    expect(statuses(comparePair(a, b))).toEqual(['only_in_b users.daily_active ChatGPT @ South Korea [2025-03-10]', 'same users.daily_active ChatGPT @ South Korea [2025-03-27]']);
    // "more than 1 million" fits both days: it stays undated rather than guess.
    const vague = comparePair([dau(1e6, { qualifiers: { approx: 'more_than' } })], b);
    expect(vague.filter((r) => r.status === 'only_in_a')).toHaveLength(1);
    expect(vague.filter((r) => r.status === 'changed')).toHaveLength(0);
  });

  it('two values for one key within a side is not a conflict by itself: it is reported', () => {
    const rows = comparePair([offices(12), offices(14)], [offices(12)]);
    expect(rows.map((r) => r.status)).toEqual(['same']);
    expect(rows[0]!.notes.join('\n')).toMatch(/A states 2 values: 12; 14/);
    expect(comparePair([offices(12), offices(14)], [offices(16)]).map((r) => r.status)).toEqual(['changed']);
  });

  it('a different status is a note, not a conflict', () => {
    const planned = fact({ type: 'office.opening', subject: 'OpenAI', object: 'Seoul', value: { kind: 'entity', name: 'Seoul', entityType: 'place' }, qualifiers: { status: 'planned', rank: 3, region: 'Asia' } });
    const done = fact({ type: 'office.opening', subject: 'OpenAI', object: 'Seoul', value: { kind: 'entity', name: 'Seoul', entityType: 'place' }, qualifiers: { rank: 3, region: 'Asia' } });
    const second = fact({ type: 'office.opening', subject: 'OpenAI', object: 'Seoul', value: { kind: 'entity', name: 'Seoul', entityType: 'place' }, qualifiers: { rank: 2, region: 'Asia' } });
    const rows = comparePair([planned], [done]);
    expect(rows[0]!.status).toBe('same');
    expect(rows[0]!.notes).toContain('status: planned / stated as done');
    expect(comparePair([done], [second])[0]!.status).toBe('changed');
    // "its first office in Seoul" and "its third base" name no region: their ranks are not compared.
    const office = (r: number) => fact({ type: 'office.opening', subject: 'OpenAI', object: 'Seoul', value: { kind: 'entity', name: 'Seoul', entityType: 'place' }, qualifiers: { rank: r } });
    expect(comparePair([office(1)], [office(3)])[0]!.status).toBe('same');
  });

  it('a person may hold several titles: two titles are two facts', () => {
    const role = (t: string) => fact({ type: 'person.role', subject: 'Chung Shina', object: 'Kakao', value: { kind: 'text', text: t } });
    expect(comparePair([role('CEO')], [role('founder')]).map((r) => r.status).sort()).toEqual(['only_in_a', 'only_in_b']);
    expect(comparePair([role('chief executive officer')], [role('CEO')]).map((r) => r.status)).toEqual(['same']);
  });

  it('--exact: any change of value or hedge is a change', () => {
    expect(comparePair([dau(1252925)], [dau(1252925)], { exact: true })[0]!.status).toBe('same');
    expect(comparePair([dau(1250000, { qualifiers: { approx: 'more_than' } })], [dau(1250000)], { exact: true })[0]!.status).toBe('changed');
    expect(comparePair([dau(12000000)], [dau(12300000)], { exact: true })[0]!.status).toBe('changed');
  });

  it('document by document: each file against its counterpart', () => {
    const doc = (file: string, facts: Fact[]): DocumentResult => ({ file, date: null, title: null, facts });
    const c = compareByDocument(
      [doc('x.txt', [offices(12, { file: 'x.txt' })]), doc('y.txt', [offices(12, { file: 'y.txt' })])],
      [doc('x.txt', [offices(13, { file: 'x.txt' })]), doc('z.txt', [])],
    );
    expect(c.rows.map((r) => `${r.status} ${r.file}`)).toEqual(['changed x.txt', 'only_in_a y.txt']);
    expect(c.documentsOnlyInA).toEqual(['y.txt']);
    expect(c.documentsOnlyInB).toEqual(['z.txt']);
  });
});

// --- Many sources ---------------------------------------------------------------------------------

describe('many sources', () => {
  const row = (rows: ManyRow[], description: string) => rows.find((r) => r.description === description);

  it('the paid-subscriber ranking stated three ways', () => {
    const rows = compareMany([
      { source: '001', fact: paid(1, { value: rank(1, 'markets in Asia'), qualifiers: { region: 'Asia' } }) },
      { source: '002', fact: paid(2, { qualifiers: { after: 'United States' } }) },
      { source: '004', fact: paid(1, { qualifiers: { excluding: ['United States'] } }) },
    ]);
    expect(rows.map((r) => `${r.status} ${r.description}`)).toEqual([
      'agree users.paid ChatGPT @ South Korea (of countries)',
      'single users.paid ChatGPT @ South Korea (in Asia, of countries in asia)',
    ]);
    expect(new Set(rows.map((r) => r.topic))).toEqual(new Set(['ChatGPT · users']));
    // A fourth source that says third is a conflict, with the sources on each side.
    const more = compareMany([
      { source: '002', fact: paid(2, { qualifiers: { after: 'United States' } }) },
      { source: '004', fact: paid(1, { qualifiers: { excluding: ['United States'] } }) },
      { source: '005', fact: paid(3) },
    ]);
    expect(more[0]!.status).toBe('conflict');
    expect(more[0]!.groups.map((g) => [g.value, g.sources])).toEqual([
      ['#2 of countries after United States ≈ #1 of countries excluding United States', ['002', '004']],
      ['#3 of countries', ['005']],
    ]);
    expect(more[0]!.conflicts).toEqual([['002', '005'], ['004', '005']]);
  });

  it('the office count stated three ways: 12 worldwide, 11 new, and a conflicting 13', () => {
    const rows = compareMany([
      { source: '001', fact: offices(12, { text: 'regional offices in 12 locations worldwide' }) },
      { source: '002', fact: offices(11, { qualifiers: { new: true, period: 'in recent years' } }) },
      { source: '003', fact: offices(13) },
    ]);
    expect(rows.map((r) => `${r.status} ${r.description}`)).toEqual(['conflict offices.count OpenAI', 'single offices.count OpenAI (new)']);
    expect(row(rows, 'offices.count OpenAI')!.groups.map((g) => g.sources)).toEqual([['001'], ['003']]);
  });

  it('agreement is not transitive: the sides of a conflict never share a group', () => {
    // "about 1.2 million" fits both "more than 1.25 million" and 1,152,000, which contradict each other.
    const rows = compareMany([
      { source: 's1', fact: dau(1250000, { qualifiers: { approx: 'more_than' } }) },
      { source: 's2', fact: dau(1200000, { qualifiers: { approx: 'about' } }) },
      { source: 's3', fact: dau(1152000) },
    ]);
    expect(rows[0]!.status).toBe('conflict');
    expect(rows[0]!.conflicts).toEqual([['s1', 's3']]);
    expect(rows[0]!.groups.map((g) => g.sources)).toEqual([['s2', 's3'], ['s1']]);
  });

  it('agreeing hedged and exact values from several sources', () => {
    const rows = compareMany([
      { source: 'a', fact: dau(1250000, { qualifiers: { approx: 'more_than' } }) },
      { source: 'b', fact: dau(1252925, { time: day('2025-03-27') }) },
      { source: 'c', fact: dau(1252925, { time: day('2025-03-27') }) },
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.status).toBe('agree');
    expect(rows[0]!.groups[0]!.value).toBe('1,252,925 ≈ more than 1.25 million');
    expect(rows[0]!.sources.map((s) => s.source)).toEqual(['a', 'b', 'c']);
  });
});

// --- Exports --------------------------------------------------------------------------------------

function exportText(docs: DocumentResult[]): string {
  return JSON.stringify({ schemaVersion: SCHEMA_VERSION, documents: docs }, null, 2);
}

describe('exports', () => {
  it('reads JSON and NDJSON, and names the file and the problem of a bad one', () => {
    const f = offices(12, { file: 'a.txt' });
    const doc = { file: 'a.txt', date: null, title: null, facts: [f] };
    expect(parseExport('x.json', exportText([doc]))[0]!.facts).toHaveLength(1);
    expect(parseExport('x.ndjson', JSON.stringify(f) + '\n\n' + JSON.stringify(offices(3, { file: 'b.txt' })) + '\n').map((d) => d.file)).toEqual(['a.txt', 'b.txt']);
    expect(() => parseExport('x.json', '{ "schemaVersion": "1.0", ')).toThrow(/^x\.json: not valid JSON/);
    expect(() => parseExport('x.json', exportText([{ ...doc, facts: [{ ...f, id: 'nope' }] as Fact[] }]))).toThrow(/^x\.json: not a valid extract export: documents\[0\]\.facts\[0\]\.id: /);
    expect(() => parseExport('x.json', '[1, 2]')).toThrow(/x\.json: not an extract export/);
    expect(() => parseExport('x.ndjson', JSON.stringify(f) + '\n{"id": 1}\n')).toThrow(/^x\.ndjson:2: not a valid fact: /);
    expect(() => parseExport('x.json', JSON.stringify({ schemaVersion: '2.0', documents: [] }))).toThrow(/schemaVersion "2\.0" is not supported/);
  });

  it('compares untyped numbers (mention.*) value by value, in time proportional to their number', () => {
    const m = (n: number) => fact({ type: 'mention.count', value: count(n) });
    const rows = comparePair([m(7), m(8)], [m(7)]);
    expect(statuses(rows)).toEqual(['only_in_a mention.count (8)', 'same mention.count (7)']);
    const a = Array.from({ length: 4_000 }, (_, i) => m(1_000 + i));
    const b = Array.from({ length: 4_000 }, (_, i) => m(1_001 + i));
    const t0 = performance.now();
    expect(comparePair(a, b).filter((r) => r.status === 'same')).toHaveLength(3_999);
    // Generous: all the numbers of one article under one key, each compared with each, took 14 s on the command line.
    expect(performance.now() - t0).toBeLessThan(3_000);
  });

  it('keeps mention.* facts out unless asked', () => {
    const doc = { file: 'a.txt', date: null, title: null, facts: [offices(12), fact({ type: 'mention.count', value: count(7) })] };
    expect(filterFacts([doc], {})[0]!.facts.map((f) => f.type)).toEqual(['offices.count']);
    expect(filterFacts([doc], { mentions: true })[0]!.facts).toHaveLength(2);
    expect(filterFacts([doc], { types: ['mention.*'], mentions: true })[0]!.facts.map((f) => f.type)).toEqual(['mention.count']);
  });
});

// --- The real CLI ---------------------------------------------------------------------------------

function writeExports(dir: string): void {
  const a = { file: 'news/a.txt', date: '2025-04-02', title: 'A', facts: [offices(12, { file: 'news/a.txt', text: '12 locations' }), dau(1250000, { file: 'news/a.txt', qualifiers: { approx: 'more_than' } }), fact({ type: 'mention.count', value: count(7), file: 'news/a.txt' })] };
  const b = { file: 'news/b.txt', date: '2025-06-11', title: 'B', facts: [offices(13, { file: 'news/b.txt', text: '13 offices' }), dau(1252925, { file: 'news/b.txt', time: day('2025-03-27') }), valuation(300e9, { file: 'news/b.txt' })] };
  writeFileSync(join(dir, 'a.json'), exportText([a]));
  writeFileSync(join(dir, 'b.ndjson'), b.facts.map((f) => JSON.stringify(f)).join('\n') + '\n');
}

describe('extract diff (CLI)', () => {
  const dir = tempDir();
  writeExports(dir);

  it('A B: a table grouped by status, with both values and evidence file:line:col', () => {
    const r = cli(['diff', 'a.json', 'b.ndjson', '--no-color'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/changed \(conflicts\) \(1\)/);
    expect(r.stdout).toMatch(/offices\.count OpenAI\s*│ 12\s*│ 13/);
    expect(r.stdout).toMatch(/a\.txt:\d+:3/);
    expect(r.stdout).toContain('“13 offices”');
    expect(r.stdout).toMatch(/only in B: b\.ndjson \(1\)/);
    expect(r.stdout).toMatch(/same \(1\)/);
    expect(r.stdout).not.toContain('mention.count');
    expect(r.stdout.indexOf('changed')).toBeLessThan(r.stdout.indexOf('only in B'));
    expect(r.stdout).toMatch(/1 changed, 0 only in A, 1 only in B, 1 same/);
  }, 90_000);

  it('--format json, csv and ndjson, and --fail-on', () => {
    const j = cli(['diff', 'a.json', 'b.ndjson', '--format', 'json', '--fail-on', 'conflict'], { cwd: dir });
    expect(j.code).toBe(1);
    expect(j.stderr).toMatch(/1 fact with status changed \(--fail-on conflict\)/);
    const report = JSON.parse(j.stdout);
    expect(report.mode).toBe('pair');
    expect(report.summary).toEqual({ same: 1, changed: 1, only_in_a: 0, only_in_b: 1 });
    const changed = report.rows.find((x: { status: string }) => x.status === 'changed');
    expect(changed.a[0].value).toEqual({ kind: 'count', number: 12 });
    expect(changed.b[0].evidence).toMatchObject({ file: 'news/b.txt', text: '13 offices' });

    const c = cli(['diff', 'a.json', 'b.ndjson', '--format', 'csv', '--fail-on', 'removed'], { cwd: dir });
    expect(c.code).toBe(0);
    const rows = parseCsv(c.stdout);
    expect(rows[0]!.slice(0, 3)).toEqual(['status', 'file', 'type']);
    const line = rows.find((x) => x[0] === 'changed')!;
    expect(line[rows[0]!.indexOf('a_value')]).toBe('12');
    expect(line[rows[0]!.indexOf('b_value')]).toBe('13');
    expect(line[rows[0]!.indexOf('b_evidence')]).toMatch(/^news\/b\.txt:\d+:3$/);

    const n = cli(['diff', 'a.json', 'b.ndjson', '--format', 'ndjson', '--only', 'added,changed', '--fail-on', 'added,removed'], { cwd: dir });
    expect(n.code).toBe(1);
    expect(n.stdout.trim().split('\n').map((l) => JSON.parse(l).status).sort()).toEqual(['changed', 'only_in_b']);
  }, 90_000);

  it('many sources: one row per fact with each source\'s value; --mentions brings mentions back', () => {
    const r = cli(['diff', 'a.json', 'b.ndjson', '--mode', 'many', '--format', 'json', '--mentions'], { cwd: dir });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.sources).toEqual(['news/a.txt', 'news/b.txt']);
    const off = report.rows.find((x: { description: string }) => x.description === 'offices.count OpenAI');
    expect(off.status).toBe('conflict');
    expect(off.groups).toEqual([{ value: '12', sources: ['news/a.txt'] }, { value: '13', sources: ['news/b.txt'] }]);
    expect(report.rows.some((x: { fact: { type: string } }) => x.fact.type === 'mention.count')).toBe(true);
    expect(cli(['diff', 'a.json', 'b.ndjson', '--mode', 'many', '--fail-on', 'added'], { cwd: dir }).stderr).toMatch(/"added" applies when comparing two sides/);
  }, 90_000);

  it('a bad export or a bad option is an error that names the problem (exit 2)', () => {
    writeFileSync(join(dir, 'broken.json'), '{"schemaVersion": "1.0", "documents": [{"file": "x"}]}');
    const r = cli(['diff', 'a.json', 'broken.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.json: not a valid extract export: documents\[0\]\.date: /);
    expect(cli(['diff', 'a.json', 'b.ndjson', '--fail-on', 'bogus'], { cwd: dir }).stderr).toMatch(/--fail-on: unknown status "bogus"/);
    expect(cli(['diff', 'a.json', 'missing.txt'], { cwd: dir }).code).toBe(2);
  }, 90_000);

  it('fixture articles (with a rules file): agree, conflict with the sources on each side, single', () => {
    const r = cli(['diff', 'fixtures/diff/story/', '--rules', 'fixtures/diff/rules.json', '--type', 'custom.*', '--format', 'json', '--fail-on', 'conflict']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    const by = (t: string) => report.rows.find((x: { fact: { type: string } }) => x.fact.type === t);
    expect(by('custom.headcount').status).toBe('agree');
    expect(by('custom.headcount').groups[0].value).toBe('640 ≈ about 650');
    expect(by('custom.warehouses').status).toBe('agree');
    expect(by('custom.offices').status).toBe('conflict');
    expect(by('custom.offices').groups).toEqual([
      { value: '14', sources: ['fixtures/diff/story/harbor-ledger.txt', 'fixtures/diff/story/northern-wire.txt'] },
      { value: '16', sources: ['fixtures/diff/story/tech-tidings.txt'] },
    ]);
    expect(by('custom.hiring').status).toBe('single');
  }, 90_000);

  it('runs on the seeds and explains itself', () => {
    const r = cli(['diff', 'seeds/', '--no-color']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^5 sources: 000_4e34b570ebf6670e\.txt/);
    expect(r.stdout).toMatch(/facts across 5 sources: \d+ conflict, \d+ agree, \d+ stated by one source only/);
    const h = cli(['diff', '--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('--fail-on <statuses>');
    expect(ROOT).toBeTruthy();
  }, 90_000);
});

describe('many sources', () => {
  // Values of one key that agree, conflict, hedge or state a status; the same values from several sources.
  const pool = [
    () => dau(1_252_925), () => dau(1_250_000, { qualifiers: { approx: 'more_than' } }), () => dau(1_033_733), () => dau(1_000_000, { qualifiers: { approx: 'over' } }),
    () => dau(1_252_925, { qualifiers: { status: 'expected' } }), () => dau(2_000_000, { time: day('2025-03') }), () => valuation(300e9), () => valuation(157e9, { qualifiers: { approx: 'about' } }),
    () => paid(2), () => paid(1), () => offices(12), () => offices(11, { qualifiers: { new: true } }),
  ];
  it('compares sources with the same statements once, with what every pair gave', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(5), fc.nat(pool.length - 1)), { maxLength: 24 }), fc.boolean(), (picks, exact) => {
        const statements = picks.map(([s, v]) => ({ fact: pool[v]!(), source: `s${s}.txt` }));
        expect(compareMany(statements, { exact })).toEqual(pairwiseCompareMany(statements, { exact }));
      }),
      { numRuns: 400 },
    );
  });
  it('compares the same for sources that share whole profiles (the same values in the same order)', () => {
    const profiles = fc.array(fc.array(fc.nat(pool.length - 1), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(profiles, fc.array(fc.nat(2), { minLength: 2, maxLength: 9 }), fc.boolean(), (ps, which, exact) => {
        const statements = which.flatMap((w, s) => ps[w % ps.length]!.map((v) => ({ fact: pool[v]!(), source: `s${s}.txt` })));
        expect(compareMany(statements, { exact })).toEqual(pairwiseCompareMany(statements, { exact }));
      }),
      { numRuns: 400 },
    );
  });
  // Values that exercise every part of the comparison: coarser and finer times and a rank without its
  // `of` (keys reassigned), titles (several values at once), currencies and leaders (reasons), statuses (notes).
  const wide = [
    ...pool,
    () => dau(1_250_000, { time: day('2025-03-27') }), () => dau(1_252_925, { time: day('2025-03') }), () => dau(1_000_000, { time: day('2025'), qualifiers: { approx: 'over' } }),
    () => dau(1_033_733, { time: day('2025-03-10') }), () => paid(2, { value: rank(2) }), () => paid(2, { qualifiers: { after: 'United States' } }), () => paid(1, { qualifiers: { excluding: 'United States' } }),
    () => paid(2, { qualifiers: { after: 'Japan' } }), () => paid(2, { time: day('2025-03') }), () => paid(2, { time: day('2025-03-27') }), () => paid(2, { value: rank(2), time: day('2025-03') }), () => valuation(400e12, { value: { kind: 'money', amount: 400e12, currency: 'KRW' } }),
    () => valuation(100e12, { value: { kind: 'money', amount: 100e12, currency: 'KRW' }, qualifiers: { equivalent: { amount: 73e9, currency: 'USD' } }, time: day('2025-03') }),
    () => valuation(73e9), () => valuation(71e9, { time: day('2025-03-02') }), () => dau(2_000_000, { qualifiers: { approx: 'up_to' } }), () => dau(1_100_000, { time: day('2025-03-11') }),
    () => valuation(300e9, { qualifiers: { status: 'planned' } }), () => valuation(157e9, { qualifiers: { status: 'expected' } }),
    () => fact({ type: 'person.role', subject: 'Jason Kwon', object: 'OpenAI', value: { kind: 'text', text: 'CSO' } }),
    () => fact({ type: 'person.role', subject: 'Jason Kwon', object: 'OpenAI', value: { kind: 'text', text: 'Chief Strategy Officer' } }),
    () => fact({ type: 'person.role', subject: 'Jason Kwon', object: 'OpenAI', value: { kind: 'text', text: 'chief strategy officer (CSO)' } }),
    () => fact({ type: 'person.role', subject: 'Jason Kwon', object: 'OpenAI', value: { kind: 'text', text: 'founder' }, qualifiers: { status: 'planned' } }),
  ];
  const picks = fc.array(fc.tuple(fc.nat(5), fc.nat(wide.length - 1)), { maxLength: 30 });
  it('lets an undated figure join the dated one it agrees with through a stated equivalent', () => {
    const krw = valuation(100e12, { value: { kind: 'money', amount: 100e12, currency: 'KRW' }, qualifiers: { equivalent: { amount: 73e9, currency: 'USD' } }, time: day('2025-03') });
    const statements = [{ fact: krw, source: 'a.txt' }, { fact: valuation(73e9), source: 'b.txt' }, ...[1, 2, 3, 4, 5, 6].map((d) => ({ fact: valuation(d * 1e12, { time: day(`2025-03-0${d}`) }), source: `c${d}.txt` }))];
    const rows = compareMany(statements);
    expect(rows.find((r) => r.sources.length === 2)?.sources.map((s) => s.source)).toEqual(['a.txt', 'b.txt']);
    expect(rows).toEqual(pairwiseCompareMany(statements));
  });
  it('compares many sources as every pair of facts did, by distinct values', () => {
    fc.assert(
      fc.property(picks, fc.boolean(), (ps, exact) => {
        const statements = ps.map(([s, v]) => ({ fact: wide[v]!(), source: `s${s}.txt` }));
        expect(compareMany(statements, { exact })).toEqual(pairwiseCompareMany(statements, { exact }));
      }),
      { numRuns: 400 },
    );
  });
  it('lists the first pairs of a conflict when asked, and counts them all', () => {
    fc.assert(
      fc.property(picks, fc.boolean(), fc.integer({ min: 0, max: 4 }), (ps, exact, k) => {
        const statements = ps.map(([s, v]) => ({ fact: wide[v]!(), source: `s${s}.txt` }));
        const full = compareMany(statements, { exact });
        expect(compareMany(statements, { exact, listPairs: k })).toEqual(full.map((r) => ({ ...r, conflicts: r.conflicts.slice(0, k), conflictCount: r.conflicts.length })));
      }),
      { numRuns: 300 },
    );
  });
  it('compares two sides as every pair of facts did, by distinct values', () => {
    fc.assert(
      fc.property(picks, fc.boolean(), (ps, exact) => {
        // Sides 0–1 are A and B of the pair; as documents, the source number names the file.
        const facts = ps.map(([s, v]) => ({ s, f: { ...wide[v]!(), evidence: { ...wide[v]!().evidence, file: `d${s % 3}.txt` } } }));
        const a = facts.filter((x) => x.s % 2 === 0).map((x) => x.f);
        const b = facts.filter((x) => x.s % 2 === 1).map((x) => x.f);
        expect(comparePair(a, b, { exact })).toEqual(pairwiseComparePair(a, b, { exact }));
        const docs = (fs: Fact[]): DocumentResult[] => [...new Set(fs.map((f) => f.evidence.file))].map((file) => ({ file, date: null, title: null, facts: fs.filter((f) => f.evidence.file === file) }) as DocumentResult);
        expect(compareByDocument(docs(a), docs(b), { exact })).toEqual(pairwiseCompareByDocument(docs(a), docs(b), { exact }));
      }),
      { numRuns: 400 },
    );
  });
  it('takes time in proportion to the facts when two sides repeat one fact thousands of times', () => {
    const side = () => Array.from({ length: 3_000 }, (_, i) => (i % 2 ? valuation(300e9) : fact({ type: 'person.role', subject: 'Sam Altman', object: 'OpenAI', value: { kind: 'text', text: 'CEO' } })));
    const t0 = performance.now();
    const rows = comparePair(side(), side());
    expect(rows.map((r) => r.status)).toEqual(['same', 'same']);
    // Generous: every fact of A against every fact of B, and each side's facts pairwise, took 12 s.
    expect(performance.now() - t0).toBeLessThan(3_000);
  });
  it('takes time in proportion to the statements when one undated figure meets thousands of dated ones', () => {
    const dated = Array.from({ length: 3_000 }, (_, i) => ({ fact: dau(1_000_000 + i * 1_000, { time: day(new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10)) }), source: `d${i}.txt` }));
    const undated = Array.from({ length: 3_000 }, (_, i) => ({ fact: dau(1_000_000, { qualifiers: { approx: 'more_than' } }), source: `u${i}.txt` }));
    const t0 = performance.now();
    const rows = compareMany([...dated, ...undated]);
    // "more than 1 million" fits many dated figures, so it takes none of their keys: a row of its own.
    expect(rows).toHaveLength(3_001);
    expect(rows.filter((r) => r.sources.length > 1).map((r) => r.sources.length)).toEqual([3_000]);
    // Generous: each undated statement tested against every dated key took 214 s.
    expect(performance.now() - t0).toBeLessThan(3_000);
  });
  it('takes time in proportion to the statements when each of thousands of dated figures is also stated undated', () => {
    const date = (i: number) => new Date(Date.UTC(2015, 0, 1 + i)).toISOString().slice(0, 10);
    const figure = (i: number) => 1_000_003 + i * 7_919;
    const statements = Array.from({ length: 4_000 }, (_, i) => [
      { fact: dau(figure(i), { time: day(date(i)) }), source: `d${i}.txt` },
      { fact: dau(figure(i)), source: `u${i}.txt` },
    ]).flat();
    const t0 = performance.now();
    const rows = compareMany(statements);
    // Each undated figure joins the one day that states it.
    expect(rows).toHaveLength(4_000);
    expect(rows.every((r) => r.status === 'agree' && r.sources.length === 2)).toBe(true);
    // Generous: each undated figure tested against every dated key took 8.5 s (and 1.1 GB) on the command line.
    expect(performance.now() - t0).toBeLessThan(3_000);
  });
  it('takes time in proportion to the statements when thousands of sources state one title', () => {
    const statements = Array.from({ length: 4_000 }, (_, i) => ({ fact: fact({ type: 'person.role', subject: 'Sam Altman', object: 'OpenAI', value: { kind: 'text', text: i % 2 ? 'CEO' : 'chief executive officer' } }), source: `f${i}.txt` }));
    const t0 = performance.now();
    const [row] = compareMany(statements);
    expect(row!.status).toBe('agree');
    // Generous: the titles of every pair of sources compared took 12.6 s.
    expect(performance.now() - t0).toBeLessThan(3_000);
  });
  it('takes time in proportion to the statements when many sources state one figure', () => {
    const statements = Array.from({ length: 6_000 }, (_, i) => ({ fact: dau(i % 3 ? 1_252_925 : 1_250_000, i % 3 ? {} : { qualifiers: { approx: 'more_than' } }), source: `f${i}.txt` }));
    const t0 = performance.now();
    const [row] = compareMany(statements);
    expect(row!.status).toBe('agree');
    expect(row!.sources).toHaveLength(6_000);
    // Generous: every pair of sources compared took about 7 s.
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
  it('takes time in proportion to the statements when each source states its own facts', () => {
    const f0 = extract('Acme AI raised $5 million in a Series A round.', { date: '2025-04-02' }).find((f) => f.type === 'funding.round')!;
    const statements = Array.from({ length: 10_000 }, (_, i) => ({ fact: { ...f0, subject: `Company ${i}` }, source: `f${i}.txt` }));
    const t0 = performance.now();
    const rows = compareMany(statements);
    expect(rows).toHaveLength(10_000);
    expect(rows.every((r) => r.status === 'single' && r.sources.length === 1)).toBe(true);
    // Generous: a filter of every key's statements per source took about 7 s.
    expect(performance.now() - t0).toBeLessThan(2_500);
  });
});

describe('many sources: labels and exports', () => {
  const input = (arg: string, files: string[], f: () => Fact = () => valuation(300e9)): LoadedInput => ({ arg, kind: 'export', single: true, documents: files.map((file) => ({ file, date: null, title: null, facts: [f()] })) });
  it('labels a document met again by its input, then by a number', () => {
    const r = manyReport([input('x.json', ['a.txt', 'b.txt']), input('x.json', ['a.txt', 'b.txt']), input('y.json', ['a.txt']), input('x.json', ['a.txt']), input('x.json', ['a.txt', 'x.json:a.txt#3'])], false);
    expect(r.sources).toEqual(['a.txt', 'b.txt', 'x.json:a.txt', 'x.json:b.txt', 'y.json:a.txt', 'x.json:a.txt#2', 'x.json:a.txt#3', 'x.json:x.json:a.txt#3']);
  });
  it('takes time in proportion to the documents when the same export is given many times', () => {
    const files = Array.from({ length: 500 }, (_, i) => `d${i}.txt`);
    const t0 = performance.now();
    const r = manyReport(Array.from({ length: 60 }, (_, i) => input(`s${i}.ndjson`, files)), false);
    expect(new Set(r.sources).size).toBe(30_000);
    const csv = renderMany(r, 'csv', { color: false }, new Set(['agree', 'conflict', 'single']));
    expect(csv.split('\r\n')[1]!.split(',').filter((c) => c === '300 billion USD')).toHaveLength(30_000);
    // Generous: every label searched among all the labels before it, from #2 each time, took 9 s,
    // and the CSV searched each row's sources once per source.
    expect(performance.now() - t0).toBeLessThan(4_000);
  });
});
