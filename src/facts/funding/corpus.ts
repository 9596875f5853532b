// Examples for the funding rules: the seeds' sentences and many of our own. Also the family's test.
import type { FactExample } from '../corpus.js';

export const corpus: FactExample[] = [
  {
    origin: 'seed',
    text: 'Meanwhile, OpenAI has successfully closed a $40 billion investment round led by SoftBank.',
    expect: [{ type: 'funding.round', subject: 'OpenAI', object: 'SoftBank', value: { amount: 40e9, currency: 'USD' } }],
    absent: [{ type: 'valuation' }, { type: 'investment.commitment' }, { type: 'funding.investor', object: 'SoftBank' }],
  },
  {
    origin: 'seed',
    text: "Until now, OpenAI had an exclusive contract with its largest backer, Microsoft's Azure cloud service, to run AI models such as ChatGPT.",
    expect: [{ type: 'funding.investor', subject: 'OpenAI', object: 'Microsoft' }],
  },
  // Rounds: verbs, currencies, round names, lead investors
  { origin: 'own', text: 'Zentro raised $25 million in a Series A round led by Acme Ventures.', expect: [{ type: 'funding.round', subject: 'Zentro', object: 'Acme Ventures', value: { amount: 25e6, currency: 'USD' } }] },
  {
    origin: 'own',
    text: 'Kumo Robotics, a Tokyo startup, has raised ¥5 billion ($34 million) in a Series B round led by Sakura Frontier Partners, the company said on Friday.',
    expect: [{ type: 'funding.round', subject: 'Kumo Robotics', object: 'Sakura Frontier Partners', value: { amount: 5e9, currency: 'JPY' }, qualifiers: { equivalent: { amount: 34e6, currency: 'USD' } } }],
    absent: [{ type: 'valuation' }],
  },
  { origin: 'own', text: 'Lumenwave has secured €420 million in new funding.', expect: [{ type: 'funding.round', subject: 'Lumenwave', value: { amount: 420e6, currency: 'EUR' } }] },
  { origin: 'own', text: 'The Lagos fintech Paystride bagged ₦12 billion in seed funding from local investors.', expect: [{ type: 'funding.round', value: { amount: 12e9, currency: 'NGN' } }] },
  { origin: 'own', text: 'Credora has pulled in $75 million in a Series C round led by Singapore-based Meranti Capital.', expect: [{ type: 'funding.round', object: 'Meranti Capital', value: { amount: 75e6 } }] },
  { origin: 'own', text: 'Osaka-based Renga Robotics closed a ¥2.3 billion Series A in May.', date: '2025-09-01', expect: [{ type: 'funding.round', subject: 'Renga Robotics', value: { amount: 2.3e9, currency: 'JPY' }, time: '2025-05' }] },
  { origin: 'own', text: 'Qamira closed a $180 million Series B in 2024 led by Falaj Holdings, an Abu Dhabi state-backed investor.', expect: [{ type: 'funding.round', subject: 'Qamira', object: 'Falaj Holdings', value: { amount: 180e6 }, time: '2024' }] },
  { origin: 'own', text: 'Cadence Labs has secured £48 million ($65 million) in a Series B round, the company said.', expect: [{ type: 'funding.round', subject: 'Cadence Labs', value: { amount: 48e6, currency: 'GBP' } }] },
  { origin: 'own', text: 'Nuvia Health landed R$90 million in a round co-led by Kaszek Ventures and Monashees Capital.', expect: [{ type: 'funding.round', object: 'Kaszek Ventures', value: { amount: 90e6, currency: 'BRL' } }, { type: 'funding.investor', object: 'Monashees Capital', qualifiers: { role: 'co-lead' } }], absent: [{ type: 'funding.round', object: 'Monashees Capital' }] },
  // A round with two or three leads is one round: the first named leads it, the others are its investors.
  { origin: 'own', text: 'Tallow Robotics raised €40 million in a Series B led jointly by Eiger Partners, Nordkap Ventures and Basalt Capital.', expect: [{ type: 'funding.round', subject: 'Tallow Robotics', object: 'Eiger Partners' }, { type: 'funding.investor', object: 'Nordkap Ventures' }, { type: 'funding.investor', object: 'Basalt Capital' }], absent: [{ type: 'funding.round', object: 'Basalt Capital' }] },
  { origin: 'own', text: 'Bengaluru-based Kredify raised Rs 400 crore in its Series D funding round.', expect: [{ type: 'funding.round', value: { amount: 4e9, currency: 'INR' } }] },
  { origin: 'own', text: 'Seoul-based Upstage secured 100 billion won in Series B funding.', expect: [{ type: 'funding.round', value: { amount: 100e9, currency: 'KRW' } }] },
  { origin: 'own', text: 'Zentro Labs raised $12 million.', expect: [{ type: 'funding.round', subject: 'Zentro Labs', value: { amount: 12e6 } }] },
  // The investor leads: "X led a $Y round in Z"
  {
    origin: 'own',
    text: 'Halvard Capital is leading a €350 million ($405 million) Series C funding round in drone software startup Skyloom.',
    expect: [{ type: 'funding.round', subject: 'Skyloom', object: 'Halvard Capital', value: { amount: 350e6, currency: 'EUR' } }],
  },
  // The round named by its size: "a $2.5 billion raise", "the ongoing $1 billion funding round", "a funding round of $30 million"
  { origin: 'own', text: 'Anduril Industries’ recent $2.5 billion raise drew attention.', expect: [{ type: 'funding.round', subject: 'Anduril Industries', value: { amount: 2.5e9 } }] },
  { origin: 'own', text: 'It is part of Paynest’s ongoing $1 billion funding round.', expect: [{ type: 'funding.round', value: { amount: 1e9 } }] },
  { origin: 'own', text: 'The funding round of $30 million was oversubscribed.', expect: [{ type: 'funding.round', value: { amount: 30e6 } }] },
  // Totals
  { origin: 'own', text: 'Cadence Labs has raised £71 million to date.', expect: [{ type: 'funding.total', value: { amount: 71e6, currency: 'GBP' } }], absent: [{ type: 'funding.round' }] },
  { origin: 'own', text: 'The startup has now pulled in close to €600 million since it was founded in 2022.', expect: [{ type: 'funding.total', value: { amount: 600e6, currency: 'EUR' }, qualifiers: { approx: 'nearly' } }], absent: [{ type: 'funding.round' }] },
  { origin: 'own', text: 'Existing backers also took part, taking the total raised by the six-year-old startup to $128 million.', expect: [{ type: 'funding.total', value: { amount: 128e6 } }] },
  { origin: 'own', text: 'Brex has raised more than $1.2 billion since its founding.', expect: [{ type: 'funding.total', value: { amount: 1.2e9 }, qualifiers: { approx: 'more_than' } }] },
  { origin: 'own', text: 'Its total funding now stands at ₹1,150 crore.', expect: [{ type: 'funding.total', value: { amount: 11.5e9, currency: 'INR' } }] },
  { origin: 'own', text: 'The round brings its total funding to ¥7.2 billion.', expect: [{ type: 'funding.total', value: { amount: 7.2e9, currency: 'JPY' } }], absent: [{ type: 'valuation' }] },
  // Investors: lists, participation, "as did", "backed by", "X-backed"
  {
    origin: 'own',
    text: 'Hokuto Ventures, Minato Growth Fund and Daikoku Ventures, the corporate venture arm of industrial group Daikoku Electric, also joined the round, as did existing backer Ginkgo Capital.',
    expect: [
      { type: 'funding.investor', object: 'Hokuto Ventures' },
      { type: 'funding.investor', object: 'Minato Growth Fund' },
      { type: 'funding.investor', object: 'Daikoku Ventures' },
      { type: 'funding.investor', object: 'Ginkgo Capital' },
    ],
    absent: [{ type: 'funding.investor', object: 'Daikoku Electric' }],
  },
  {
    origin: 'own',
    text: 'Vireo Pay raised an additional $85 million in primary capital from Sequoia Capital, Kestrel Ventures and Lattice Growth Funds.',
    expect: [
      { type: 'funding.round', subject: 'Vireo Pay', value: { amount: 85e6 } },
      { type: 'funding.investor', subject: 'Vireo Pay', object: 'Sequoia Capital' },
      { type: 'funding.investor', subject: 'Vireo Pay', object: 'Kestrel Ventures' },
      { type: 'funding.investor', subject: 'Vireo Pay', object: 'Lattice Growth Funds' },
    ],
  },
  {
    origin: 'own',
    text: 'Qamira closed a $180 million Series B led by Falaj Holdings, with participation from Sahra Telecom.',
    expect: [{ type: 'funding.investor', subject: 'Qamira', object: 'Sahra Telecom' }],
    absent: [{ type: 'funding.investor', subject: 'Falaj Holdings' }, { type: 'funding.investor', object: 'Falaj Holdings' }],
  },
  {
    origin: 'own',
    text: 'Lumenwave closed its Series C. SAP, which first invested in Lumenwave in 2023, returned for the round, along with Paris-based Arbre Ventures and Rheinpark Capital.',
    expect: [
      { type: 'funding.investor', object: 'SAP' },
      { type: 'funding.investor', subject: 'Lumenwave', object: 'Arbre Ventures' },
      { type: 'funding.investor', subject: 'Lumenwave', object: 'Rheinpark Capital' },
    ],
    absent: [{ type: 'funding.investor', subject: 'SAP' }],
  },
  { origin: 'own', text: 'Existing investors Bharat Growth Partners and Ardent Ventures also took part.', expect: [{ type: 'funding.investor', object: 'Bharat Growth Partners' }, { type: 'funding.investor', object: 'Ardent Ventures' }] },
  { origin: 'own', text: 'Thameside Ventures, Hollis Capital and Caduceus Partners, a fund that invests in health technology, put money into the round.', expect: [{ type: 'funding.investor', object: 'Thameside Ventures' }, { type: 'funding.investor', object: 'Hollis Capital' }, { type: 'funding.investor', object: 'Caduceus Partners' }] },
  { origin: 'own', text: 'Tessary’s backers include Granite Peak Ventures and Ostrander Capital.', expect: [{ type: 'funding.investor', object: 'Granite Peak Ventures' }, { type: 'funding.investor', object: 'Ostrander Capital' }] },
  { origin: 'own', text: 'Microsoft-backed OpenAI opened an office in Tokyo.', expect: [{ type: 'funding.investor', subject: 'OpenAI', object: 'Microsoft' }] },
  { origin: 'own', text: 'Nvidia agreed to invest $500 million in Wayve Technologies.', expect: [{ type: 'funding.investor', subject: 'Wayve Technologies', object: 'Nvidia', qualifiers: { amount: { amount: 500e6, currency: 'USD' } } }], absent: [{ type: 'investment.commitment' }] },
  { origin: 'own', text: 'Orbis Holdings holds a 17% stake in digital lender Kavana Bank.', expect: [{ type: 'funding.investor', subject: 'Kavana Bank', object: 'Orbis Holdings' }] },
  // Negatives: money raised that is not a round
  { origin: 'own', text: 'The company raised $2 billion in its IPO last year.', expect: [], absent: [{ type: 'funding.round' }] },
  { origin: 'own', text: 'Acme Motors raised $300 million in debt financing.', expect: [], absent: [{ type: 'funding.round' }] },
  { origin: 'own', text: 'Ola Electric raised Rs 1,600 crore in debt.', expect: [], absent: [{ type: 'funding.round' }] },
  { origin: 'own', text: 'The retailer raised prices by 10% in March.', expect: [], absent: [{ type: 'funding.round' }] },
  // A plan to invest in companies named in lists, with no amount; "she plans" is her company's plan
  {
    origin: 'own',
    text: 'Brightline chief executive Ana Ruiz told reporters in Porto on Monday that she intends to invest in robotics developers Corva and Tenet; payments firm Dovel and AI labs Quillon, Marabel Labs and Sunforge Research.',
    expect: ['Corva', 'Tenet', 'Dovel', 'Quillon', 'Marabel Labs', 'Sunforge Research'].map((subject) => ({ type: 'funding.investor', subject, object: 'Brightline', qualifiers: { status: 'planned' } })),
  },
  { origin: 'own', text: 'Brightline will invest in Corva, Tenet and Dovel, the firm said.', expect: [{ type: 'funding.investor', subject: 'Tenet', object: 'Brightline' }], absent: [{ type: 'funding.investor', subject: 'Corva, Tenet and Dovel' }] },
  { origin: 'own', text: 'Brightline plans to invest in Corva’s growth.', expect: [], absent: [{ type: 'funding.investor' }] },
  // The lead told in a later sentence is the round's object
  { origin: 'own', text: 'Brightwave has secured €120 million in new funding, the company said. The Series B was led by Oslo-based Fjordline Capital.', expect: [{ type: 'funding.round', subject: 'Brightwave', object: 'Fjordline Capital', value: { amount: 120e6, currency: 'EUR' } }] },
  { origin: 'own', text: 'Brightwave has secured €120 million in new funding. The round was led by its founders.', expect: [{ type: 'funding.round', subject: 'Brightwave', object: null }] },
  // A date right after the round's words is the round's, not the founding year before them
  { origin: 'own', text: 'Lingo has raised $212 million since it was founded in 2021, including a $90 million Series C led by Ottawa-based Harbor Peak last November.', date: '2025-03-18', expect: [{ type: 'funding.round', subject: 'Lingo', object: 'Harbor Peak', value: { amount: 90e6 }, time: '2024-11' }] },
  // A round's lead told after its valuation; investors a round "also included"
  { origin: 'own', text: 'Tarsier raised $65 million in October at a valuation of $480 million, in a round led by Singapore\'s Sembawang Ridge Capital that also included Kuala Lumpur-based Titiwangsa Ventures.', date: '2026-03-10', expect: [{ type: 'funding.round', subject: 'Tarsier', object: 'Sembawang Ridge Capital', value: { amount: 65e6, currency: 'USD' }, time: '2025-10' }, { type: 'funding.investor', object: 'Titiwangsa Ventures' }, { type: 'valuation', value: { amount: 480e6 } }], absent: [{ type: 'funding.round', value: { amount: 480e6 } }] },
  { origin: 'own', text: 'Orbita closed a $20 million Series A. The round also included Halden Ventures and Lumen Capital.', expect: [{ type: 'funding.investor', subject: 'Orbita', object: 'Halden Ventures' }, { type: 'funding.investor', subject: 'Orbita', object: 'Lumen Capital' }] },
  // An apposition inside a list of investors; a total "brought to"; the date of another amount is not the total's
  { origin: 'own', text: 'Orbita raised $40 million. Marmara Ventures joined the round, along with the International Finance Corporation, the World Bank\'s private-sector arm, and Dubai-based Sidra Growth Fund.', expect: [{ type: 'funding.investor', object: 'Sidra Growth Fund' }, { type: 'funding.investor', object: 'International Finance' }], absent: [{ type: 'funding.investor', object: 'World Bank' }] },
  { origin: 'own', text: 'The deal brings the total Orbita has raised since its founding in 2021 to $162 million.', expect: [{ type: 'funding.total', value: { amount: 162e6 } }], absent: [{ type: 'funding.total', time: '2021' }] },
  { origin: 'own', text: 'Orbita has raised $212 million to date, including a $90 million Series C led by Boreal Ventures last November.', date: '2025-04-01', expect: [{ type: 'funding.total', value: { amount: 212e6 } }, { type: 'funding.round', value: { amount: 90e6 }, time: '2024-11' }], absent: [{ type: 'funding.total', time: '2024-11' }] },
  // All raised before a sale or a listing is a total, not a round; a stake taken in "the company"
  { origin: 'own', text: 'Tejo Labs makes voice agents. It had raised €18 million before the sale from investors including Alfama Capital.', expect: [{ type: 'funding.total', subject: 'Tejo Labs', value: { amount: 18e6 } }, { type: 'funding.investor', subject: 'Tejo Labs', object: 'Alfama Capital' }], absent: [{ type: 'funding.round' }] },
  { origin: 'own', text: 'Orvel Semiconductor grew. Before the flotation, the company had raised about 4.5 billion yuan from backers including Qiantang Partners.', expect: [{ type: 'funding.total', value: { amount: 4.5e9 } }, { type: 'funding.investor', object: 'Qiantang Partners' }], absent: [{ type: 'funding.round' }] },
  { origin: 'own', text: 'Zefira has now raised about $190 million in equity since it was founded in 2020.', expect: [{ type: 'funding.total', value: { amount: 190e6 } }], absent: [{ type: 'funding.round' }] },
  { origin: 'own', text: 'Orvel Semiconductor said Lenovo Group has taken a 4.6% stake in the company.', expect: [{ type: 'funding.investor', subject: 'Orvel Semiconductor', object: 'Lenovo Group' }] },
];
