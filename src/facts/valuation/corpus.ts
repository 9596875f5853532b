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
    // October belongs to the earlier figure, not to the one it has doubled to.
    absent: [{ type: 'valuation', value: { amount: 300e9 }, time: '2024' }],
  },
  {
    origin: 'seed',
    text: ' date 2025-04-02 OpenAI news\n\nMeanwhile, OpenAI has successfully closed a $40 billion investment round led by SoftBank.',
    expect: [{ type: 'funding.round', subject: 'OpenAI', object: 'SoftBank', value: { amount: 40e9 } }],
    // The money of a round is not what the company is worth.
    absent: [{ type: 'valuation' }],
  },
  // "valued at", in every currency
  { origin: 'own', text: 'Lumora, a Berlin-based robotics startup, is now valued at €2.1 billion ($2.4 billion).', expect: [{ type: 'valuation', subject: 'Lumora', value: { amount: 2.1e9, currency: 'EUR' }, qualifiers: { equivalent: { amount: 2.4e9, currency: 'USD' } } }] },
  { origin: 'own', text: 'After the round, Zentro Labs was valued at $1.2 billion.', expect: [{ type: 'valuation', subject: 'Zentro Labs', value: { amount: 1.2e9, currency: 'USD' } }] },
  { origin: 'own', text: 'Valued at £1.3bn, the Manchester fintech employs 400 people.', expect: [{ type: 'valuation', value: { amount: 1.3e9, currency: 'GBP' } }] },
  { origin: 'own', text: ' date 2025-06-10 Brief\n\nThe Seoul chip designer Furiosa was valued at 1.2 trillion won in March.', expect: [{ type: 'valuation', value: { amount: 1.2e12, currency: 'KRW' }, time: '2025-03' }] },
  { origin: 'own', text: 'Nebulon Systems, which was last valued at ¥90 billion, is raising new capital.', expect: [{ type: 'valuation', subject: 'Nebulon Systems', value: { amount: 90e9, currency: 'JPY' } }] },
  // "the deal values the company at", "valuing the startup at"
  { origin: 'own', text: 'The investment values the four-year-old startup at ₹5,600 crore ($640 million).', expect: [{ type: 'valuation', value: { amount: 56e9, currency: 'INR' }, qualifiers: { equivalent: { amount: 640e6, currency: 'USD' } } }] },
  { origin: 'own', text: 'Investors are valuing the firm at close to $40 billion.', expect: [{ type: 'valuation', value: { amount: 40e9 }, qualifiers: { approx: 'nearly' } }] },
  { origin: 'own', text: 'The deal values Ardent Robotics at 3.5 billion reais, or about $640 million.', expect: [{ type: 'valuation', subject: 'Ardent Robotics', value: { amount: 3.5e9, currency: 'BRL' } }] },
  // The company that raised is the one valued, not the investor named nearer to the figure.
  {
    origin: 'own',
    text: 'Veltra Labs raised $500 million in February in a round led by Fernhill Capital that valued it at $9 billion.',
    date: '2025-06-01',
    expect: [{ type: 'valuation', subject: 'Veltra Labs', value: { amount: 9e9 }, time: '2025-02' }],
    absent: [{ type: 'valuation', subject: 'Fernhill Capital' }],
  },
  // "a valuation of", "at a $X valuation", pre-money and post-money
  { origin: 'own', text: 'The round gives Kestrel Labs a post-money valuation of $850 million.', expect: [{ type: 'valuation', subject: 'Kestrel Labs', value: { amount: 850e6 } }] },
  { origin: 'own', text: 'Tessary raised fresh capital at a $4 billion valuation, people familiar with the matter said.', expect: [{ type: 'valuation', subject: 'Tessary', value: { amount: 4e9 } }] },
  { origin: 'own', text: 'PayNest raised the funds at a pre-money valuation of $9.5 billion.', expect: [{ type: 'valuation', subject: 'PayNest', value: { amount: 9.5e9 } }], absent: [{ type: 'funding.round', value: { amount: 9.5e9 } }] },
  { origin: 'own', text: 'The financing gives Orvane Inc. a valuation of about 1.2 trillion won.', expect: [{ type: 'valuation', value: { amount: 1.2e12, currency: 'KRW' }, qualifiers: { approx: 'about' } }] },
  { origin: 'own', text: 'The Series C was priced at a valuation of Rs 8,000 crore.', expect: [{ type: 'valuation', value: { amount: 80e9, currency: 'INR' } }] },
  { origin: 'own', text: 'Helix Bio reached unicorn status with a $1 billion valuation.', expect: [{ type: 'valuation', subject: 'Helix Bio', value: { amount: 1e9 } }] },
  // Changes: the new figure and the earlier one are two facts.
  {
    origin: 'own',
    text: ' date 2025-03-01 Brief\n\nQuanta Pay’s valuation jumped to $5 billion from $2 billion a year ago.',
    expect: [
      { type: 'valuation', subject: 'Quanta Pay', value: { amount: 5e9 } },
      { type: 'valuation', subject: 'Quanta Pay', value: { amount: 2e9 }, time: '2024' },
    ],
  },
  { origin: 'own', text: 'The startup’s valuation tripled to ¥900 billion in a year.', expect: [{ type: 'valuation', value: { amount: 900e9, currency: 'JPY' } }] },
  { origin: 'own', text: 'The company said its valuation had more than doubled to €6 billion.', expect: [{ type: 'valuation', value: { amount: 6e9, currency: 'EUR' } }] },
  // "worth"
  { origin: 'own', text: 'The combined group is worth at least $18 billion.', expect: [{ type: 'valuation', value: { amount: 18e9 }, qualifiers: { approx: 'at_least' } }] },
  { origin: 'own', text: 'Brightloom is now reportedly worth some A$4 billion.', expect: [{ type: 'valuation', value: { amount: 4e9, currency: 'AUD' }, qualifiers: { approx: 'about' } }] },
  // Several companies in one sentence
  {
    origin: 'own',
    text: 'The merger brings together Ridex Technologies (valued at $10.5 billion) and Shoplane Group ($7.5 billion) before the listing.',
    expect: [
      { type: 'valuation', subject: 'Ridex Technologies', value: { amount: 10.5e9 } },
      { type: 'valuation', subject: 'Shoplane', value: { amount: 7.5e9 } },
    ],
  },
  // A listed company's worth
  { origin: 'own', text: 'Nvidia’s market capitalisation reached $4 trillion on Tuesday.', expect: [{ type: 'valuation', subject: 'Nvidia', value: { amount: 4e12 } }], absent: [{ type: 'market.size' }] },
  { origin: 'own', text: 'Sea Ltd now has a $60 billion market cap.', expect: [{ type: 'valuation', value: { amount: 60e9 } }] },
  // Negatives: a deal's price, a stake, a market, funding totals
  { origin: 'own', text: 'Krafton acquired the agency in a deal valued at 75 billion yen.', expect: [], absent: [{ type: 'valuation' }] },
  { origin: 'own', text: 'The acquisition, valued at $2 billion, closed in May.', expect: [], absent: [{ type: 'valuation' }] },
  { origin: 'own', text: 'Its stake, valued at about $1 billion, will be sold next year.', expect: [], absent: [{ type: 'valuation' }] },
  { origin: 'own', text: 'The contract is valued at €300 million.', expect: [], absent: [{ type: 'valuation' }] },
  { origin: 'own', text: 'The market for AI chips was worth $50 billion in 2024.', expect: [{ type: 'market.size', value: { amount: 50e9 } }], absent: [{ type: 'valuation' }] },
  { origin: 'own', text: 'Research firm Halden & Price values the market at $11 billion this year.', expect: [], absent: [{ type: 'valuation' }] },
  {
    origin: 'own',
    text: 'The deal values the company at ¥32 billion, more than double its valuation at the time of its Series A two years ago, and brings its total funding to ¥7.2 billion.',
    expect: [{ type: 'valuation', value: { amount: 32e9, currency: 'JPY' } }, { type: 'funding.total', value: { amount: 7.2e9, currency: 'JPY' } }],
    absent: [{ type: 'valuation', value: { amount: 7.2e9 } }],
  },
  // "The round valued the company at …": when the round named just before was
  { origin: 'own', text: 'Brightwave closed a $90 million Series C in 2023 led by Harbor Peak. The round valued the company at about $900 million.', expect: [{ type: 'valuation', subject: 'Brightwave', value: { amount: 900e6 }, time: '2023' }] },
  { origin: 'own', text: 'Brightwave closed a $90 million Series C in 2023 led by Harbor Peak. Analysts valued the company at about $900 million.', expect: [{ type: 'valuation', value: { amount: 900e6 } }], absent: [{ type: 'valuation', time: '2023' }] },
  { origin: 'own', text: 'The round valued the company at €410 million, up from €120 million when it raised its Series A in March 2024.', expect: [{ type: 'valuation', value: { amount: 120e6, currency: 'EUR' }, time: '2024-03' }] },
  // an earlier valuation told as what the company "was worth"
  { origin: 'own', text: 'The deal values Orbita at $1.1 billion, more than three times the $340 million it was worth after its Series B in March 2024.', date: '2026-01-27', expect: [{ type: 'valuation', value: { amount: 1.1e9 } }, { type: 'valuation', value: { amount: 340e6 }, time: '2024-03' }] },
];
