// Examples for the market rules: the seeds' sentences and many of our own. Also the family's test.
import type { FactExample } from '../corpus.js';

export const corpus: FactExample[] = [
  {
    origin: 'seed',
    text: 'The Korean AI market, valued at $3.12 billion in 2024, is projected to surge to $30 billion by 2033, providing ample opportunities for growth and innovation.',
    expect: [
      { type: 'market.size', value: { amount: 3.12e9, currency: 'USD' }, scope: 'South Korea', time: '2024' },
      { type: 'market.size', value: { amount: 30e9, currency: 'USD' }, scope: 'South Korea', time: '2033', qualifiers: { forecast: true } },
    ],
    absent: [{ type: 'valuation' }],
  },
  // Size: the market named before its figure, actual and forecast as separate facts
  {
    origin: 'own',
    text: 'Japan’s market for AI software used in manufacturing was worth roughly ¥180 billion in 2024 and is forecast to reach ¥620 billion by 2030, according to a Tokyo research firm.',
    expect: [
      { type: 'market.size', subject: 'market for AI software used', value: { amount: 180e9, currency: 'JPY' }, scope: 'Japan', time: '2024' },
      { type: 'market.size', value: { amount: 620e9, currency: 'JPY' }, scope: 'Japan', time: '2030' },
    ],
    absent: [{ type: 'valuation' }],
  },
  {
    origin: 'own',
    text: 'Europe’s market for AI in financial services is expected to reach €28 billion by 2028, up from €9.5 billion in 2024, according to a Munich consultancy.',
    expect: [
      { type: 'market.size', value: { amount: 28e9, currency: 'EUR' }, scope: 'Europe', time: '2028' },
      { type: 'market.size', value: { amount: 9.5e9, currency: 'EUR' }, scope: 'Europe', time: '2024' },
    ],
  },
  { origin: 'own', text: 'The global HBM market was worth about $18 billion in 2024 and could top $98 billion by 2030, Chiplens estimates.', expect: [{ type: 'market.size', subject: 'global HBM market', value: { amount: 18e9 }, time: '2024' }, { type: 'market.size', value: { amount: 98e9 }, time: '2030' }] },
  { origin: 'own', text: 'India’s digital lending market, estimated at $270 billion in 2024, is projected to reach $515 billion by 2030.', expect: [{ type: 'market.size', subject: 'digital lending market', value: { amount: 270e9 }, scope: 'India', time: '2024' }, { type: 'market.size', value: { amount: 515e9 }, time: '2030' }] },
  { origin: 'own', text: 'The UK market for clinical documentation AI could be worth £1.2 billion by 2028, up from £310 million in 2024.', expect: [{ type: 'market.size', value: { amount: 1.2e9, currency: 'GBP' }, scope: 'United Kingdom', time: '2028' }, { type: 'market.size', value: { amount: 310e6, currency: 'GBP' }, time: '2024' }], absent: [{ type: 'valuation' }] },
  { origin: 'own', text: 'Indonesia’s e-commerce market is likely to reach Rp 1,900 trillion by 2030.', expect: [{ type: 'market.size', value: { amount: 1.9e15, currency: 'IDR' }, scope: 'Indonesia', time: '2030' }] },
  { origin: 'own', text: 'The Brazilian edtech sector generated R$8 billion last year.', date: '2025-03-01', expect: [], absent: [{ type: 'valuation' }] },
  { origin: 'own', text: 'The European cloud market grew by a factor of six, reaching €61 billion ($70 billion) in 2024.', expect: [{ type: 'market.size', subject: 'European cloud market', value: { amount: 61e9, currency: 'EUR' }, scope: 'Europe', time: '2024' }] },
  {
    origin: 'own',
    text: 'The digital comics market in Japan is the world’s largest, with an estimated value of approximately 4.5 trillion won ($3.8 billion), followed by China with 1.78 trillion won.',
    expect: [{ type: 'market.size', value: { amount: 4.5e12, currency: 'KRW' }, scope: 'Japan' }, { type: 'market.size', value: { amount: 1.78e12, currency: 'KRW' }, scope: 'China' }],
  },
  { origin: 'own', text: 'Vietnam is a $3 billion market for food delivery.', expect: [{ type: 'market.size', value: { amount: 3e9 } }] },
  // Two markets in one sentence: each keeps its own figure
  {
    origin: 'own',
    text: 'The country’s electric vehicle market is likely to reach Rs 20 trillion by 2030, and the finance market for electric vehicles is estimated to reach Rs 4 trillion.',
    expect: [{ type: 'market.size', subject: 'electric vehicle market', value: { amount: 20e12, currency: 'INR' } }, { type: 'market.size', subject: 'finance market for electric vehicles', value: { amount: 4e12, currency: 'INR' } }],
    absent: [{ type: 'market.size', subject: 'electric vehicle market', value: { amount: 4e12 } }],
  },
  // A research firm sizing the market named earlier in the sentence
  {
    origin: 'own',
    text: 'Its share of the enterprise search market rose to 14% in the quarter, according to Halden & Price, which values the market at $11 billion this year and expects it to reach $26 billion by 2029.',
    expect: [
      { type: 'market.share', value: { number: 14 } },
      { type: 'market.size', subject: 'enterprise search market', value: { amount: 11e9 } },
      { type: 'market.size', subject: 'enterprise search market', value: { amount: 26e9 }, time: '2029' },
    ],
    absent: [{ type: 'valuation' }],
  },
  // Negatives: a company's market value, a stock market
  { origin: 'own', text: 'Nvidia’s market capitalisation reached $4 trillion.', expect: [], absent: [{ type: 'market.size' }] },
  { origin: 'own', text: 'Stock market investors lost $2 trillion in a week.', expect: [], absent: [{ type: 'market.size' }] },
  // Shares
  { origin: 'own', text: 'SK Telecom had 49.5 percent of the market in March.', date: '2015-04-28', expect: [{ type: 'market.share', subject: 'SK Telecom', value: { number: 49.5 }, time: '2015-03' }] },
  { origin: 'own', text: 'LG Uplus Corp., the smallest player, posted a market share of 19.97 percent last month.', date: '2015-04-28', expect: [{ type: 'market.share', subject: 'LG Uplus', value: { number: 19.97 }, time: '2015-03' }] },
  { origin: 'own', text: 'KT Corp. saw its market share advance 0.03 percentage point on-month to reach 30.52 percent.', expect: [{ type: 'market.share', subject: 'KT', value: { number: 30.52 } }], absent: [{ type: 'market.share', value: { number: 0.03 } }] },
  { origin: 'own', text: 'It was the first time for SK Telecom to post a market share hovering below 50 percent.', expect: [{ type: 'market.share', subject: 'SK Telecom', value: { number: 50 }, qualifiers: { approx: 'less_than' } }] },
  { origin: 'own', text: 'Hanul Semiconductor ranks third among HBM suppliers, with a 9% share in the second quarter, up from 6% a year earlier.', date: '2025-07-22', expect: [{ type: 'market.share', value: { number: 9 }, time: '2025-04' }, { type: 'market.share', value: { number: 6 } }] },
  { origin: 'own', text: 'Tata Motors holds around 65 per cent in the electric cars business.', expect: [{ type: 'market.share', subject: 'Tata Motors', value: { number: 65 }, qualifiers: { approx: 'about' } }] },
  { origin: 'own', text: 'European providers’ market share dropped from 29% in 2017 to 15% in 2022.', expect: [{ type: 'market.share', value: { number: 29 }, time: '2017' }, { type: 'market.share', value: { number: 15 }, time: '2022' }] },
  { origin: 'own', text: 'SAP and Deutsche Telekom are the leaders, each accounting for 2% of the European market.', expect: [{ type: 'market.share', subject: 'SAP', value: { number: 2 } }, { type: 'market.share', subject: 'Deutsche Telekom', value: { number: 2 } }] },
  { origin: 'own', text: 'Singapore still holds the largest slice of the region’s operating capacity, at 41%.', expect: [{ type: 'market.share', subject: 'Singapore', value: { number: 41 } }] },
  { origin: 'own', text: 'Samsung commands a 31% share of the Japanese smartphone market.', expect: [{ type: 'market.share', subject: 'Samsung', value: { number: 31 } }] },
  // Negatives: shares of revenue, stakes
  // A company's share with no place named, in an article about one country, is that country's; not when it says global.
  {
    origin: 'own',
    text: 'Brazil’s music streaming boom shows no sign of slowing. Listeners in Brazil streamed 40% more songs this year. Vireo Music holds about 38 percent in the streaming business, ahead of Sonata.',
    expect: [{ type: 'market.share', subject: 'Vireo Music', value: { number: 38 }, scope: 'Brazil' }],
  },
  {
    origin: 'own',
    text: 'Brazil’s music streaming boom shows no sign of slowing. Listeners in Brazil streamed 40% more songs this year. Vireo Music holds about 38 percent of the global streaming market.',
    expect: [{ type: 'market.share', subject: 'Vireo Music', value: { number: 38 }, scope: null }],
  },
  // A group that owns the share ("makers' share") is its subject, not the company the article is about.
  {
    origin: 'own',
    text: 'Corvane Systems Inc. shipped more phones than ever. Chinese smartphone makers’ combined share rose to 40% in 2024.',
    expect: [{ type: 'market.share', subject: 'Chinese smartphone makers', value: { number: 40 }, time: '2024' }],
    absent: [{ type: 'market.share', subject: 'Corvane Systems' }],
  },
  // A group counted before the figure is the names the sentence before lists, as one subject; never one of them.
  {
    origin: 'own',
    text: 'Cloud spending in Europe grew sixfold, and vendors from the United States took most of it. The winners of the boom were Corvane Systems, Telmio Networks and Austral Data Inc. These three cloud vendors now control 62% of the regional market.',
    // "the regional market" is Europe's, not that of the country the article names most.
    expect: [{ type: 'market.share', subject: 'Corvane Systems, Telmio Networks and Austral Data', value: { number: 62 }, scope: 'Europe', qualifiers: { combined: true } }],
  },
  {
    origin: 'own',
    text: 'The winners of the boom were Corvane Systems, Telmio Networks and Austral Data Inc. The two largest vendors hold 48% of the cloud market.',
    expect: [{ type: 'market.share', subject: null, value: { number: 48 } }],
    absent: [{ type: 'market.share', subject: 'Austral Data' }, { type: 'market.share', subject: 'Corvane Systems' }],
  },
  { origin: 'own', text: 'Mobile’s share of revenue decreased slightly from 33.9% in Q2 2022.', expect: [], absent: [{ type: 'market.share' }] },
  { origin: 'own', text: 'GoTo Financial holds a 22% stake in digital lender Bank Jago.', expect: [], absent: [{ type: 'market.share' }] },
];
