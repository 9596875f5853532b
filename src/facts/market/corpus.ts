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
  { origin: 'own', text: 'The German industrial robotics market grew by a factor of four, reaching €9.2 billion ($10.1 billion) in 2023.', expect: [{ type: 'market.size', subject: 'German industrial robotics market', value: { amount: 9.2e9, currency: 'EUR' }, scope: 'Germany', time: '2023' }] },
  {
    origin: 'own',
    text: 'The K-pop merchandise market in Japan is the region’s largest, at an estimated value of about 2.9 trillion won ($2.1 billion), followed by the United States with 1.15 trillion won.',
    expect: [{ type: 'market.size', value: { amount: 2.9e12, currency: 'KRW' }, scope: 'Japan' }, { type: 'market.size', value: { amount: 1.15e12, currency: 'KRW' }, scope: 'United States' }],
  },
  { origin: 'own', text: 'Vietnam is a $3 billion market for food delivery.', expect: [{ type: 'market.size', value: { amount: 3e9 } }] },
  // Two markets in one sentence: each keeps its own figure
  {
    origin: 'own',
    text: 'The nation’s solar power market is likely to reach Rs 12 trillion by 2032, and the rooftop installation market for solar panels is estimated to reach Rs 3 trillion.',
    expect: [{ type: 'market.size', subject: 'solar power market', value: { amount: 12e12, currency: 'INR' } }, { type: 'market.size', subject: 'rooftop installation market for solar panels', value: { amount: 3e12, currency: 'INR' } }],
    absent: [{ type: 'market.size', subject: 'solar power market', value: { amount: 3e12 } }],
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
  { origin: 'own', text: 'Telmio Networks had 37.2 percent of the market in September.', date: '2019-10-15', expect: [{ type: 'market.share', subject: 'Telmio Networks', value: { number: 37.2 }, time: '2019-09' }] },
  { origin: 'own', text: 'Vireo Mobile Corp., the newest entrant, recorded a market share of 8.41 percent last month.', date: '2019-10-15', expect: [{ type: 'market.share', subject: 'Vireo Mobile', value: { number: 8.41 }, time: '2019-09' }] },
  { origin: 'own', text: 'Halvard Telecom Corp. saw its market share edge up 0.12 percentage point on-month to reach 27.86 percent.', expect: [{ type: 'market.share', subject: 'Halvard Telecom', value: { number: 27.86 } }], absent: [{ type: 'market.share', value: { number: 0.12 } }] },
  { origin: 'own', text: 'This marked the first time for Telmio Networks to record a market share hovering below 40 percent.', expect: [{ type: 'market.share', subject: 'Telmio Networks', value: { number: 40 }, qualifiers: { approx: 'less_than' } }] },
  { origin: 'own', text: 'Hanul Semiconductor ranks third among HBM suppliers, with a 9% share in the second quarter, up from 6% a year earlier.', date: '2025-07-22', expect: [{ type: 'market.share', value: { number: 9 }, time: '2025-04' }, { type: 'market.share', value: { number: 6 } }] },
  { origin: 'own', text: 'Corvane Motors holds around 58 per cent in the electric scooters business.', expect: [{ type: 'market.share', subject: 'Corvane Motors', value: { number: 58 }, qualifiers: { approx: 'about' } }] },
  { origin: 'own', text: 'Japanese vendors’ market share fell from 41% in 2015 to 23% in 2021.', expect: [{ type: 'market.share', value: { number: 41 }, time: '2015' }, { type: 'market.share', value: { number: 23 }, time: '2021' }] },
  { origin: 'own', text: 'Ericsson and Nokia lead the field, each accounting for 3% of the European market.', expect: [{ type: 'market.share', subject: 'Ericsson', value: { number: 3 } }, { type: 'market.share', subject: 'Nokia', value: { number: 3 } }] },
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
  { origin: 'own', text: 'Advertising’s share of revenue fell slightly from 27.4% in Q3 2021.', expect: [], absent: [{ type: 'market.share' }] },
  { origin: 'own', text: 'Vireo Pay holds a 17% stake in online lender Corvane Bank.', expect: [], absent: [{ type: 'market.share' }] },
  // A share aimed at is not one held
  { origin: 'own', text: 'Yellowtail Mobile, the smallest carrier, posted a market share of 18.4 percent in May, a step closer to a 20-percent share.', expect: [{ type: 'market.share', value: { number: 18.4 } }], absent: [{ type: 'market.share', value: { number: 20 } }] },
  { origin: 'own', text: 'Fenwick is targeting a 15% market share by 2027.', expect: [], absent: [{ type: 'market.share' }] },
  { origin: 'own', text: 'Fenwick’s sales jumped, reaching a 30% share.', expect: [{ type: 'market.share', value: { number: 30 } }] },
  // Names listed with a figure each after a measured fact: more facts of its type, in its period
  {
    origin: 'own',
    text: 'As of 2024, the audiobook market in Germany is the largest in Europe, with an estimated value of about €2.1 billion. Trailing behind is France with €1.4 billion, Spain with €0.9 billion, and Italy with €0.7 billion.',
    expect: [
      { type: 'market.size', subject: 'audiobook market', value: { amount: 1.4e9, currency: 'EUR' }, scope: 'France', time: '2024' },
      { type: 'market.size', value: { amount: 0.9e9, currency: 'EUR' }, scope: 'Spain' },
      { type: 'market.size', value: { amount: 0.7e9, currency: 'EUR' }, scope: 'Italy' },
    ],
  },
  { origin: 'own', text: 'Hanul Telecom holds 41% of the market, followed by Orion Telecom with 23%.', expect: [{ type: 'market.share', subject: 'Orion Telecom', value: { number: 23 } }] },
  { origin: 'own', text: 'The audiobook market in Germany is worth €2.1 billion. The publisher Argon with 300 titles leads it.', expect: [], absent: [{ type: 'market.size', value: { number: 300 } }, { type: 'market.size', scope: 'Argon' }] },
  // A plural noun opening the sentence, with no name, holds the share: a segment
  { origin: 'own', text: 'Electric scooters took the lead with a 61 per cent share of the 90,000 EVs sold in May.', date: '2025-06-01', expect: [{ type: 'market.share', subject: 'electric scooters', value: { number: 61 } }] },
  { origin: 'own', text: 'Smartphones accounted for 40% of the retailer’s sales.', expect: [{ type: 'market.share', subject: 'smartphones', value: { number: 40 } }] },
  { origin: 'own', text: 'Analysts have put the share at 20%.', expect: [{ type: 'market.share', value: { number: 20 } }], absent: [{ type: 'market.share', subject: 'analysts' }] },
  // A list that holds a share holds it together
  { origin: 'own', text: 'In electric buses, the three of Orvel Motors, Brightline Auto, and Sunforge Mobility account for more than 75 per cent of sales.', expect: [{ type: 'market.share', subject: 'Orvel Motors, Brightline Auto and Sunforge Mobility', value: { number: 75 }, qualifiers: { combined: true } }], absent: [{ type: 'market.share', subject: 'Sunforge Mobility' }] },
  { origin: 'own', text: 'Analysts at Jefferies said Samsung holds 30% of the market.', expect: [{ type: 'market.share', subject: 'Samsung', value: { number: 30 } }] },
  { origin: 'own', text: 'Orvel Motors, Brightline Auto and Sunforge Mobility together account for more than 80 per cent in electric trucks.', expect: [{ type: 'market.share', subject: 'Orvel Motors, Brightline Auto and Sunforge Mobility', value: { number: 80 }, qualifiers: { combined: true } }] },
  { origin: 'own', text: 'Exports account for 40 per cent in most years, the ministry said.', expect: [], absent: [{ type: 'market.share' }] },
  // Segments after an opening phrase, and a second segment in the same sentence, in its period
  { origin: 'own', text: 'In the first half, electric vans accounted for 61% of sales by value, while electric buses made up 24% and heavy trucks the rest.', date: '2025-10-15', expect: [{ type: 'market.share', subject: 'electric vans', value: { number: 61 }, time: '2025-01' }, { type: 'market.share', subject: 'electric buses', value: { number: 24 }, time: '2025-01' }] },
  { origin: 'own', text: 'Apple holds 30% of the market, and analysts expect 5% growth in revenue.', expect: [{ type: 'market.share', subject: 'Apple', value: { number: 30 } }], absent: [{ type: 'market.share', value: { number: 5 } }] },
  // A share of subscriptions, and the rivals "ahead of" which it stands, each with its share
  {
    origin: 'own',
    text: ' date 2025-08-26 Cinemar\n\nCinemar had 4.1 million paying subscribers in Peru at the end of June. In the April-June quarter, Cinemar accounted for 33% of paid streaming subscriptions in Peru, ahead of Vista with 21%, Ola Play with 15% and Telara+ with 8%, according to a research firm.',
    expect: [
      { type: 'market.share', subject: 'Cinemar', value: { number: 33 }, scope: 'Peru', time: '2025-04' },
      { type: 'market.share', subject: 'Ola Play', value: { number: 15 }, time: '2025-04' },
      { type: 'market.share', subject: 'Telara+', value: { number: 8 } },
    ],
  },
  // "By 2028 it is forecast to reach …" continues the market of the sentence before, where it holds; a share after an
  // apposition naming an owner ("the marketplace owned by X") is the subject's; "Cebu-based" names no scope
  {
    origin: 'own',
    text: ' date 2025-12-09 Market\n\nMeasured by gross merchandise value, the country\'s e-commerce market stood at 1.2 trillion pesos last year in the Philippines. By 2029 it is forecast to reach 2.6 trillion pesos. Palengke, the marketplace owned by Cebu-based conglomerate Dalisay Holdings, remains the clear leader, with 43% of gross merchandise value in the January-September period.',
    expect: [
      { type: 'market.size', subject: 'e-commerce market', value: { amount: 2.6e12, currency: 'PHP' }, scope: 'Philippines', time: '2029' },
      { type: 'market.share', subject: 'Palengke', value: { number: 43 }, scope: 'Philippines', time: '2025-01' },
    ],
    absent: [{ type: 'market.share', subject: 'Dalisay Holdings' }, { type: 'market.share', scope: 'Cebu' }],
  },
  // "X's share climbed to 22% from 16% a year earlier", "Y, whose share slid to 19% from 24%": the earlier shares
  {
    origin: 'own',
    text: ' date 2025-12-09 Market\n\nPalengke leads the e-commerce market in Peru. Kalye Shop\'s share climbed to 22% from 16% a year earlier. Bodega, whose share slid to 19% from 24%, now ranks third.',
    expect: [
      { type: 'market.share', subject: 'Kalye Shop', value: { number: 16 } },
      { type: 'market.share', subject: 'Bodega', value: { number: 24 } },
      { type: 'market.share', subject: 'Bodega', value: { number: 19 } },
    ],
  },
  // A share told after a rank or "the leader", with the earlier share it came down from
  {
    origin: 'own',
    text: ' date 2025-11-20 Ride-hailing in Morocco\n\nRABAT — Ride-hailing grew fast in Morocco.\n\nTariq, the Rabat company that started the sector in 2015, remains the clear leader, with 44% of completed trips in the July-September quarter, down from 47% a year earlier.',
    expect: [
      { type: 'market.share', subject: 'Tariq', value: { number: 44 }, time: '2025-07', scope: 'Morocco' },
      { type: 'market.share', subject: 'Tariq', value: { number: 47 }, time: '2024-07' },
      { type: 'ranking', subject: 'Tariq', value: { rank: 1 } },
    ],
    absent: [{ type: 'ranking', time: '2015' }, { type: 'market.share', scope: 'Rabat' }],
  },
  { origin: 'own', text: ' date 2025-11-20 Ride-hailing\n\nRABAT — Tariq, the largest ride-hailing app in Morocco, holds 44% of the market.', expect: [{ type: 'market.share', subject: 'Tariq', value: { number: 44 }, scope: 'Morocco' }], absent: [{ type: 'market.share', scope: 'Rabat' }] },
  { origin: 'own', text: 'Karavan, a newcomer, trails far behind in fourth place with 9%.', expect: [{ type: 'market.share', subject: 'Karavan', value: { number: 9 } }] },
  { origin: 'own', text: 'Dawar raised fares in June. Dawar slipped to third with 21%.', expect: [{ type: 'market.share', subject: 'Dawar', value: { number: 21 } }] },
  { origin: 'own', text: 'Acme is the market leader, with 12% growth last year.', expect: [], absent: [{ type: 'market.share' }] },
  // What a population spent on something sizes its market; "that figure is forecast to reach" continues it
  {
    origin: 'own',
    text: 'Kenyans spent 52 billion shillings ($400 million) on app-booked rides in 2024, the firm estimates. By 2030 that figure is forecast to reach 140 billion shillings.',
    date: '2025-11-20',
    expect: [
      { type: 'market.size', subject: 'app-booked rides', value: { amount: 52e9 }, time: '2024', scope: 'Kenya' },
      { type: 'market.size', subject: 'app-booked rides', value: { amount: 140e9 }, time: '2030' },
    ],
  },
  { origin: 'own', text: 'Consumers in Vietnam spent $2 billion on mobile games last year.', date: '2025-06-01', expect: [{ type: 'market.size', subject: 'mobile games', value: { amount: 2e9 }, scope: 'Vietnam', time: '2024' }] },
  { origin: 'own', text: 'He spent $5 million on a house, and the firm spent $2 million on ads.', expect: [], absent: [{ type: 'market.size' }] },
  // "gave it N% of the market, against M% for market leader X and K% for Y"; shares of flows a company handles
  { origin: 'own', text: 'Savanna Telecom grew. According to the regulator, that gave it 31.4% of the market, against 48.9% for market leader Baobab Mobile and 17.2% for Kora Networks.', expect: [{ type: 'market.share', subject: 'Savanna Telecom', value: { number: 31.4 } }, { type: 'market.share', subject: 'Baobab Mobile', value: { number: 48.9 } }, { type: 'market.share', subject: 'Kora Networks', value: { number: 17.2 } }, { type: 'ranking', subject: 'Baobab Mobile', value: { rank: 1 } }] },
  { origin: 'own', text: 'Savanna Pay had 7 million users, and it handles about 22% of the value of mobile-money transfers in the country.', expect: [{ type: 'market.share', subject: 'Savanna Pay', value: { number: 22 } }] },
  { origin: 'own', text: 'Zefira Pay processed roughly 11% of digital-wallet payments in Colombia last year.', date: '2026-02-17', expect: [{ type: 'market.share', subject: 'Zefira Pay', value: { number: 11 }, time: '2025' }] },
  { origin: 'own', text: 'Orvel Semiconductor ranked fourth. Tianmen Research puts its share of the market for car chips at 6.8%.', expect: [{ type: 'market.share', subject: 'Orvel Semiconductor', value: { number: 6.8 } }], absent: [{ type: 'market.share', subject: 'Tianmen Research' }] },
  { origin: 'own', text: 'Savanna Telecom had 14.6 million mobile subscribers. According to the National Communications Authority, the industry regulator, that gave it 31.4% of the market.', expect: [{ type: 'market.share', subject: 'Savanna Telecom', value: { number: 31.4 } }], absent: [{ type: 'market.share', subject: 'National Communications Authority' }] },
];
