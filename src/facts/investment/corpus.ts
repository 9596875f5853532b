// Examples for the investment rules: the seeds' sentences and many of our own. Also the family's test.
import type { FactExample } from '../corpus.js';

export const corpus: FactExample[] = [
  // A place that qualifies a group ("Japanese automakers") names the group, not the country.
  { origin: 'own', text: 'Japanese automakers plan to spend $10 billion on battery plants in Canada.', expect: [{ type: 'investment.commitment', subject: 'Japanese automakers', value: { amount: 10e9, currency: 'USD' } }], absent: [{ type: 'investment.commitment', subject: 'Japan' }] },
  {
    origin: 'seed',
    text: "His upcoming visit comes just a week after the inauguration of President Lee Jae-myung, who has pledged to make South Korea one of the world's top three AI powerhouses through a 100 trillion-won (US$73 billion) national investment initiative.",
    expect: [{ type: 'investment.commitment', subject: 'South Korea', value: { amount: 100e12, currency: 'KRW' }, qualifiers: { equivalent: { amount: 73e9, currency: 'USD' } } }],
  },
  // Verbs: invest, pledge, commit, spend, pour, earmark, allocate; the place the money goes to is the object
  { origin: 'own', text: 'Arvelle Robotics Corp. plans to invest £3 billion ($3.8 billion) to support the UK’s quantum computing sector.', expect: [{ type: 'investment.commitment', subject: 'Arvelle Robotics', object: 'United Kingdom', value: { amount: 3e9, currency: 'GBP' }, qualifiers: { status: 'planned' } }] },
  { origin: 'own', text: 'Corvane Systems said last month it would invest $4.1 billion over three years in storage and networking capacity in Spain.', expect: [{ type: 'investment.commitment', subject: 'Corvane Systems', object: 'Spain', value: { amount: 4.1e9 } }] },
  { origin: 'own', text: 'Telmio Networks has also pledged 9.2bn reais (US$1.7bn) to build out its fibre and edge computing network in Brazil.', expect: [{ type: 'investment.commitment', subject: 'Telmio Networks', object: 'Brazil', value: { amount: 9.2e9, currency: 'BRL' } }] },
  { origin: 'own', text: 'Hanul Semiconductor said it will invest 4.5 trillion won ($3.3 billion) through 2028 in an advanced packaging plant.', expect: [{ type: 'investment.commitment', subject: 'Hanul Semiconductor', value: { amount: 4.5e12, currency: 'KRW' }, qualifiers: { status: 'planned' } }] },
  { origin: 'own', text: 'NusaGrid Data Centres said it would spend RM 9 billion ($2.1 billion) on two more Johor campuses.', expect: [{ type: 'investment.commitment', value: { amount: 9e9, currency: 'MYR' } }] },
  { origin: 'own', text: 'Siam Pattana Group has committed 30 billion baht to a facility east of Bangkok.', expect: [{ type: 'investment.commitment', subject: 'Siam Pattana Group', value: { amount: 30e9, currency: 'THB' } }] },
  { origin: 'own', text: 'Apple said it would spend more than $500 billion in the US over the next four years.', expect: [{ type: 'investment.commitment', subject: 'Apple', object: 'United States', value: { amount: 500e9 }, qualifiers: { approx: 'more_than' } }] },
  { origin: 'own', text: 'The government earmarked Rs 10,372 crore for the national AI mission.', expect: [{ type: 'investment.commitment', value: { amount: 103.72e9, currency: 'INR' } }] },
  { origin: 'own', text: 'Amazon will pour $11 billion into data centres across the state.', expect: [{ type: 'investment.commitment', subject: 'Amazon', value: { amount: 11e9 } }] },
  { origin: 'own', text: 'Korean memory chipmakers continue to invest €6 billion every year in European assembly lines.', expect: [{ type: 'investment.commitment', object: 'Europe', value: { amount: 6e9, currency: 'EUR' } }] },
  { origin: 'own', text: 'The foundation pledged €750 million toward European climate research over five years.', expect: [{ type: 'investment.commitment', object: 'Europe', value: { amount: 750e6, currency: 'EUR' } }] },
  { origin: 'own', text: 'Saudi Arabia allocated 40 billion riyals to a new AI fund.', expect: [{ type: 'investment.commitment', value: { amount: 40e9, currency: 'SAR' } }] },
  { origin: 'own', text: 'Google will invest €5 billion in Belgium through 2026 to expand its data centres.', expect: [{ type: 'investment.commitment', subject: 'Google', object: 'Belgium', value: { amount: 5e9, currency: 'EUR' }, qualifiers: { status: 'planned' } }] },
  { origin: 'own', text: 'Amazon Web Services said it plans to invest more than A$20 billion in Australia between 2025 and 2029.', expect: [{ type: 'investment.commitment', subject: 'Amazon Web Services', object: 'Australia', value: { amount: 20e9, currency: 'AUD' } }] },
  { origin: 'own', text: 'Japan’s government set aside ¥10 trillion for chip subsidies.', expect: [{ type: 'investment.commitment', subject: 'Japan', value: { amount: 10e12, currency: 'JPY' } }] },
  // Nouns: "a ₩3 trillion expansion", "a $5 billion investment plan", "an investment of up to $1 billion"
  { origin: 'own', text: 'Samsung Electronics announced a KRW 3 trillion expansion of its own packaging lines in Cheonan.', expect: [{ type: 'investment.commitment', subject: 'Samsung Electronics', value: { amount: 3e12, currency: 'KRW' } }] },
  { origin: 'own', text: 'Reliance unveiled a ₹75,000 crore investment in green energy.', expect: [{ type: 'investment.commitment', value: { amount: 750e9, currency: 'INR' } }] },
  { origin: 'own', text: 'The state approved a $5 billion infrastructure package for the port.', expect: [{ type: 'investment.commitment', value: { amount: 5e9 } }] },
  { origin: 'own', text: 'Toyota confirmed an investment of up to ¥2 trillion in battery plants.', expect: [{ type: 'investment.commitment', subject: 'Toyota', value: { amount: 2e12, currency: 'JPY' } }] },
  { origin: 'own', text: 'After announcing US$2.4 billion for Chile, the group shifted its attention to Peru.', expect: [{ type: 'investment.commitment', object: 'Chile', value: { amount: 2.4e9 } }] },
  // Negatives: a funding round, money for a company, an investment firm
  { origin: 'own', text: 'OpenAI has closed a $40 billion investment round led by SoftBank.', expect: [{ type: 'funding.round', value: { amount: 40e9 } }], absent: [{ type: 'investment.commitment' }] },
  { origin: 'own', text: 'SoftBank invested $2 billion in Zentro Labs last year.', expect: [{ type: 'funding.investor', subject: 'Zentro Labs', object: 'SoftBank' }], absent: [{ type: 'investment.commitment' }] },
  { origin: 'own', text: 'Lumora said that Intel would invest $300 million in the company.', expect: [], absent: [{ type: 'investment.commitment' }] },
  { origin: 'own', text: 'The company received a $50 million investment from Tencent.', expect: [], absent: [{ type: 'investment.commitment' }] },
  { origin: 'own', text: 'Its $500 million investment in Nscale was announced on Wednesday.', expect: [], absent: [{ type: 'investment.commitment' }] },
  { origin: 'own', text: 'The $2 billion investment firm backs early-stage startups.', expect: [], absent: [{ type: 'investment.commitment' }] },
  // A participle after a comma tells what the sentence's opening name did, not the nearest name
  { origin: 'own', text: 'Mara Lind, the former chief executive of Orbit Bank, co-founded Fjord Capital in 2019 with early Orbit investor Tomas Berg, pledging €300 million toward Nordic climate startups.', expect: [{ type: 'investment.commitment', subject: 'Mara Lind', value: { amount: 300e6, currency: 'EUR' } }] },
  { origin: 'own', text: 'Helio Power built a plant with Sunrise Energy, investing $50 million in the site.', expect: [{ type: 'investment.commitment', subject: 'Helio Power', value: { amount: 50e6 } }] },
  { origin: 'own', text: 'Red River Cloud is putting 9.5 trillion dong ($360 million) into a data centre in Hue.', expect: [{ type: 'investment.commitment', subject: 'Red River Cloud', value: { amount: 9.5e12, currency: 'VND' } }] },
];
