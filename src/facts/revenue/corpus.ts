// Examples for the revenue rules: the seeds' sentences and many of our own. Also the family's test.
import type { FactExample } from '../corpus.js';

export const corpus: FactExample[] = [
  {
    origin: 'seed',
    text: 'Industry observers view this move as a strategic effort to re-engage developers who have migrated to open-source models, ultimately guiding them toward OpenAI’s paid services, which now generate over $1 billion annually.',
    expect: [{ type: 'revenue', subject: 'OpenAI', value: { amount: 1e9, currency: 'USD' }, qualifiers: { period: 'annual', approx: 'over' } }],
  },
  // "revenue of", "sales hit", "turnover came in at", in many currencies
  { origin: 'own', text: 'Corvane reported revenue of $612 million for the second quarter of 2025 on Tuesday.', expect: [{ type: 'revenue', subject: 'Corvane', value: { amount: 612e6 }, time: '2025-04' }] },
  { origin: 'own', text: 'Infosys reported revenue of ₹40,986 crore in the quarter.', expect: [{ type: 'revenue', subject: 'Infosys', value: { amount: 409.86e9, currency: 'INR' } }] },
  { origin: 'own', text: 'Hanul Semiconductor posted revenue of 2.8 trillion won in the second quarter of 2025, up 31% from the same period a year earlier.', expect: [{ type: 'revenue', value: { amount: 2.8e12, currency: 'KRW' }, time: '2025-04' }] },
  { origin: 'own', text: 'The company’s revenue rose to AED 210 million ($57 million) last year.', date: '2025-05-01', expect: [{ type: 'revenue', value: { amount: 210e6, currency: 'AED' }, qualifiers: { equivalent: { amount: 57e6, currency: 'USD' } } }] },
  { origin: 'own', text: 'Revenue reached R$410 million in 2024.', expect: [{ type: 'revenue', value: { amount: 410e6, currency: 'BRL' }, time: '2024' }] },
  { origin: 'own', text: 'The group’s turnover came in at £3.4bn, down from £3.6bn.', expect: [{ type: 'revenue', value: { amount: 3.4e9, currency: 'GBP' } }, { type: 'revenue', value: { amount: 3.6e9, currency: 'GBP' } }] },
  { origin: 'own', text: 'Adyen’s net revenue climbed 21% to €1.1 billion in the first half.', expect: [{ type: 'revenue', subject: 'Adyen', value: { amount: 1.1e9, currency: 'EUR' } }] },
  { origin: 'own', text: 'For the fiscal year ended March 31, 2025, revenue stood at Rs 612 crore.', expect: [{ type: 'revenue', value: { amount: 6.12e9, currency: 'INR' } }] },
  { origin: 'own', text: 'Sales at the Shenzhen plant hit 7.2 billion yuan last year.', date: '2025-02-01', expect: [{ type: 'revenue', value: { amount: 7.2e9, currency: 'CNY' }, time: '2024' }] },
  // "$X in revenue", "generated X in revenue"
  { origin: 'own', text: 'Harunobu Games generated 48.7 billion yen ($331 million) in revenue in the third quarter of 2024.', expect: [{ type: 'revenue', subject: 'Harunobu Games', value: { amount: 48.7e9, currency: 'JPY' }, time: '2024-07' }] },
  { origin: 'own', text: 'The studio brought in $841 million in sales.', expect: [{ type: 'revenue', value: { amount: 841e6 } }] },
  { origin: 'own', text: 'The app earns $5 million a year from subscriptions.', expect: [{ type: 'revenue', value: { amount: 5e6 }, qualifiers: { period: 'annual' } }] },
  { origin: 'own', text: 'Korea remained the publisher’s largest market, generating 62.1 billion yen ($431 million) - 65% of the total.', expect: [{ type: 'revenue', value: { amount: 62.1e9, currency: 'JPY' }, scope: 'South Korea' }], absent: [{ type: 'market.size' }] },
  // Annual and recurring revenue
  { origin: 'own', text: 'Annual recurring revenue topped €90 million at the end of May.', date: '2025-06-03', expect: [{ type: 'revenue', value: { amount: 90e6, currency: 'EUR' }, time: '2025-05', qualifiers: { period: 'annual', approx: 'more_than' } }] },
  { origin: 'own', text: 'The founder said annualized revenue had passed $500 million in September.', date: '2025-10-08', expect: [{ type: 'revenue', value: { amount: 500e6 }, time: '2025-09' }] },
  // Every figure of a comparison is a fact, with its own date
  {
    origin: 'own',
    text: ' date 2021-10-27 Pingora results\n\nPingora has announced Q3 2021 revenues of $523 million, up from the $448 million the platform posted in the year-ago quarter and the $497 million for the prior quarter.',
    expect: [
      { type: 'revenue', subject: 'Pingora', value: { amount: 523e6 }, time: '2021-07' },
      { type: 'revenue', value: { amount: 448e6 } },
      { type: 'revenue', value: { amount: 497e6 } },
    ],
  },
  { origin: 'own', text: 'Total revenue climbed 23 percent from $1.12 billion to $1.38 billion over the year.', expect: [{ type: 'revenue', value: { amount: 1.12e9 } }, { type: 'revenue', value: { amount: 1.38e9 } }] },
  {
    origin: 'own',
    text: 'Kosha reported revenue of Rs 186 crore for the quarter, up 41% from Rs 132 crore a year earlier.',
    expect: [{ type: 'revenue', subject: 'Kosha', value: { amount: 1.86e9, currency: 'INR' } }, { type: 'revenue', subject: 'Kosha', value: { amount: 1.32e9, currency: 'INR' } }],
  },
  { origin: 'own', text: 'Mobile generated 29.1 billion yen in the quarter, a 2% increase from 28.5 billion yen in Q2 2022.', expect: [{ type: 'revenue', value: { amount: 29.1e9, currency: 'JPY' } }, { type: 'revenue', value: { amount: 28.5e9, currency: 'JPY' }, time: '2022-04' }] },
  {
    origin: 'own',
    text: 'Corvane reported revenue of $612 million, ahead of the $590 million analysts had expected.',
    expect: [{ type: 'revenue', value: { amount: 612e6 } }, { type: 'revenue', value: { amount: 590e6 }, qualifiers: { status: 'expected' } }],
  },
  {
    origin: 'own',
    text: 'The company now expects full-year 2025 revenue of between $2.45 billion and $2.5 billion, after posting $1.86 billion in 2024.',
    expect: [{ type: 'revenue', value: { amount: 2.45e9 }, time: '2025' }, { type: 'revenue', value: { amount: 1.86e9 }, time: '2024' }],
  },
  // Forecasts
  { origin: 'own', text: 'Revenue reached R$410 million in 2024, and Fala Labs expects it to surpass R$700 million this year.', date: '2025-11-03', expect: [{ type: 'revenue', value: { amount: 700e6, currency: 'BRL' }, time: '2025', qualifiers: { status: 'expected' } }] },
  { origin: 'own', text: 'Analysts had pegged Birdsong’s Q2 revenue at roughly $829 million.', expect: [{ type: 'revenue', value: { amount: 829e6 }, qualifiers: { approx: 'about' } }] },
  { origin: 'own', text: 'She said Tessary expects revenue of about $140 million this year.', expect: [{ type: 'revenue', subject: 'Tessary', value: { amount: 140e6 } }] },
  // Negatives: profit, funding, units
  { origin: 'own', text: 'Zentro’s net profit rose to $40 million while its operating income hit $55 million.', expect: [], absent: [{ type: 'revenue' }] },
  { origin: 'own', text: 'Total sales grew 9 percent to ¥3.1 trillion, while operating profit rose from ¥474 billion to ¥575 billion.', expect: [{ type: 'revenue', value: { amount: 3.1e12, currency: 'JPY' } }], absent: [{ type: 'revenue', value: { amount: 474e9 } }, { type: 'revenue', value: { amount: 575e9 } }] },
  { origin: 'own', text: 'The startup raised $50 million in funding to expand sales.', expect: [], absent: [{ type: 'revenue' }] },
  { origin: 'own', text: 'Sales of the phone reached 2 million units.', expect: [], absent: [{ type: 'revenue' }] },
  { origin: 'own', text: 'Hardware’s share of revenue decreased marginally from 41.2%.', expect: [], absent: [{ type: 'revenue' }, { type: 'market.share' }] },
  {
    origin: 'own',
    // The year-ago figure takes the year-ago quarter; the current one does not.
    text: ' date 2023-08-10 Gamecorp results\n\nGamecorp generated 31.5 billion yen ($220.1 million) in revenue in the quarter, a 4% increase from 30.2 billion yen ($210.7 million) in Q2 2022.',
    expect: [
      { type: 'revenue', subject: 'Gamecorp', value: { amount: 31.5e9, currency: 'JPY' } },
      { type: 'revenue', subject: 'Gamecorp', value: { amount: 30.2e9, currency: 'JPY' }, time: '2022-04' },
    ],
    absent: [{ type: 'revenue', value: { amount: 31.5e9 }, time: '2022' }],
  },
  // The earlier figure after the later one: "to X from Y", "compared to", a currency given once
  { origin: 'own', text: 'Revenue rose 5% to $2 billion from $1.9 billion.', expect: [{ type: 'revenue', value: { amount: 2e9 } }, { type: 'revenue', value: { amount: 1.9e9 } }] },
  { origin: 'own', text: 'Halvard’s sales rose to 12.3 billion kronor in 2024 from 11.1 billion a year earlier.', expect: [{ type: 'revenue', value: { amount: 12.3e9, currency: 'SEK' }, time: '2024' }, { type: 'revenue', value: { amount: 11.1e9, currency: 'SEK' }, time: '2023' }] },
  { origin: 'own', text: 'Sales in Brazil slipped 3% to R$802 million, compared to R$827 million in the first quarter of 2024.', expect: [{ type: 'revenue', value: { amount: 802e6, currency: 'BRL' } }, { type: 'revenue', value: { amount: 827e6, currency: 'BRL' }, time: '2024-01' }], absent: [{ type: 'revenue', value: { amount: 802e6 }, time: '2024' }] },
  { origin: 'own', text: 'Revenue in Europe fell 4%, standing at 7.9 billion kronor ($0.8 billion) compared to 8.2 billion ($0.85 billion) in Q3 2023.', expect: [{ type: 'revenue', value: { amount: 8.2e9, currency: 'SEK' }, time: '2023-07' }], absent: [{ type: 'revenue', value: { amount: 7.9e9 }, time: '2023' }] },
  // A year-on-year comparison dates the earlier figure a year before the later one
  { origin: 'own', text: 'Torvik posted revenue of $740 million in the third quarter of 2024, a 9% year-on-year increase from $679 million.', expect: [{ type: 'revenue', value: { amount: 740e6 }, time: '2024-07' }, { type: 'revenue', value: { amount: 679e6 }, time: '2023-07' }] },
  { origin: 'own', text: 'Quarterly revenue climbed to $2 billion in the quarter ended June 30, 2025, from $1.9 billion a year earlier.', expect: [{ type: 'revenue', value: { amount: 2e9 }, time: '2025-04' }, { type: 'revenue', value: { amount: 1.9e9 }, time: '2024-04' }] },
  { origin: 'own', text: 'Revenue was $90 million in March 2025, up from $60 million.', expect: [{ type: 'revenue', value: { amount: 60e6 }, time: null }] },
  // The next sentence points back at the figure: "This represents a 2% increase from …"
  {
    origin: 'own',
    text: 'Console titles brought in 31.4 billion yen ($214 million) in the period, about a third of sales. This represents a 6% increase from 29.6 billion yen ($203 million) in Q2 2022.',
    expect: [{ type: 'revenue', value: { amount: 31.4e9, currency: 'JPY' } }, { type: 'revenue', value: { amount: 29.6e9, currency: 'JPY' }, time: '2022-04', qualifiers: { equivalent: { amount: 203e6, currency: 'USD' } } }],
  },
  {
    origin: 'own',
    text: 'Brazil remained the retailer’s second market, generating R$1.2 billion in sales. That compares with R$1.05 billion a year earlier.',
    expect: [{ type: 'revenue', value: { amount: 1.2e9, currency: 'BRL' }, scope: 'Brazil' }, { type: 'revenue', value: { amount: 1.05e9, currency: 'BRL' }, scope: 'Brazil' }],
  },
  { origin: 'own', text: 'Revenue reached $3 billion. This is a sharp rise from $2 million customers.', expect: [{ type: 'revenue', value: { amount: 3e9 } }], absent: [{ type: 'revenue', value: { amount: 2e6 } }] },
  { origin: 'own', text: 'Revenue reached $3 billion in 2024. This compares with €2.5 billion at its rival.', expect: [{ type: 'revenue', value: { amount: 3e9 } }], absent: [{ type: 'revenue', value: { amount: 2.5e9 } }] },
  // A forecast it is measured against holds for the reported period, not the year-ago one
  { origin: 'own', text: 'Torvik reported revenue of $740 million for the third quarter of 2024, up from $679 million a year earlier and short of the $752 million analysts had expected.', expect: [{ type: 'revenue', value: { amount: 752e6 }, time: '2024-07' }, { type: 'revenue', value: { amount: 679e6 }, time: '2023-07' }] },
  // An earnings report: segments and regions "in the quarter", "over the three months" or undated hold
  // for the quarter the article reports; earlier figures for their own periods
  {
    origin: 'own',
    text: ' date 2025-08-08 Orvel results\n\nOrvel Games said revenue for the April-June quarter was ¥52.1 billion ($354 million), up 6% from ¥49.2 billion a year earlier.\n\nSales of mobile titles rose to ¥30.4 billion in the quarter from ¥26.0 billion a year before. The arcade unit brought in ¥11.2 billion, compared to ¥12.5 billion in Q2 2024. Licensing generated ¥6.1 billion over the three months.\n\nBy region, sales in Japan came to ¥24.8 billion.',
    expect: [
      { type: 'revenue', subject: 'Orvel Games', value: { amount: 52.1e9, currency: 'JPY' }, time: '2025-04' },
      { type: 'revenue', value: { amount: 30.4e9 }, time: '2025-04' },
      { type: 'revenue', value: { amount: 26.0e9 }, time: '2024-04' },
      { type: 'revenue', value: { amount: 11.2e9 }, time: '2025-04' },
      { type: 'revenue', value: { amount: 12.5e9 }, time: '2024-04' },
      { type: 'revenue', subject: 'Orvel Games', value: { amount: 6.1e9 }, time: '2025-04' },
      { type: 'revenue', value: { amount: 24.8e9 }, scope: 'Japan', time: '2025-04' },
    ],
  },
  // Places take turns after a figure by place, in the reported period; "That represents …" after one of them
  {
    origin: 'own',
    text: ' date 2025-08-08 Orvel results\n\nOrvel Games said revenue for the April-June quarter was ¥52.1 billion ($354 million).\n\nBy region, sales in Japan came to ¥24.8 billion. North America contributed ¥14.2 billion ($96 million). That represents a 5% increase from ¥13.5 billion in the second quarter of last year. Asia outside Japan brought in ¥8.1 billion and Europe ¥5.2 billion.',
    expect: [
      { type: 'revenue', value: { amount: 14.2e9 }, scope: 'North America', time: '2025-04' },
      { type: 'revenue', value: { amount: 13.5e9 }, scope: 'North America', time: '2024-04' },
      { type: 'revenue', value: { amount: 8.1e9 }, scope: 'Asia outside Japan', time: '2025-04' },
      { type: 'revenue', value: { amount: 5.2e9 }, scope: 'Europe', time: '2025-04' },
    ],
  },
  { origin: 'own', text: 'Revenue rose to $4 billion. Shares in Tokyo and London gained 3%.', expect: [{ type: 'revenue', value: { amount: 4e9 } }], absent: [{ type: 'revenue', scope: 'London' }] },
  { origin: 'own', text: 'In Mexico, the group said its streaming unit took in 5.3 billion pesos ($284 million) in the second quarter.', date: '2025-08-26', expect: [{ type: 'revenue', value: { amount: 5.3e9, currency: 'MXN' }, time: '2025-04' }] },
  // "nearly double the N of a year earlier"; "N was contributed by the … unit"
  {
    origin: 'own',
    text: ' date 2025-11-06 Haneul results\n\nHaneul Cloud said revenue for the July-September quarter was 512 billion won, nearly double the 262 billion won of a year earlier. Of the total, 240 billion won was contributed by the enterprise software unit.',
    expect: [
      { type: 'revenue', value: { amount: 262e9, currency: 'KRW' }, time: '2024-07' },
      { type: 'revenue', value: { amount: 240e9, currency: 'KRW' }, time: '2025-07' },
    ],
  },
  // Revenue named, then told by "It"; "annual report" is no annual revenue
  { origin: 'own', text: 'Orvel Semiconductor grew. Revenue has grown fast. It reached 1.86 billion yuan in 2024, up from 742 million yuan a year earlier, according to the annual report, and stood at 2.07 billion yuan ($291 million) for the first nine months of this year.', date: '2025-12-09', expect: [{ type: 'revenue', value: { amount: 1.86e9 }, time: '2024' }, { type: 'revenue', value: { amount: 742e6 }, time: '2023' }, { type: 'revenue', value: { amount: 2.07e9 }, time: '2025' }] },
  { origin: 'own', text: 'Profit fell. It reached 2 billion yuan in 2024.', expect: [], absent: [{ type: 'revenue' }] },
  { origin: 'own', text: 'Orvel said that its annual recurring revenue reached €71 million at the end of December, up from €55 million three months earlier. A year before that, ARR stood at €31 million.', date: '2026-03-04', expect: [{ type: 'revenue', value: { amount: 31e6 }, time: '2024-12' }] },
  { origin: 'own', text: 'Revenue for the first half of 2025 rose 27% to 3.84 billion cedis. Savanna Pay brought in 1.02 billion cedis in the six months.', date: '2025-08-14', expect: [{ type: 'revenue', value: { amount: 1.02e9 }, time: '2025-01' }] },
  // A business line's revenue, with its name; the amounts analysts expected and what "It booked" after a sales forecast
  { origin: 'own', text: 'Solberg Vision, a Swedish maker, grew. Inspection software, the segment that sells AI models, grew 31% to 742 million crowns from 566 million. Camera hardware, still the bulk of the business, was flat at 2.1 billion crowns.', expect: [{ type: 'revenue', value: { amount: 742e6, currency: 'SEK' }, qualifiers: { segment: 'Inspection software' } }, { type: 'revenue', value: { amount: 566e6 }, qualifiers: { segment: 'Inspection software' } }, { type: 'revenue', value: { amount: 2.1e9 }, qualifiers: { segment: 'Camera hardware' } }] },
  { origin: 'own', text: 'Net sales for July-September reached 2.84 billion Swedish crowns. Analysts had on average expected 2.79 billion crowns.', date: '2025-10-28', expect: [{ type: 'revenue', value: { amount: 2.79e9 }, time: '2025-07', qualifiers: { status: 'expected' } }] },
  { origin: 'own', text: 'Solberg, a Swedish firm, kept its outlook, forecasting net sales of 11.5 billion to 12 billion crowns. It booked 10.9 billion crowns last year.', date: '2025-10-28', expect: [{ type: 'revenue', value: { amount: 10.9e9 }, time: '2024' }] },
  { origin: 'own', text: 'Analysts expected the deal to close soon, and costs rose to $5 million.', expect: [], absent: [{ type: 'revenue' }] },
  { origin: 'own', text: 'Gaon Cloud grew. Revenue rose to 1.27 trillion won in the quarter. Analysts surveyed by Yeouido Research had expected 1.31 trillion won.', date: '2025-10-30', expect: [{ type: 'revenue', subject: 'Gaon Cloud', value: { amount: 1.31e12 } }], absent: [{ type: 'revenue', subject: 'Yeouido Research' }] },
];
