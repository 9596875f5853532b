// Every value of the seed gold (gold/seeds) is recognized with the gold's number, currency, rank or date,
// in the words the gold quotes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDocument, sentenceAt } from '../src/document/index.js';
import { recognize } from '../src/pipeline.js';
import { defaultRecognizers } from '../src/recognizers/index.js';
import type { Mention } from '../src/recognizers/types.js';
import { ROOT } from './helpers.js';

interface GoldFact {
  type: string;
  value?: { kind: string; number?: number; amount?: number; currency?: string; rank?: number; factor?: number };
  time?: string;
  quote: string;
}

const goldDir = join(ROOT, 'gold', 'seeds');
const cases = readdirSync(goldDir)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => {
    const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as { article: string; facts: GoldFact[] };
    return gold.facts.filter((g) => (g.value && ['count', 'money', 'rank', 'percent', 'multiplier'].includes(g.value.kind)) || g.time).map((g) => [gold.article, g] as const);
  });

const near = (a: number | undefined, b: number | undefined) => a !== undefined && b !== undefined && Math.abs(a - b) <= 0.005 * Math.abs(b);

function numberOf(m: Mention): number | undefined {
  const v = m.value;
  return v.kind === 'count' || v.kind === 'percent' ? v.number : v.kind === 'money' ? v.amount : v.kind === 'rank' ? v.rank : v.kind === 'multiplier' ? v.factor : undefined;
}

describe('seed gold values', () => {
  it('covers the seed gold', () => expect(cases.length).toBeGreaterThan(15));
  it.each(cases.map(([a, g]) => [`${a}: ${g.type} «${g.quote.slice(0, 50)}»`, a, g] as const))('%s', (_label, article, g) => {
    const text = readFileSync(join(ROOT, 'seeds', article), 'utf8');
    const doc = makeDocument(article, text);
    const at = text.indexOf(g.quote);
    expect(at).toBeGreaterThanOrEqual(0);
    const sentence = sentenceAt(doc, at)!;
    const inQuote = recognize(doc, defaultRecognizers()).filter((m) => m.start < at + g.quote.length && m.end > at);
    if (g.value && g.value.kind !== 'entity' && g.value.kind !== 'text') {
      const want = g.value.number ?? g.value.amount ?? g.value.rank ?? g.value.factor;
      const hit = inQuote.find((m) => m.kind === (g.value!.kind === 'count' ? 'count' : g.value!.kind) && near(numberOf(m), want));
      expect(hit, `no ${g.value.kind} ${want} in «${g.quote}»: ${inQuote.map((m) => `${m.kind} ${m.text}`).join('; ')}`).toBeDefined();
      if (g.value.kind === 'money') expect(hit!.value.kind === 'money' && hit!.value.currency).toBe(g.value.currency);
    }
    if (g.time) {
      const times = recognize(doc, defaultRecognizers()).filter((m) => m.kind === 'time' && m.start >= sentence.start && m.end <= sentence.end);
      expect(times.some((m) => (m.time?.start ?? '').startsWith(g.time!)), `no date ${g.time} in «${text.slice(sentence.start, sentence.end)}»`).toBe(true);
    }
  });
});
