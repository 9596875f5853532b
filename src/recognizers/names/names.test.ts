import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalName, nameKey } from '../../names/canonical.js';
import { createGazetteer, defaultGazetteer, loadAliases } from '../../names/gazetteer.js';
import type { Mention } from '../types.js';
import { corpus } from './corpus.js';
import { createNameRecognizer, linkNames, recognizers } from './index.js';

const rec = recognizers[0]!;
const ctx = { refDate: null };

function matches(m: Mention, expect: Record<string, unknown>): boolean {
  for (const [k, v] of Object.entries(expect)) {
    if (k === 'value' || k === 'qualifiers') {
      const got = (m as unknown as Record<string, Record<string, unknown>>)[k] ?? {};
      for (const [vk, vv] of Object.entries(v as Record<string, unknown>)) if (JSON.stringify(got[vk]) !== JSON.stringify(vv)) return false;
    } else if ((m as unknown as Record<string, unknown>)[k] !== v) return false;
  }
  return true;
}

function show(ms: Mention[]): string {
  return ms.map((m) => `${m.kind}:${JSON.stringify(m.text)}→${m.value.kind === 'entity' ? m.value.name : ''}[${String(m.qualifiers.cue)}]`).join(', ');
}

describe('name corpus', () => {
  it('has enough examples, three times as many own as seed, with negatives', () => {
    const own = corpus.filter((c) => c.origin !== 'seed').length;
    const seed = corpus.filter((c) => c.origin === 'seed').length;
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    expect(own).toBeGreaterThanOrEqual(3 * seed);
    expect(corpus.some((c) => c.expect === null)).toBe(true);
  });

  for (const [i, c] of corpus.entries()) {
    const label = c.expect ? `${c.expect.kind} ${JSON.stringify(c.expect.text)}` : 'nothing';
    it(`#${i} ${label} in ${JSON.stringify(c.text.slice(0, 70))}`, () => {
      const ms = rec.find(c.text, { refDate: c.refDate ?? null });
      for (const m of ms) {
        expect(m.text).toBe(c.text.slice(m.start, m.end));
        expect(m.value.kind).toBe('entity');
        expect(m.source).toBe('names');
      }
      if (c.expect === null) {
        expect(show(ms)).toBe('');
        return;
      }
      const ok = ms.some((m) => matches(m, c.expect as Record<string, unknown>));
      expect(ok, `expected ${JSON.stringify(c.expect)}\n got ${show(ms)}`).toBe(true);
    });
  }
});

describe('mentions are well-formed', () => {
  it('spans match the text, do not overlap and come in order, on every corpus text together', () => {
    const text = corpus.map((c) => c.text).join('\n\n');
    const ms = rec.find(text, ctx);
    let last = -1;
    for (const m of ms) {
      expect(m.text).toBe(text.slice(m.start, m.end));
      expect(m.start).toBeGreaterThanOrEqual(last);
      expect(['org', 'person', 'place', 'product']).toContain(m.kind);
      expect(m.value.kind === 'entity' && m.value.entityType).toBe(m.kind);
      last = m.end;
    }
  });

  it('never throws on odd input', () => {
    for (const s of ['', ' ', '\n\n', 'A', 'Inc.', "'s", '&', 'Mr.', 'CEO', 'The', '-based', 'Korea-', '(AWS)', 'Kim Beom-', 'A. B. C.', '\u00a0Seoul\u00a0', '\ud83d\ude00 OpenAI']) {
      expect(() => rec.find(s, ctx)).not.toThrow();
    }
  });
});

describe('canonicalName and nameKey', () => {
  it('drops legal suffixes, case and possessives', () => {
    expect(canonicalName('SK Telecom Co.')).toBe('SK Telecom');
    expect(nameKey('SK Telecom Co.')).toBe(nameKey('SK Telecom'));
    expect(canonicalName('KRAFTON')).toBe('Krafton');
    expect(nameKey('KRAFTON')).toBe(nameKey('Krafton Inc.'));
    expect(nameKey('Krafton Inc.')).toBe(nameKey('Krafton'));
    expect(canonicalName('Kakao Corp.')).toBe('Kakao');
    expect(canonicalName('Samsung Electronics Co., Ltd.')).toBe('Samsung Electronics');
    expect(canonicalName('Goldman Sachs & Co.')).toBe('Goldman Sachs');
    expect(canonicalName('Nordwind GmbH')).toBe('Nordwind');
    expect(canonicalName('Alcora S.A.')).toBe('Alcora');
    expect(canonicalName('Veridian AG')).toBe('Veridian');
    expect(canonicalName('Crestline, LLC')).toBe('Crestline');
    expect(canonicalName('Orbis PLC')).toBe('Orbis');
    expect(canonicalName("OpenAI's")).toBe('OpenAI');
    expect(canonicalName('OpenAI’s')).toBe('OpenAI');
    expect(canonicalName('the Walt Disney Company')).toBe('Walt Disney Company');
    expect(canonicalName('  Kakao   Enterprise ')).toBe('Kakao Enterprise');
  });

  it('keeps different entities apart', () => {
    expect(nameKey('Kakao Enterprise')).not.toBe(nameKey('Kakao'));
    expect(nameKey('SK')).not.toBe(nameKey('SK Telecom'));
    expect(nameKey('Disney+')).not.toBe(nameKey('Disney'));
  });

  it('keeps short acronyms and title-cases long capitals', () => {
    expect(canonicalName('TVING')).toBe('TVING');
    expect(canonicalName('SK')).toBe('SK');
    expect(canonicalName('LG Uplus')).toBe('LG Uplus');
    expect(canonicalName('SAMSUNG ELECTRONICS')).toBe('Samsung Electronics');
    expect(canonicalName('Inc.')).toBe('Inc.');
  });

  it('a government or demonym is the country', () => {
    expect(canonicalName('the Korean government')).toBe('South Korea');
    expect(canonicalName('Korean government')).toBe('South Korea');
    expect(canonicalName('Government of India')).toBe('India');
    expect(canonicalName('Korean')).toBe('South Korea');
    expect(canonicalName('U.S.')).toBe('United States');
    expect(canonicalName('us')).toBe('us');
    expect(canonicalName('Seoul government')).toBe('Seoul government');
  });

  it('folds diacritics in keys only', () => {
    expect(canonicalName('Niklas Köhler')).toBe('Niklas Köhler');
    expect(nameKey('São Paulo')).toBe(nameKey('Sao Paulo'));
  });
});

describe('gazetteer', () => {
  it('looks up names, aliases and demonyms', () => {
    expect(defaultGazetteer.lookup('AWS')?.name).toBe('Amazon Web Services');
    expect(defaultGazetteer.lookup('S. Korea')?.name).toBe('South Korea');
    expect(defaultGazetteer.lookup('Korean')?.name).toBe('South Korea');
    expect(defaultGazetteer.lookup('American')?.name).toBe('United States');
    expect(defaultGazetteer.lookup('Bangalore')?.name).toBe('Bengaluru');
    expect(defaultGazetteer.lookup('the Korean government')?.name).toBe('South Korea');
    expect(defaultGazetteer.lookup('Nvidia Corp.')?.name).toBe('Nvidia');
    expect(defaultGazetteer.canonical('Krafton Inc.')).toBe('Krafton');
    expect(defaultGazetteer.canonical('Samsung Electronics')).toBe('Samsung Electronics');
    expect(defaultGazetteer.lookup('Us')).toBeUndefined();
    expect(defaultGazetteer.lookup('US')?.name).toBe('United States');
  });

  it('is general knowledge of a reasonable size', () => {
    const by = (f: (e: (typeof defaultGazetteer.entries)[number]) => boolean) => defaultGazetteer.entries.filter(f).length;
    expect(by((e) => e.category === 'country')).toBeGreaterThanOrEqual(80);
    expect(by((e) => e.category === 'city')).toBeGreaterThanOrEqual(200);
    expect(by((e) => e.category === 'region')).toBeGreaterThanOrEqual(20);
    expect(by((e) => e.type === 'org' || e.type === 'product')).toBeGreaterThanOrEqual(150);
  });

  it('extends with user entries that override built-in ones', () => {
    const g = defaultGazetteer.withEntries([
      { name: 'Kakao', type: 'org', aliases: ['Kakao Corp', '카카오'] },
      { name: 'Prime Video', type: 'product', aliases: ['Amazon Prime Video'] },
    ]);
    expect(g.lookup('카카오')?.name).toBe('Kakao');
    expect(g.lookup('Amazon Prime Video')?.name).toBe('Prime Video');
    expect(defaultGazetteer.lookup('Amazon Prime Video')?.name).toBe('Amazon Prime Video');
    const r = createNameRecognizer(g);
    const ms = r.find('Viewers of Amazon Prime Video grew.', ctx);
    expect(ms.map((m) => m.value.kind === 'entity' && m.value.name)).toContain('Prime Video');
  });
});

describe('loadAliases', () => {
  const dir = mkdtempSync(join(tmpdir(), 'names-aliases-'));
  const file = (name: string, content: string): string => {
    const p = join(dir, name);
    writeFileSync(p, content);
    return p;
  };

  it('reads an array or {entries}', () => {
    const a = file('a.json', JSON.stringify([{ name: 'Zentrix', type: 'org', aliases: ['Zentrix Labs'] }]));
    const b = file('b.json', JSON.stringify({ entries: [{ name: 'Lumi', type: 'product' }] }));
    expect(loadAliases(a)[0]!.name).toBe('Zentrix');
    expect(loadAliases(b)[0]!.type).toBe('product');
    const g = createGazetteer([a, b]);
    expect(g.lookup('Zentrix Labs')?.name).toBe('Zentrix');
    expect(g.lookup('Seoul')?.name).toBe('Seoul');
  });

  it('names the file and the bad entry', () => {
    const entries = [
      { name: 'A', type: 'org' },
      { name: 'B', type: 'org' },
      { name: 'C', type: 'org' },
      { name: 'D', type: 'company' },
    ];
    const f = file('aliases.json', JSON.stringify({ entries }));
    expect(() => loadAliases(f)).toThrow(`${f}: entries[3].type: expected one of org|person|place|product`);
    const g = file('arr.json', JSON.stringify([{ name: 'A', type: 'org', aliases: 'A Corp' }]));
    expect(() => loadAliases(g)).toThrow(/arr\.json: entries\[0\]\.aliases: expected an array of strings/);
    const h = file('empty.json', JSON.stringify([{ name: '', type: 'org' }]));
    expect(() => loadAliases(h)).toThrow(/empty\.json: entries\[0\]\.name/);
    const k = file('typo.json', JSON.stringify([{ name: 'A', type: 'org', alias: ['x'] }]));
    expect(() => loadAliases(k)).toThrow(/typo\.json: entries\[0\]: unknown key "alias"/);
  });

  it('reports bad JSON, wrong shapes and missing files', () => {
    expect(() => loadAliases(file('bad.json', '{ entries: ['))).toThrow(/bad\.json: invalid JSON/);
    expect(() => loadAliases(file('num.json', '42'))).toThrow(/num\.json: expected an array of entries/);
    expect(() => loadAliases(join(dir, 'missing.json'))).toThrow(/missing\.json: cannot read/);
  });
});

describe('linkNames', () => {
  it('maps a later bare surname to the full name', () => {
    const text = 'Daniel Brandt joined in May. Brandt said the plan was sound.';
    const full: Mention = { kind: 'person', start: 0, end: 13, text: 'Daniel Brandt', value: { kind: 'entity', name: 'Daniel Brandt', entityType: 'person' }, qualifiers: {}, source: 'x' };
    const bare: Mention = { kind: 'person', start: 29, end: 35, text: 'Brandt', value: { kind: 'entity', name: 'Brandt', entityType: 'person' }, qualifiers: {}, source: 'x' };
    expect(text.slice(bare.start, bare.end)).toBe('Brandt');
    const out = linkNames([full, bare]);
    expect(out[1]!.value).toMatchObject({ name: 'Daniel Brandt' });
    expect(out[1]!.qualifiers.linkedFrom).toBe('Brandt');
    expect(out[0]).toBe(full);
  });

  it('the recognizer links within a document, to the nearest earlier full name', () => {
    const text = 'Mira Solberg met Anna Solberg. Later, Kessler and Mira Solberg spoke. Solberg said yes.';
    const ms = rec.find(text, ctx).filter((m) => m.kind === 'person');
    const last = ms.find((m) => m.start === text.lastIndexOf('Solberg'));
    expect(last?.value).toMatchObject({ name: 'Mira Solberg' });
  });
});

describe('performance', () => {
  const time = (s: string): number => {
    const t = performance.now();
    rec.find(s, ctx);
    return performance.now() - t;
  };
  const words = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta'];
  const mb = (unit: string): string => unit.repeat(Math.ceil(1_000_000 / unit.length));
  const cases: [string, string][] = [
    ['a run of capitalised words', Array.from({ length: 170_000 }, (_, i) => words[i % 6]).join(' ')],
    ['a comma list of capitalised words', Array.from({ length: 140_000 }, (_, i) => words[i % 6]).join(', ')],
    ['legal suffixes', mb('Inc. ')],
    ['dollar signs', mb('$')],
    ['titles and names', mb('CEO Kim Beom-su of Kakao Corp., ')],
    ['speech', mb('Alpha Beta said, ')],
    ['connectors', mb('Ministry of Bank of University of ')],
    ['hyphens', mb('Alpha-Beta-Gamma-Delta ')],
    ['one long word', 'A'.repeat(1_000_000)],
  ];
  for (const [name, s] of cases) {
    it(`1 MB of ${name} in linear time (a generous cap against catastrophic backtracking)`, () => {
      expect(time(s)).toBeLessThan(10_000);
    });
  }

  it('a typical 5 KB article in a few ms', () => {
    const para = corpus.filter((c) => c.origin === 'seed').map((c) => c.text).join(' ');
    const article = para.slice(0, 5000);
    for (let i = 0; i < 5; i++) time(article); // warm up
    const best = Math.min(...Array.from({ length: 5 }, () => time(article)));
    expect(best).toBeLessThan(10);
  });
});
