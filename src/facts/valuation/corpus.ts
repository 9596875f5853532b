// Examples for the valuation rules: the seeds' sentences and many of our own. Also the family's test.
import type { FactExample } from '../corpus.js';

export const corpus: FactExample[] = [
  {
    origin: 'seed',
    text: ' date 2025-04-02 OpenAI news\n\nThe company’s valuation, which stood at $157 billion in October last year, has nearly doubled to $300 billion in just over five months.',
    expect: [
      { type: 'valuation', value: { amount: 157e9, currency: 'USD' }, time: '2024-10' },
      { type: 'valuation', value: { amount: 300e9, currency: 'USD' } },
    ],
  },
  { origin: 'own', text: 'Lumora, a Berlin-based robotics startup, is now valued at €2.1 billion ($2.4 billion).', expect: [{ type: 'valuation', subject: 'Lumora', value: { amount: 2.1e9, currency: 'EUR' }, qualifiers: { equivalent: { amount: 2.4e9, currency: 'USD' } } }] },
  { origin: 'own', text: 'The round gives Kestrel Labs a post-money valuation of $850 million.', expect: [{ type: 'valuation', subject: 'Kestrel Labs', value: { amount: 850e6 } }] },
  { origin: 'own', text: 'Tessary raised fresh capital at a $4 billion valuation, people familiar with the matter said.', expect: [{ type: 'valuation', subject: 'Tessary', value: { amount: 4e9 } }] },
];
